import type { Disputes, Series } from '@/api/indicators';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
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

/** Registered → resolved → resolved in the community → in the grid; each stage as a share of 受理. */
export function toDisputesFunnelOption(data: Disputes, theme: ChartTheme, title = FUNNEL_WHAT): ChartOption {
  const fs = chartFontSizes(theme);
  const base = baseChartOption(theme, title);
  const stages = funnelStages(data);
  const share = (n: number) => (data.registered > 0 ? formatPercent(n / data.registered) : '—');
  return {
    ...base,
    color: [...theme.sequential].reverse(),
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
          color: '#0b1726',
          fontSize: fs.xs,
          formatter: (p: { dataIndex: number }) => {
            const s = stages[p.dataIndex];
            return s ? `${s.name} ${formatCount(s.value)}（${share(s.value)}）` : '';
          },
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
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => `${v}%` },
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
