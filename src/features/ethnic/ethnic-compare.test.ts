// @vitest-environment node
import type { BarSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import type { ChildMetric, MetricValue } from '@/api/indicators';
import { HOSTILE_NAME } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { COMPARE_WHAT, toCompareBars, toEthnicCompareOption, type CompareBar } from './ethnic-compare';

const theme = defaultChartTheme('dark', 16);
const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator > 0 ? numerator / denominator : null,
});
const town = { code: '522701101', name: '团结镇', rate: rate(3300, 10000) };
const children = (values: [string, string, MetricValue][]): ChildMetric => ({
  code: town.code,
  coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
  metric: 'minorityShare',
  values: values.map(([code, name, value]) => ({ code, name, value })),
});
const siblings = children([
  ['522701101001', '易地搬迁社区', rate(1241, 1881)],
  ['522701101002', '老街社区', rate(600, 3000)],
  ['522701101003', '河畔村', rate(900, 2000)],
]);
const shown = (bars: CompareBar[]) =>
  bars.map((b) => [b.name, b.role, 'suppressed' in b.rate ? `withheld:${b.rate.reason}` : b.rate.value]);

describe('toCompareBars', () => {
  it('puts the parent first, then the children largest share first, marking this region', () => {
    expect(shown(toCompareBars(town, siblings, '522701101003'))).toEqual([
      ['团结镇', 'parent', 0.33],
      ['易地搬迁社区', 'sibling', 1241 / 1881],
      ['河畔村', 'self', 0.45],
      ['老街社区', 'sibling', 0.2],
    ]);
  });

  it('withholds a minority count of 1–4 and a unit under 50 residents, and sorts them last', () => {
    const bars = toCompareBars(
      town,
      children([
        ['522701101004', '小网格', rate(10, 49)],
        ['522701101005', '新村', rate(3, 400)],
        ['522701101006', '已隐藏', { suppressed: true, reason: 'complementary' }],
        ['522701101001', '易地搬迁社区', rate(1241, 1881)],
      ]),
      '522701101001',
    );
    expect(shown(bars)).toEqual([
      ['团结镇', 'parent', 0.33],
      ['易地搬迁社区', 'self', 1241 / 1881],
      ['小网格', 'sibling', 'withheld:small-unit'],
      ['新村', 'sibling', 'withheld:small-count'],
      ['已隐藏', 'sibling', 'withheld:complementary'],
    ]);
  });

  it('applies the same rule to the parent, and withholds an impossible share over 100 %', () => {
    const bars = toCompareBars(
      { ...town, rate: rate(2, 600) },
      children([['522701101007', '异常村', { numerator: 120, denominator: 100, value: 1.2 }]]),
      'x',
    );
    expect(shown(bars)).toEqual([
      ['团结镇', 'parent', 'withheld:small-count'],
      ['异常村', 'sibling', 'withheld:small-unit'],
    ]);
  });
});

describe('toEthnicCompareOption', () => {
  const bars = toCompareBars(town, siblings, '522701101003');
  const option = toEthnicCompareOption(bars, theme, COMPARE_WHAT);
  const series = (option.series as BarSeriesOption[])[0]!;
  const label = (series.label as { formatter: (p: { dataIndex: number }) => string }).formatter;
  const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter;

  it('names the parent and this region on the axis and draws shares in % with one decimal', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual([
      '团结镇（上级）',
      '易地搬迁社区',
      '▶ 河畔村',
      '老街社区',
    ]);
    const data = series.data as { value: number; itemStyle: { color: string } }[];
    expect(data.map((d) => d.value)).toEqual([33, 66, 45, 20]);
    expect(data.map((d) => d.itemStyle.color)).toEqual([theme.textFaint, theme.pair[0], theme.pair[1], theme.pair[0]]);
    expect([0, 1, 2, 3].map((i) => label({ dataIndex: i }))).toEqual(['33.0%', '66.0%', '45.0%', '20.0%']);
  });

  it('gives the share with its basis in the tooltip', () => {
    expect(tooltip({ dataIndex: 1 })).toBe('<strong>易地搬迁社区</strong><br/>66.0%（少数民族 1,241 / 1,881 人）');
  });

  it('labels a withheld bar as withheld and explains why in the tooltip', () => {
    const withheld = toCompareBars(town, children([['522701101005', '新村', rate(3, 400)]]), '522701101005');
    const o = toEthnicCompareOption(withheld, theme, COMPARE_WHAT);
    const s = (o.series as BarSeriesOption[])[0]!;
    expect((s.label as { formatter: (p: { dataIndex: number }) => string }).formatter({ dataIndex: 1 })).toBe('<5');
    // No bar and no number (ECharts' aria description reads values out): never a 0.
    expect((s.data as { value: number | null }[])[1]?.value).toBeNull();
    expect((o.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 1 })).toBe(
      '<strong>▶ 新村</strong><br/>人数为 1–4，按隐私规则显示为 <5',
    );
  });

  it('escapes region names from data in the tooltip', () => {
    const hostile = toCompareBars(town, children([['522701101009', HOSTILE_NAME, rate(500, 1000)]]), 'x');
    const o = toEthnicCompareOption(hostile, theme, COMPARE_WHAT);
    expect((o.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: 1 })).toBe(
      '<strong>&lt;img src=x onerror=alert(1)&gt;</strong><br/>50.0%（少数民族 500 / 1,000 人）',
    );
  });
});
