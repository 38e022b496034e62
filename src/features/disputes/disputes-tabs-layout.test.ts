// @vitest-environment node
// Real ECharts layout (server-side rendering) of the panel's other tabs (受理→化解, 月度趋势, 类别)
// at the sizes they are shown at: the same cell as the ring.
import { describe, expect, it } from 'vitest';
import type { Series } from '@/api/indicators';
import type { ChartSize } from '@/components/chart/chart-size';
import { defaultChartTheme } from '@/lib/chart-theme';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import { DISPUTE_CATEGORIES } from '@mocks/generator/categories';
import { toDisputesFunnelOption, toResolutionTrendOption } from './disputes-flow-options';
import { toDisputeCategoriesOption } from './disputes-options';

/** The demo county's year: 4,174 registered, 3,950 resolved, six categories (names as in the demo). */
const county = {
  ...communityDisputes,
  registered: 4_174,
  resolvedByLevel: { grid: 2_671, community: 900, town: 300, countyAndAbove: 79 },
  resolutionRate: { numerator: 3_950, denominator: 4_174, value: 0.946 },
  resolvedInGrid: { numerator: 2_671, denominator: 3_950, value: 0.676 },
  resolvedInCommunity: { numerator: 3_571, denominator: 3_950, value: 0.904 },
  categories: [
    { code: 'neighbour', registered: 1_320, resolved: 1_262 },
    { code: 'family', registered: 980, resolved: 931 },
    { code: 'land', registered: 610, resolved: 571 },
    { code: 'labour', registered: 520, resolved: 489 },
    { code: 'property', registered: 430, resolved: 405 },
    { code: 'other', registered: 314, resolved: 292 },
  ],
};
const meta = {
  disputeCategories: [...DISPUTE_CATEGORIES],
};
const months = ['2025-12', ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)];
const trend: Series = {
  code: '532398',
  months,
  series: {
    disputeResolutionRate: months.map((_, i) => ({
      numerator: 300 + i,
      denominator: 320 + i,
      value: (300 + i) / (320 + i),
    })),
    disputesRegistered: months.map((_, i) => ({ numerator: 320 + i, denominator: 1, value: 320 + i })),
  },
};
const partial = { month: '2026-12', days: 2, label: '截至12月2日' };

type Theme = ReturnType<typeof defaultChartTheme>;
const CHARTS = {
  funnel: (theme: Theme, size: ChartSize) => toDisputesFunnelOption(county, theme, '受理→化解', size),
  trend: (theme: Theme) => toResolutionTrendOption(trend, 0.95, theme, '月度化解率与目标', partial),
  categories: (theme: Theme, size: ChartSize) =>
    toDisputeCategoriesOption(county, meta, theme, '各类纠纷受理与化解（件）', size),
};

describe('disputes tabs at the sizes they are shown', () => {
  it.for(
    SHOWN_CELLS.flatMap((c) =>
      (['dark', 'light'] as const).flatMap((mode) =>
        (Object.keys(CHARTS) as (keyof typeof CHARTS)[]).map((chart) => ({ ...c, mode, chart })),
      ),
    ),
  )('$where ($mode) $chart: no text on another or outside', ({ rem, disputes: [width, height], mode, chart }) => {
    const option = CHARTS[chart](defaultChartTheme(mode, rem), { width, height });
    expect(collisions(layOut(option, width, height), width, height)).toEqual([]);
  });
});

/** WCAG 2 contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const f = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f((n >> 16) & 255) + 0.7152 * f((n >> 8) & 255) + 0.0722 * f(n & 255);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('受理→化解 funnel labels', () => {
  it.for(['dark', 'light'] as const)('read on their stage in the %s theme (WCAG AA, 4.5:1)', (mode) => {
    const theme = defaultChartTheme(mode, 17.28);
    const option = toDisputesFunnelOption(county, theme, '受理→化解');
    const colors = option.color as string[];
    const funnel = (option.series as { data: { name: string; label?: { color?: string } }[] }[])[0]!;
    const label = (funnel as { label?: { color?: string } }).label;
    const ratios = funnel.data.map((d, i) => {
      const ink = d.label?.color ?? label?.color ?? theme.text;
      return `${d.name} ${contrast(ink, colors[i]!).toFixed(1)}`;
    });
    for (const r of ratios) expect(Number(r.split(' ').at(-1)), r).toBeGreaterThanOrEqual(4.5);
  });
});

describe('受理→化解 funnel labels fit their stage', () => {
  const labels = (rem: number, width: number, height: number) => {
    const option = toDisputesFunnelOption(county, defaultChartTheme('dark', rem), '受理→化解', { width, height });
    const series = (option.series as { label: { formatter: (p: { dataIndex: number }) => string } }[])[0]!;
    return [0, 1, 2, 3].map((i) => series.label.formatter({ dataIndex: i }));
  };
  it('puts a long stage name above its figures where one line is wider than the stage (4K slide)', () => {
    expect(labels(34.56, 465, 375)).toEqual([
      '受理 4,174（100.0%）',
      '化解 3,950（94.6%）',
      '社区（村）及以下化解\n3,571（85.6%）',
      '网格化解\n2,671（64.0%）',
    ]);
  });
  it('keeps one line where the stage is wide enough (5760×1080 slide)', () => {
    expect(labels(17.28, 524, 600)[2]).toBe('社区（村）及以下化解 3,571（85.6%）');
  });
});
