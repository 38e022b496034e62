import type { Disputes, Series } from '@/api/indicators';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
import { type ChartSize, textWidth } from '@/components/chart/chart-size';
import { escapeHtml } from '@/components/chart/escape-html';
import { plotValue, valueBasis } from '@/components/chart/series-values';
import { partialIndex, splitAtPartial, trendMonthHead } from '@/components/chart/trend-option';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCount, formatPercent } from '@/lib/format';
import type { PartialMonth } from '@/lib/period';
import { isUnreliableDenominator, UNRELIABLE_CAVEAT, UNRELIABLE_MARK } from '@/lib/privacy';
import { funnelStages } from './disputes-model';

// How disputes flow: registered → resolved (the funnel) and the monthly resolution rate.

export const FUNNEL_WHAT = '纠纷受理→化解漏斗（件）';
export const TREND_WHAT = '月度化解率与目标';

export const TREND_METRICS = ['disputeResolutionRate', 'disputesRegistered'] as const;

/** Relative luminance (WCAG 2) of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f((n >> 16) & 255) + 0.7152 * f((n >> 8) & 255) + 0.0722 * f(n & 255);
}

/**
 * Text colour for a label on `fill`: black or white, whichever contrasts more (one of them
 * always reaches 4.58:1, WCAG AA). One dark ink for every stage was 1.7:1 on the light theme's
 * navy 受理 stage (#253494).
 */
export function funnelInk(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/**
 * Each stage's label: name, count and share on one line, or the name above the figures where
 * one line is wider than the stage at its middle (社区（村）及以下化解 3,571（85.6%） ran past its
 * stage's edges onto the panel). The funnel spans 92 % of the width; a stage narrows from its
 * own value to the next one's (the last to 12 %).
 */
function funnelLabels(
  stages: readonly { name: string; value: number }[],
  share: (n: number) => string,
  fontSize: number,
  size: ChartSize | undefined,
): string[] {
  const top = Math.max(1, stages[0]?.value ?? 1);
  return stages.map((s, i) => {
    const figures = `${formatCount(s.value)}（${share(s.value)}）`;
    const line = `${s.name} ${figures}`;
    if (!size) return line;
    const next = stages[i + 1]?.value ?? 0.12 * top;
    const middle = size.width * 0.92 * Math.max(0.12, (s.value + next) / 2 / top);
    return textWidth(line, fontSize) + fontSize <= middle ? line : `${s.name}\n${figures}`;
  });
}

/** Registered → resolved → resolved in the community → in the grid; each stage as a share of 受理. */
export function toDisputesFunnelOption(
  data: Disputes,
  theme: ChartTheme,
  title = FUNNEL_WHAT,
  size?: ChartSize,
): ChartOption {
  const fs = chartFontSizes(theme);
  const base = baseChartOption(theme, title);
  const colors = [...theme.sequential].reverse();
  // Each stage's label in the ink that reads on its fill, with a halo of that fill so the light
  // theme's decal pattern (and a label wider than its stage) never cuts the glyphs.
  const stages = funnelStages(data).map((s, i) => {
    const fill = colors[i % colors.length]!;
    return { ...s, label: { color: funnelInk(fill), textBorderColor: fill, textBorderWidth: 2 } };
  });
  const share = (n: number) => (data.registered > 0 ? formatPercent(n / data.registered) : '—');
  const texts = funnelLabels(stages, share, fs.xs, size);
  return {
    ...base,
    color: colors,
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: tooltipAt((i) => {
        const s = stages[i];
        return s
          ? `<strong>本期${escapeHtml(s.name)}</strong><br/>${formatCount(s.value)} 件，占受理 ${share(s.value)}（${formatCount(s.value)} / ${formatCount(data.registered)} 件）`
          : '';
      }),
    },
    series: [
      {
        type: 'funnel',
        name: '纠纷',
        sort: 'none',
        left: '4%',
        right: '4%',
        top: fs.sm,
        bottom: fs.sm,
        minSize: '12%',
        gap: 2,
        label: {
          show: true,
          position: 'inside',
          fontSize: fs.xs,
          lineHeight: Math.round(fs.xs * 1.2),
          formatter: (p: { dataIndex: number }) => texts[p.dataIndex] ?? '',
        },
        itemStyle: { borderColor: theme.mode === 'light' ? '#ffffff' : '#0c1e36', borderWidth: 1 },
        data: stages,
      },
    ],
  };
}

