import type { Series } from '@/api/indicators';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from './chart-option';
import { escapeHtml } from './escape-html';
import { plotValue } from './series-values';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCompact, formatCount } from '@/lib/format';

export interface TrendLine {
  /** Metric id in the series response. */
  id: string;
  name: string;
  unit: string;
  /** Drawn as bars (left axis) or a line (right axis when there are two units). */
  as: 'bar' | 'line';
}

/** "2026年3月" from "2026-03". */
export const monthName = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

/**
 * Monthly counts: the first metric as bars on the left axis, an optional second as a line on
 * its own right axis (two units, two axes). Withheld months are gaps, never zeros.
 */
export function toMonthlyOption(
  title: string,
  series: Series,
  lines: readonly TrendLine[],
  theme: ChartTheme,
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const values = lines.map((l) => (series.series[l.id] ?? []).map(plotValue));
  const valueAxis = (i: number) => ({
    ...axis,
    type: 'value' as const,
    minInterval: 1,
    splitNumber: 3,
    position: i === 0 ? ('left' as const) : ('right' as const),
    axisLabel: { ...axis.axisLabel, color: theme.pair[i], formatter: (v: number) => formatCompact(v) },
    splitLine: { show: i === 0, lineStyle: axis.splitLine.lineStyle },
  });
  return {
    ...base,
    legend: { ...legendStyle(theme), top: 0, left: 'center' },
    grid: { left: 4, right: 4, top: fs.md * 1.6, bottom: 4, containLabel: true },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      formatter: tooltipAt((i) => {
        const rows = lines.map((l, k) => {
          const v = values[k]?.[i];
          return `${escapeHtml(l.name)} ${v === null || v === undefined ? '无数据' : `${formatCount(v)} ${escapeHtml(l.unit)}`}`;
        });
        return [`<strong>${monthName(series.months[i] ?? '')}</strong>`, ...rows].join('<br/>');
      }),
    },
    xAxis: {
      ...axis,
      type: 'category',
      data: series.months.map((m) => `${m.slice(2, 4)}/${m.slice(5, 7)}`),
      splitLine: { show: false },
    },
    yAxis: lines.length > 1 ? [valueAxis(0), valueAxis(1)] : valueAxis(0),
    series: lines.map((l, k) => ({
      type: l.as,
      name: `${l.name}（${l.unit}）`,
      yAxisIndex: lines.length > 1 ? k : 0,
      itemStyle: { color: theme.pair[k % 2] },
      ...(l.as === 'bar'
        ? { barMaxWidth: theme.rem * 0.8 }
        : { symbolSize: Math.round(theme.rem * 0.35), lineStyle: { width: 2 } }),
      data: values[k] ?? [],
    })),
  };
}
