import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';

/** An ECharts option limited to what `echarts-setup.ts` registers. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | FunnelSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | DatasetComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | AriaComponentOption
>;

/**
 * Options every chart shares: palette, text style and tooltip look from the theme, the
 * accessible description (ECharts builds a Chinese aria-label from the hidden title and the
 * data), and decal patterns on the light theme so print and greyscale keep series apart.
 * The title is hidden because the panel shows it as HTML; ECharts still uses it for aria
 * and it is there for image exports.
 */
export function baseChartOption(theme: ChartTheme, title: string): ChartOption {
  const fs = chartFontSizes(theme);
  return {
    animation: theme.animation,
    color: [...theme.palette],
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: fs.sm },
    title: { show: false, text: title },
    aria: { enabled: true, decal: { show: theme.mode === 'light' } },
    tooltip: {
      confine: true,
      backgroundColor: theme.tooltipBg,
      borderColor: theme.tooltipBorder,
      textStyle: { color: theme.text, fontSize: fs.sm, fontFamily: theme.fontFamily },
      padding: [Math.round(theme.rem * 0.4), Math.round(theme.rem * 0.6)],
    },
  };
}

/** Axis styling shared by bar charts (category or value axes). */
export function axisStyle(theme: ChartTheme) {
  const fs = chartFontSizes(theme);
  return {
    axisLine: { lineStyle: { color: theme.line } },
    axisTick: { show: false },
    // Thinned rather than run together ("1,0002,0003,000" on a narrow panel).
    axisLabel: { color: theme.textDim, fontSize: fs.xs, fontFamily: theme.fontFamily, hideOverlap: true },
    splitLine: { lineStyle: { color: theme.line } },
    nameTextStyle: { color: theme.textFaint, fontSize: fs.xs },
  } as const;
}

/** A 0–100 % value axis (shares drawn as horizontal bars). */
export function percentValueAxis(theme: ChartTheme) {
  const axis = axisStyle(theme);
  return {
    ...axis,
    type: 'value',
    max: 100,
    splitNumber: 4,
    axisLabel: { ...axis.axisLabel, formatter: (v: number) => `${v}%` },
  } as const;
}

/** Legend styling shared by charts with more than one series. */
export function legendStyle(theme: ChartTheme) {
  const fs = chartFontSizes(theme);
  return {
    textStyle: { color: theme.textDim, fontSize: fs.xs },
    itemWidth: Math.round(theme.rem * 0.8),
    itemHeight: Math.round(theme.rem * 0.6),
    itemGap: Math.round(theme.rem * 0.6),
  } as const;
}

type TooltipFormatter = Extract<NonNullable<TooltipComponentOption['formatter']>, (...args: never[]) => unknown>;

/**
 * A tooltip formatter for the hovered item: ECharts passes one params object (trigger 'item')
 * or a list, one per series (trigger 'axis'); `at` gets the data index of the first. No item, no text.
 */
export function tooltipAt(at: (index: number) => string): TooltipFormatter {
  return (params) => {
    const p = Array.isArray(params) ? params[0] : params;
    return p ? at(p.dataIndex) : '';
  };
}
