import { axisStyle, baseChartOption, legendStyle, type ChartOption } from './chart-option';
import { escapeHtml } from './escape-html';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCompact, formatCount } from '@/lib/format';

export interface BarSeries {
  name: string;
  /** Unit after each value in labels and tooltip, e.g. 人, 个, 场. */
  unit: string;
  data: readonly number[];
}

/**
 * Horizontal bars, one row per category, up to two series told apart by the paired colours
 * (different hue and lightness, so greyscale keeps them apart). Exact values as labels.
 */
export function toCategoryBarOption(
  title: string,
  categories: readonly string[],
  series: readonly BarSeries[],
  theme: ChartTheme,
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  return {
    ...base,
    legend: series.length > 1 ? { ...legendStyle(theme), bottom: 0, left: 'center' } : { show: false },
    grid: { left: 4, right: fs.md * 3.5, top: 4, bottom: series.length > 1 ? fs.md * 1.8 : 4, containLabel: true },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p) return '';
        const i = p.dataIndex;
        const lines = series.map((s) => `${escapeHtml(s.name)} ${formatCount(s.data[i] ?? 0)} ${escapeHtml(s.unit)}`);
        return [`<strong>${escapeHtml(categories[i] ?? '')}</strong>`, ...lines].join('<br/>');
      },
    },
    yAxis: { ...axis, type: 'category', inverse: true, data: [...categories], splitLine: { show: false } },
    xAxis: {
      ...axis,
      type: 'value',
      minInterval: 1,
      splitNumber: 3,
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatCompact(v) },
    },
    series: series.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      itemStyle: { color: theme.pair[i % 2] },
      barMaxWidth: theme.rem * 0.8,
      label: {
        show: true,
        position: 'right' as const,
        color: theme.textDim,
        fontSize: fs.xs,
        formatter: (p: { value: unknown }) => `${formatCount(Number(p.value))}${s.unit}`,
      },
      data: [...s.data],
    })),
  };
}
