// @vitest-environment node
// Pure functions: no DOM needed.
import type { FunnelSeriesOption, LineSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import type { Series } from '@/api/indicators';
import { defaultChartTheme } from '@/lib/chart-theme';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { toDisputesFunnelOption, toResolutionTrendOption } from './disputes-flow-options';
import { funnelStages } from './disputes-model';

const theme = defaultChartTheme('dark', 16);
type Formatter = (p: unknown) => string;
const tooltipOf = (o: { tooltip?: unknown }) => (o.tooltip as { formatter: Formatter }).formatter;
const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator > 0 ? numerator / denominator : null,
});

describe('toDisputesFunnelOption', () => {
  it('narrows from registered to resolved in the grid, each stage contained in the one before', () => {
    expect(funnelStages(communityDisputes)).toEqual([
      { name: '受理', value: 120 },
      { name: '化解', value: 110 },
      { name: '社区（村）及以下化解', value: 100 },
      { name: '网格化解', value: 70 },
    ]);
  });

  it('labels each stage with its count and share of registered disputes', () => {
    const option = toDisputesFunnelOption(communityDisputes, theme);
    const funnel = (option.series as FunnelSeriesOption[])[0]!;
    const label = (funnel.label as { formatter: (p: { dataIndex: number }) => string }).formatter;
    expect([0, 1, 2, 3].map((i) => label({ dataIndex: i }))).toEqual([
      '受理 120（100.0%）',
      '化解 110（91.7%）',
      '社区（村）及以下化解 100（83.3%）',
      '网格化解 70（58.3%）',
    ]);
    expect(tooltipOf(option)({ dataIndex: 3 })).toBe(
      '<strong>本期网格化解</strong><br/>70 件，占受理 58.3%（70 / 120 件）',
    );
  });

  it('shows no share when nothing was registered', () => {
    const none = {
      ...communityDisputes,
      registered: 0,
      resolvedByLevel: { grid: 0, community: 0, town: 0, countyAndAbove: 0 },
    };
    expect(tooltipOf(toDisputesFunnelOption(none, theme))({ dataIndex: 0 })).toBe(
      '<strong>本期受理</strong><br/>0 件，占受理 —（0 / 0 件）',
    );
  });
});

describe('toResolutionTrendOption', () => {
  const series: Series = {
    code: '522701001002',
    months: ['2026-07', '2026-08', '2026-09', '2026-10'],
    series: {
      disputeResolutionRate: [rate(38, 40), rate(9, 10), { suppressed: true, reason: 'small-count' }, rate(38, 38)],
    },
  };
  const option = toResolutionTrendOption(series, 0.95, theme);
  const line = (option.series as LineSeriesOption[])[0]!;

  it('draws the monthly rate in %, a withheld month as a gap, a small month hollow', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['26/07', '26/08', '26/09', '26/10']);
    expect(line.data).toEqual([
      { value: 95, symbol: 'circle' },
      { value: 90, symbol: 'emptyCircle' },
      { value: null, symbol: 'circle' },
      { value: 100, symbol: 'circle' },
    ]);
    expect(line.connectNulls).toBe(false);
  });

  it('dashes the line into a running month, hollow, and says 截至… in its tooltip (issue 14.2)', () => {
    const partial = { month: '2026-10', days: 1, label: '截至10月1日' };
    const o = toResolutionTrendOption(series, 0.95, theme, '月度化解率与目标', partial);
    const [solid, dashed] = o.series as LineSeriesOption[];
    expect((solid!.data as { value: number | null }[]).at(-1)).toBeNull();
    expect(dashed).toMatchObject({ lineStyle: { type: 'dashed' }, symbol: 'emptyCircle' });
    expect((dashed!.data as ({ value: number | null } | null)[]).map((d) => d?.value ?? null)).toEqual([
      null,
      null,
      null,
      100,
    ]);
    expect(tooltipOf(o)([{ dataIndex: 3 }])).toContain('2026年10月（截至10月1日，不足一月）');
  });

  it('draws the target as a dashed line at its percentage', () => {
    expect(line.markLine).toMatchObject({
      lineStyle: { type: 'dashed' },
      label: { formatter: '目标 95.0%' },
      data: [{ yAxis: 95, name: '目标' }],
    });
  });

  it('gives the rate, its basis and the target in the tooltip, and marks a month on fewer than 20', () => {
    const tooltip = tooltipOf(option);
    expect(tooltip([{ dataIndex: 0 }])).toBe(
      '<strong>2026年7月</strong><br/>化解率 95.0%<br/>化解 38 / 受理 40 件<br/>目标 95.0%',
    );
    expect(tooltip([{ dataIndex: 1 }])).toBe(
      '<strong>2026年8月</strong><br/>化解率 90.0%*（分母不足 20，仅供参考）<br/>化解 9 / 受理 10 件<br/>目标 95.0%',
    );
    expect(tooltip([{ dataIndex: 2 }])).toBe('<strong>2026年9月</strong><br/>无数据');
  });

  it('draws no line when the series has no rate', () => {
    const empty = toResolutionTrendOption({ code: 'x', months: [], series: {} }, 0.9, theme);
    expect((empty.series as LineSeriesOption[])[0]?.data).toEqual([]);
  });
});
