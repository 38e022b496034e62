import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
import { type ChartSize, PANEL_CELL, textWidth } from '@/components/chart/chart-size';
import { escapeHtml } from '@/components/chart/escape-html';
import { codeName } from '@/components/panel/code-name';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCompact, formatCount } from '@/lib/format';
import { DESTINATIONS } from './employment-model';

export const EMPLOYMENT_CHART_TITLE = '转移就业去向：期末在岗与本期新增（人）';

const SERIES = [
  { key: 'employed', name: '期末在岗' },
  { key: 'placements', name: '本期新增' },
] as const;

/** Tooltip HTML for one destination: both counts, exact. */
export function employmentTooltip(data: Employment, index: number): string {
  const dest = DESTINATIONS[index];
  if (!dest) return '';
  return [
    `<strong>${escapeHtml(dest.label)}</strong>`,
    `期末在岗 ${formatCount(data.employed[dest.key])} 人`,
    `本期新增安置 ${formatCount(data.placements[dest.key])} 人`,
  ].join('<br/>');
}

/**
 * Whether each bar of the destinations chart can carry its number: two bars per destination
 * (20 % gap between destinations, 30 % between the bars), and a label wider than 1.6 bars lies
 * on the neighbouring bar (a 150 px cell of a 1280×800 projector). Without labels the value
 * axis carries the scale and the tooltip the numbers.
 */
export function employmentLabelled(data: Employment, theme: ChartTheme, size: ChartSize): boolean {
  const fs = chartFontSizes(theme);
  const axisLabels = textWidth('0.0万', fs.xs) + fs.xs;
  const band = (size.width - 16 - axisLabels) / DESTINATIONS.length;
  const bar = Math.min(theme.rem * 1.6, (band * 0.8) / 2.3);
  const widest = Math.max(
    0,
    ...SERIES.flatMap((s) => DESTINATIONS.map((d) => textWidth(formatCount(data[s.key][d.key]), fs.xs))),
  );
  return widest <= bar * 1.6;
}

/**
 * Grouped bars: people in transferred employment (stock) and new placements (flow) by
 * destination; numbers on the bars where they fit the chart's box (`employmentLabelled`).
 */
export function toEmploymentOption(
  data: Employment,
  theme: ChartTheme,
  title = EMPLOYMENT_CHART_TITLE,
  size: ChartSize = PANEL_CELL,
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const labelled = employmentLabelled(data, theme, size);
  const top = fs.md * 2.2;
  // About one value tick per 3 lines of plot height (seven ticks stood 16 px apart in the
  // 232×163 px cell of a 1080p slide), and every destination named while the names fit their
  // band (ECharts dropped 省内县外 there).
  const plot = size.height - top - 4 - fs.xs * 1.6;
  const ticks = Math.max(2, Math.min(5, Math.floor(plot / (fs.xs * 3))));
  const band = (size.width - 16 - textWidth('0.0万', fs.xs) - fs.xs) / DESTINATIONS.length;
  const namesFit = Math.max(...DESTINATIONS.map((d) => textWidth(d.label, fs.xs))) <= band * 0.95;
  return {
    ...base,
    grid: { left: 8, right: 8, top, bottom: 4 },
    legend: { ...legendStyle(theme), top: 0, left: 'center' },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipAt((i) => employmentTooltip(data, i)),
    },
    xAxis: {
      ...axis,
      type: 'category',
      data: DESTINATIONS.map((d) => d.label),
      splitLine: { show: false },
      axisLabel: { ...axis.axisLabel, ...(namesFit ? { interval: 0 } : {}) },
    },
    yAxis: {
      ...axis,
      type: 'value',
      minInterval: 1,
      splitNumber: ticks,
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatCompact(v) },
    },
    series: SERIES.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      barMaxWidth: theme.rem * 1.6,
      // The 30 % employmentLabelled counts on (ECharts 6 defaults to 10 %, and a number 1.5
      // bars wide then touched the neighbouring bar: 6,001 and 9,037 at 1100×800).
      barGap: '30%',
      itemStyle: { color: theme.pair[i] },
      label: {
        show: labelled,
        position: 'top' as const,
        color: theme.textDim,
        fontSize: fs.xs,
        formatter: (p: { value: unknown }) => formatCount(Number(p.value)),
      },
      data: DESTINATIONS.map((d) => data[s.key][d.key]),
    })),
  };
}

/** Posts by type (bars), laid out for the chart's box. */
export function toWelfarePostsOption(
  data: Employment,
  meta: Pick<Meta, 'welfarePostTypes'>,
  theme: ChartTheme,
  title: string,
  size?: ChartSize,
): ChartOption {
  return toCategoryBarOption(
    title,
    data.welfarePosts.map((p) => codeName(meta.welfarePostTypes, p.code)),
    [{ name: '公益性岗位', unit: '个', data: data.welfarePosts.map((p) => p.count) }],
    theme,
    size,
  );
}

