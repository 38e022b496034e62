// @vitest-environment node
import type { BarSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { HOSTILE_NAME } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { toCategoryBarOption, type BarSeries } from './bar-option';

const theme = defaultChartTheme('dark', 16);
const courses = ['家政服务', '电子商务', '民族刺绣'];
const training: BarSeries[] = [
  { name: '培训人次', unit: '人次', data: [1250, 86, 40] },
  { name: '培训期数', unit: '期', data: [12, 3, 2] },
];

type Formatter = (p: unknown) => string;
const tooltipOf = (option: ReturnType<typeof toCategoryBarOption>) =>
  (option.tooltip as { formatter: Formatter }).formatter;
const labelOf = (s: BarSeriesOption) => (s.label as { formatter: (p: { value: unknown }) => string }).formatter;

describe('toCategoryBarOption', () => {
  const option = toCategoryBarOption('技能培训', courses, training, theme);
  const series = option.series as BarSeriesOption[];

  it('draws one row per category, top to bottom in the given order, with the exact values', () => {
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: courses });
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['培训人次', [1250, 86, 40]],
      ['培训期数', [12, 3, 2]],
    ]);
    expect(series.map((s) => (s.itemStyle as { color: string }).color)).toEqual([theme.pair[0], theme.pair[1]]);
  });

  it('labels each bar with its count and unit', () => {
    expect(labelOf(series[0]!)({ value: 1250 })).toBe('1,250人次');
    expect(labelOf(series[1]!)({ value: 3 })).toBe('3期');
  });

  it('gives the category and every series with its unit in the tooltip', () => {
    expect(tooltipOf(option)([{ dataIndex: 0 }])).toBe(
      '<strong>家政服务</strong><br/>培训人次 1,250 人次<br/>培训期数 12 期',
    );
  });

  it('escapes category and series names from data in the tooltip', () => {
    const hostile = toCategoryBarOption('x', [HOSTILE_NAME], [{ name: 'A&B', unit: '<个>', data: [7] }], theme);
    expect(tooltipOf(hostile)([{ dataIndex: 0 }])).toBe(
      '<strong>&lt;img src=x onerror=alert(1)&gt;</strong><br/>A&amp;B 7 &lt;个&gt;',
    );
  });

  it('shows a legend only when there are two series', () => {
    expect(option.legend).toMatchObject({ bottom: 0, left: 'center' });
    const single = toCategoryBarOption('公益性岗位', ['保洁'], [{ name: '公益性岗位', unit: '个', data: [30] }], theme);
    expect(single.legend).toEqual({ show: false });
  });

  it('draws nothing for no categories, and the tooltip stays empty without a point', () => {
    const empty = toCategoryBarOption('公益性岗位', [], [{ name: '公益性岗位', unit: '个', data: [] }], theme);
    expect((empty.yAxis as { data: string[] }).data).toEqual([]);
    expect((empty.series as BarSeriesOption[])[0]?.data).toEqual([]);
    expect(tooltipOf(empty)([])).toBe('');
  });
});
