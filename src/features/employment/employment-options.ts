import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
import { type ChartSize, textWidth } from '@/components/chart/chart-size';
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
  size: ChartSize = { width: 280, height: 270 },
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const labelled = employmentLabelled(data, theme, size);
  return {
    ...base,
    grid: { left: 8, right: 8, top: fs.md * 2.2, bottom: 4 },
    legend: { ...legendStyle(theme), top: 0, left: 'center' },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipAt((i) => employmentTooltip(data, i)),
    },
    xAxis: { ...axis, type: 'category', data: DESTINATIONS.map((d) => d.label), splitLine: { show: false } },
    yAxis: {
      ...axis,
      type: 'value',
      minInterval: 1,
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

/** Public-welfare posts by type (bars, 个). */
export function toWelfarePostsOption(
  data: Employment,
  meta: Pick<Meta, 'welfarePostTypes'>,
  theme: ChartTheme,
  title: string,
): ChartOption {
  return toCategoryBarOption(
    title,
    data.welfarePosts.map((p) => codeName(meta.welfarePostTypes, p.code)),
    [{ name: '公益性岗位', unit: '个', data: data.welfarePosts.map((p) => p.count) }],
    theme,
  );
}

/** Trainees and sessions by course (bars). */
export function toTrainingOption(
  data: Employment,
  meta: Pick<Meta, 'trainingCourses'>,
  theme: ChartTheme,
  title: string,
): ChartOption {
  return toCategoryBarOption(
    title,
    data.training.map((t) => codeName(meta.trainingCourses, t.code)),
    [
      { name: '培训人次', unit: '人次', data: data.training.map((t) => t.trainees) },
      { name: '培训期数', unit: '期', data: data.training.map((t) => t.sessions) },
    ],
    theme,
  );
}

/** Zero-employment households identified vs cleared, and job fairs (bars, each with its unit). */
export function toZeroEmploymentOption(data: Employment, theme: ChartTheme, title: string): ChartOption {
  return toCategoryBarOption(
    title,
    ['零就业家庭认定', '零就业家庭清零'],
    [{ name: '户数', unit: '户', data: [data.zeroEmployment.identified, data.zeroEmployment.cleared] }],
    theme,
  );
}

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
      formatter: tooltipAt((i) => {
        const lines = series.map((s) => `${escapeHtml(s.name)} ${formatCount(s.data[i] ?? 0)} ${escapeHtml(s.unit)}`);
        return [`<strong>${escapeHtml(categories[i] ?? '')}</strong>`, ...lines].join('<br/>');
      }),
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
