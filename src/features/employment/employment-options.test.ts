// @vitest-environment node
// Pure functions: no DOM needed.
import type { BarSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { EmploymentSchema } from '@/api/indicators';
import { HOSTILE_NAME } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { employmentTooltip, toCategoryBarOption, toEmploymentOption, type BarSeries } from './employment-options';

const theme = defaultChartTheme('light', 16);
const barTheme = defaultChartTheme('dark', 16);

describe('toEmploymentOption', () => {
  it('fixture parses with the contract', () => {
    expect(() => EmploymentSchema.parse(relocationEmployment)).not.toThrow();
  });

  it('draws employed and placements by destination, 省外 / 省内县外 / 县内', () => {
    const option = toEmploymentOption(relocationEmployment, theme);
    expect((option.xAxis as { data: string[] }).data).toEqual(['省外', '省内县外', '县内']);
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['期末在岗', [91, 432, 328]],
      ['本期新增', [6, 14, 9]],
    ]);
    // Light (projector/print) theme: decal patterns keep the two series apart in greyscale.
    expect(option.aria).toEqual({ enabled: true, decal: { show: true } });
  });

  it('gives exact counts in the tooltip', () => {
    expect(employmentTooltip(relocationEmployment, 1)).toBe(
      '<strong>省内县外</strong><br/>期末在岗 432 人<br/>本期新增安置 14 人',
    );
  });
});

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
  const option = toCategoryBarOption('技能培训', courses, training, barTheme);
  const series = option.series as BarSeriesOption[];

  it('draws one row per category, top to bottom in the given order, with the exact values', () => {
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: courses });
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['培训人次', [1250, 86, 40]],
      ['培训期数', [12, 3, 2]],
    ]);
    expect(series.map((s) => (s.itemStyle as { color: string }).color)).toEqual([barTheme.pair[0], barTheme.pair[1]]);
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
    const hostile = toCategoryBarOption('x', [HOSTILE_NAME], [{ name: 'A&B', unit: '<个>', data: [7] }], barTheme);
    expect(tooltipOf(hostile)([{ dataIndex: 0 }])).toBe(
      '<strong>&lt;img src=x onerror=alert(1)&gt;</strong><br/>A&amp;B 7 &lt;个&gt;',
    );
  });

  it('shows a legend only when there are two series', () => {
    expect(option.legend).toMatchObject({ bottom: 0, left: 'center' });
    const single = toCategoryBarOption(
      '公益性岗位',
      ['保洁'],
      [{ name: '公益性岗位', unit: '个', data: [30] }],
      barTheme,
    );
    expect(single.legend).toEqual({ show: false });
  });

  it('draws nothing for no categories, and the tooltip stays empty without a point', () => {
    const empty = toCategoryBarOption('公益性岗位', [], [{ name: '公益性岗位', unit: '个', data: [] }], barTheme);
    expect((empty.yAxis as { data: string[] }).data).toEqual([]);
    expect((empty.series as BarSeriesOption[])[0]?.data).toEqual([]);
    expect(tooltipOf(empty)([])).toBe('');
  });
});
