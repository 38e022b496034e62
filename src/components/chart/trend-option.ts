import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { Series } from '@/api/indicators';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from './chart-option';
import { escapeHtml } from './escape-html';
import { plotValue } from './series-values';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCompact, formatCount } from '@/lib/format';
import type { PartialMonth } from '@/lib/period';

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

/** Index of the data's running month in a series' months, or -1 (then nothing is marked). */
export function partialIndex(months: readonly string[], partial: PartialMonth | null | undefined): number {
  return partial ? months.indexOf(partial.month) : -1;
}

/** Tooltip heading of a month: "2026年12月", or "2026年12月（截至12月1日，不足一月）" when still running. */
export function trendMonthHead(month: string, partial: PartialMonth | null | undefined): string {
  const running = partial?.month === month ? `（${partial.label}，不足一月）` : '';
  return `<strong>${monthName(month)}${running}</strong>`;
}

/** A still-running month's bar: hatched, fainter, dashed outline — a few days, not a collapse. */
export function partialBarStyle(color: string) {
  return {
    color,
    opacity: 0.45,
    borderColor: color,
    borderWidth: 1.5,
    borderType: 'dashed' as const,
    decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4, color },
  };
}

/**
 * A line's values split in two series: solid up to the last complete month, dashed from it
 * into the running month (ECharts dashes a whole series, not a segment).
 */
export function splitAtPartial<T>(
  values: readonly (T | null)[],
  at: number,
): { solid: (T | null)[]; dashed: (T | null)[] } {
  if (at < 0) return { solid: [...values], dashed: [] };
  return {
    solid: values.map((v, i) => (i < at ? v : null)),
    dashed: values.map((v, i) => (i === at || i === at - 1 ? v : null)),
  };
}

/**
 * Monthly counts: the first metric as bars on the left axis, an optional second as a line on
 * its own right axis (two units, two axes). Withheld months are gaps, never zeros. The data's
 * running month (`partial`) is hatched or dashed and its tooltip says 截至….
 */
export function toMonthlyOption(
  title: string,
  series: Series,
  lines: readonly TrendLine[],
  theme: ChartTheme,
  partial: PartialMonth | null = null,
): ChartOption {
  const at = partialIndex(series.months, partial);
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
    // No "0": counts start at the axis line, and in large type (a 4K slide) the 0 stood on the
    // first month's label in the corner.
    axisLabel: {
      ...axis.axisLabel,
      showMinLabel: false,
      color: theme.pair[i],
      formatter: (v: number) => formatCompact(v),
    },
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
        return [trendMonthHead(series.months[i] ?? '', partial), ...rows].join('<br/>');
      }),
    },
    xAxis: {
      ...axis,
      type: 'category',
      data: series.months.map((m) => `${m.slice(2, 4)}/${m.slice(5, 7)}`),
      splitLine: { show: false },
    },
    yAxis: lines.length > 1 ? [valueAxis(0), valueAxis(1)] : valueAxis(0),
    series: lines.flatMap((l, k): (BarSeriesOption | LineSeriesOption)[] => {
      const color = theme.pair[k % 2] ?? theme.text;
      const common = {
        name: `${l.name}（${l.unit}）`,
        yAxisIndex: lines.length > 1 ? k : 0,
        itemStyle: { color },
      };
      const data = values[k] ?? [];
      if (l.as === 'bar') {
        const bars = data.map((v, i) => (i === at && v !== null ? { value: v, itemStyle: partialBarStyle(color) } : v));
        return [{ ...common, type: 'bar', barMaxWidth: theme.rem * 0.8, data: bars }];
      }
      const line = { symbolSize: Math.round(theme.rem * 0.35) };
      const { solid, dashed } = splitAtPartial(data, at);
      const out: LineSeriesOption[] = [{ ...common, ...line, type: 'line', lineStyle: { width: 2 }, data: solid }];
      if (at >= 0) {
        out.push({
          ...common,
          ...line,
          type: 'line',
          symbol: 'emptyCircle',
          lineStyle: { width: 2, type: 'dashed' },
          data: dashed,
        });
      }
      return out;
    }),
  };
}