/**
 * Monthly resolution rate (%) as a line against the target (a dashed markLine). Months with no
 * registered dispute are gaps; months on fewer than 20 are hollow points, marked in the tooltip.
 */
export function toResolutionTrendOption(
  series: Series,
  target: number,
  theme: ChartTheme,
  title = TREND_WHAT,
  /** The data's running month: dashed into it, 截至… in its tooltip. */
  partial: PartialMonth | null = null,
): ChartOption {
  const at = partialIndex(series.months, partial);
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const rates = series.series.disputeResolutionRate ?? [];
  const labels = series.months.map((m) => `${m.slice(2, 4)}/${m.slice(5, 7)}`);
  const points = rates.map((v) => {
    const value = plotValue(v);
    const basis = valueBasis(v);
    const weak = basis !== null && isUnreliableDenominator(basis.denominator);
    return { value: value === null ? null : Math.round(value * 1000) / 10, symbol: weak ? 'emptyCircle' : 'circle' };
  });
  return {
    ...base,
    grid: { left: fs.md * 2.6, right: fs.md * 2.8, top: fs.md * 1.6, bottom: fs.md * 1.6 },
    legend: { ...legendStyle(theme), top: 0, left: 'center' },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      formatter: tooltipAt((i) => {
        const month = series.months[i] ?? '';
        const basis = valueBasis(rates[i]);
        const value = plotValue(rates[i]);
        const head = trendMonthHead(month, partial);
        if (!basis) return `${head}<br/>无数据`;
        const caveat = isUnreliableDenominator(basis.denominator) ? `${UNRELIABLE_MARK}${UNRELIABLE_CAVEAT}` : '';
        return `${head}<br/>化解率 ${formatPercent(value)}${caveat}<br/>化解 ${formatCount(basis.numerator)} / 受理 ${formatCount(basis.denominator)} 件<br/>目标 ${formatPercent(target)}`;
      }),
    },
    xAxis: { ...axis, type: 'category', data: labels, boundaryGap: false, splitLine: { show: false } },
    yAxis: {
      ...axis,
      type: 'value',
      max: 100,
      scale: true,
      // Not the lowest tick: on a line starting at the axis (boundaryGap false) it stood on the
      // first month's label in the corner once type is large (4K slide, 465×375 px).
      axisLabel: { ...axis.axisLabel, showMinLabel: false, formatter: (v: number) => `${v}%` },
    },
    series: [
      {
        type: 'line',
        name: '化解率',
        connectNulls: false,
        symbolSize: Math.round(theme.rem * 0.4),
        lineStyle: { width: 2, color: theme.pair[0] },
        itemStyle: { color: theme.pair[0] },
        data: splitAtPartial(points, at).solid,
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: theme.warn, width: 1.5 },
          label: {
            color: theme.warn,
            fontSize: fs.xs,
            formatter: `目标 ${formatPercent(target)}`,
            position: 'insideEndTop',
          },
          data: [{ yAxis: Math.round(target * 1000) / 10, name: '目标' }],
        },
      },
      ...(at < 0
        ? []
        : [
            {
              // The running month: the same line, dashed into a hollow point (a few days' cases).
              type: 'line' as const,
              name: '化解率',
              connectNulls: false,
              symbol: 'emptyCircle',
              symbolSize: Math.round(theme.rem * 0.4),
              lineStyle: { width: 2, color: theme.pair[0], type: 'dashed' as const },
              itemStyle: { color: theme.pair[0] },
              data: splitAtPartial(points, at).dashed,
            },
          ]),
    ],
  };
}