/** Trainees and sessions by course (bars, each on its own axis), laid out for the chart's box. */
export function toTrainingOption(
  data: Employment,
  meta: Pick<Meta, 'trainingCourses'>,
  theme: ChartTheme,
  title: string,
  size?: ChartSize,
): ChartOption {
  return toCategoryBarOption(
    title,
    data.training.map((t) => codeName(meta.trainingCourses, t.code)),
    [
      { name: '培训人次', unit: '人次', data: data.training.map((t) => t.trainees) },
      { name: '培训期数', unit: '期', data: data.training.map((t) => t.sessions) },
    ],
    theme,
    size,
  );
}

/** Zero-employment households identified vs cleared (bars), laid out for the chart's box. */
export function toZeroEmploymentOption(
  data: Employment,
  theme: ChartTheme,
  title: string,
  size?: ChartSize,
): ChartOption {
  return toCategoryBarOption(
    title,
    ['零就业家庭认定', '零就业家庭清零'],
    [{ name: '户数', unit: '户', data: [data.zeroEmployment.identified, data.zeroEmployment.cleared] }],
    theme,
    size,
  );
}

export interface BarSeries {
  name: string;
  /** Unit after each value in labels and tooltip, e.g. 人, 个, 场. */
  unit: string;
  data: readonly number[];
}

const barLabel = (s: BarSeries, v: number) => `${formatCount(v)}${s.unit}`;

/**
 * How category bars use the chart's box (see `toCategoryBarOption`): a label per bar only
 * while bars are a line of text apart, the right margin as wide as the longest label, about
 * one tick per 8 em of axis.
 */
export function categoryBarLayout(
  categories: readonly string[],
  series: readonly BarSeries[],
  theme: ChartTheme,
  size: ChartSize,
) {
  const fs = chartFontSizes(theme);
  const two = series.length > 1;
  // A second series has its own axis on top; the legend sits below the bottom axis.
  const top = two ? fs.md * 1.6 : 4;
  const bottom = two ? fs.md * 3 : fs.md * 1.6;
  const band = (size.height - top - bottom) / Math.max(1, categories.length);
  const n = Math.max(1, series.length);
  // 20 % gap between bands, 30 % of a bar between the bars of one band (ECharts' defaults).
  const bar = Math.min(theme.rem * 0.8, (band * 0.8) / (n + (n - 1) * 0.3));
  const labelled = (two ? bar * 1.3 : band) >= fs.xs * 1.2;
  const longest = Math.max(0, ...series.flatMap((s) => s.data.map((v) => textWidth(barLabel(s, v), fs.xs))));
  const right = labelled ? Math.ceil(longest + fs.xs * 0.5) : fs.xs * 2;
  const names = Math.max(0, ...categories.map((c) => textWidth(c, fs.xs)));
  const plotWidth = size.width - 4 - names - fs.xs - right;
  const ticks = Math.max(1, Math.min(4, Math.floor(plotWidth / (fs.xs * 8))));
  return { top, bottom, right, labelled, ticks };
}

/**
 * Horizontal bars, one row per category, up to two series told apart by the paired colours
 * (different hue and lightness, so greyscale keeps them apart). A second series has a value
 * axis of its own on top, coloured like it (162 sessions beside 5,176 trainees on one axis was
 * a sliver). Exact values as labels where they fit the chart's box, else the axes carry the
 * scale and the tooltip the values.
 */
export function toCategoryBarOption(
  title: string,
  categories: readonly string[],
  series: readonly BarSeries[],
  theme: ChartTheme,
  size: ChartSize = { width: 280, height: 290 },
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const two = series.length > 1;
  const { top, bottom, right, labelled, ticks } = categoryBarLayout(categories, series, theme, size);
  const valueAxis = (i: number) => ({
    ...axis,
    type: 'value' as const,
    position: i === 0 ? ('bottom' as const) : ('top' as const),
    minInterval: 1,
    splitNumber: ticks,
    axisLabel: {
      ...axis.axisLabel,
      ...(two ? { color: theme.pair[i % 2] } : {}),
      formatter: (v: number) => formatCompact(v),
    },
    splitLine: { show: i === 0, lineStyle: axis.splitLine.lineStyle },
  });
  return {
    ...base,
    legend: two ? { ...legendStyle(theme), bottom: 0, left: 'center' } : { show: false },
    grid: { left: 4, right, top, bottom },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipAt((i) => {
        const lines = series.map((s) => `${escapeHtml(s.name)} ${formatCount(s.data[i] ?? 0)} ${escapeHtml(s.unit)}`);
        return [`<strong>${escapeHtml(categories[i] ?? '')}</strong>`, ...lines].join('<br/>');
      }),
    },
    yAxis: { ...axis, type: 'category', inverse: true, data: [...categories], splitLine: { show: false } },
    xAxis: two ? series.map((_, i) => valueAxis(i)) : valueAxis(0),
    series: series.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      ...(two ? { xAxisIndex: i } : {}),
      itemStyle: { color: theme.pair[i % 2] },
      barMaxWidth: theme.rem * 0.8,
      barCategoryGap: '20%',
      label: {
        show: labelled,
        position: 'right' as const,
        color: theme.textDim,
        fontSize: fs.xs,
        formatter: (p: { value: unknown }) => barLabel(s, Number(p.value)),
      },
      labelLayout: { hideOverlap: true },
      data: [...s.data],
    })),
  };
}
