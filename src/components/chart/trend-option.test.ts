// @vitest-environment node
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import type { Series } from '@/api/indicators';
import { defaultChartTheme } from '@/lib/chart-theme';
import { monthName, toMonthlyOption, type TrendLine } from './trend-option';

const theme = defaultChartTheme('dark', 16);
const count = (n: number) => ({ numerator: n, denominator: 1, value: n });
const series: Series = {
  code: '532398',
  months: ['2025-12', '2026-01', '2026-02'],
  series: {
    events: [count(120), { suppressed: true, reason: 'small-count' }, count(95)],
    attendances: [count(3400), count(2800), count(3100)],
  },
};
const lines: TrendLine[] = [
  { id: 'events', name: '活动<b>场次</b>', unit: '场', as: 'bar' },
  { id: 'attendances', name: '参与人次', unit: '人次', as: 'line' },
];

describe('toMonthlyOption', () => {
  const option = toMonthlyOption('各月活动场次与参与人次', series, lines, theme);
  const drawn = option.series as (BarSeriesOption | LineSeriesOption)[];

  it('draws the first metric as bars, the second as a line on its own axis, months as YY/MM', () => {
    expect(drawn.map((s) => [s.type, s.yAxisIndex, s.name])).toEqual([
      ['bar', 0, '活动<b>场次</b>（场）'],
      ['line', 1, '参与人次（人次）'],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['25/12', '26/01', '26/02']);
    expect(Array.isArray(option.yAxis) && option.yAxis.length).toBe(2);
  });

  it('leaves a withheld month as a gap, never a zero', () => {
    expect(drawn[0]?.data).toEqual([120, null, 95]);
    expect(drawn[1]?.data).toEqual([3400, 2800, 3100]);
  });

  it('names the month and both values in the tooltip, escaping names from data', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe(
      '<strong>2026年1月</strong><br/>活动&lt;b&gt;场次&lt;/b&gt; 无数据<br/>参与人次 2,800 人次',
    );
    expect(formatter([{ dataIndex: 0 }])).toContain('活动&lt;b&gt;场次&lt;/b&gt; 120 场');
  });

  it('uses one axis when there is one metric', () => {
    const single = toMonthlyOption('各月活动场次', series, lines.slice(0, 1), theme);
    expect(Array.isArray(single.yAxis)).toBe(false);
    expect(monthName('2026-03')).toBe('2026年3月');
  });
});

describe('toMonthlyOption with a month still running (issue 14.2)', () => {
  // The data run to 1 February 2026: February holds one day.
  const partial = { month: '2026-02', days: 1, label: '截至2月1日' };
  const option = toMonthlyOption('各月活动场次与参与人次', series, lines, theme, partial);
  const drawn = option.series as (BarSeriesOption | LineSeriesOption)[];

  it('hatches the running month’s bar with a dashed outline, the others as they are', () => {
    const bars = drawn[0]!.data as unknown[];
    expect(bars.slice(0, 2)).toEqual([120, null]);
    expect(bars[2]).toMatchObject({
      value: 95,
      itemStyle: { borderType: 'dashed', opacity: 0.45, decal: { dashArrayY: [2, 4] } },
    });
  });

  it('draws the line solid up to the last complete month and dashed into the running one', () => {
    const [solid, dashed] = drawn.slice(1) as LineSeriesOption[];
    expect(solid!.data).toEqual([3400, 2800, null]);
    expect(dashed).toMatchObject({ name: '参与人次（人次）', lineStyle: { type: 'dashed' }, symbol: 'emptyCircle' });
    expect(dashed!.data).toEqual([null, 2800, 3100]);
  });

  it('says 截至… in the running month’s tooltip only', () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 2 }])).toMatch(/^<strong>2026年2月（截至2月1日，不足一月）<\/strong>/);
    expect(formatter([{ dataIndex: 1 }])).toMatch(/^<strong>2026年1月<\/strong>/);
  });
});
