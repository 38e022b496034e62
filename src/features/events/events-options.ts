import type { Events } from '@/api/indicators';
import {
  axisStyle,
  baseChartOption,
  type ChartOption,
  legendStyle,
  percentValueAxis,
  tooltipAt,
} from '@/components/chart/chart-option';
import { type ChartSize, textWidth } from '@/components/chart/chart-size';
import { escapeHtml } from '@/components/chart/escape-html';
import { isSuppressed, safeRate, SUPPRESSED_EXPLANATION } from '@/lib/privacy';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCompact, formatCount, formatRate, formatSuppressibleCount } from '@/lib/format';
import type { EventRow } from './events-model';

export const EVENTS_CHART_TITLE = '各类活动场次与参与人次';

/** Tooltip HTML for one category: 场次, 人次, and the minority share of its attendances. */
export function eventsTooltip(row: EventRow): string {
  const minority = row.minorityAttendances;
  const minorityLine = isSuppressed(minority)
    ? `其中少数民族 ${formatSuppressibleCount(minority)}（${SUPPRESSED_EXPLANATION[minority.reason]}）`
    : `其中少数民族 ${formatCount(minority)} 人次（${formatRate({
        numerator: minority,
        denominator: row.attendances,
        value: row.attendances > 0 ? minority / row.attendances : null,
      })}）`;
  return [
    `<strong>${escapeHtml(row.name)}</strong>`,
    `活动 ${formatCount(row.events)} 场，参与 ${formatCount(row.attendances)} 人次`,
    minorityLine,
  ].join('<br/>');
}

const attendLabel = (v: number) => `${formatCount(v)}人次`;
const eventLabel = (v: number) => `${formatCount(v)}场`;

/** How the category bars use the chart's box (see `toEventsOption`). */
export function eventsLayout(rows: readonly EventRow[], theme: ChartTheme, size: ChartSize) {
  const fs = chartFontSizes(theme);
  const top = fs.md * 1.6;
  const bottom = fs.md * 3;
  // Two bars per category share its band (12 % gap between bands, 30 % between the bars): a
  // label per bar only while bars are a line of text apart, else the axes alone carry the scale.
  const band = (size.height - top - bottom) / Math.max(1, rows.length);
  const bar = Math.min(theme.rem, (band * 0.88) / 2.3);
  const labelled = bar * 1.3 >= fs.xs * 1.2;
  // ECharts keeps axis labels inside the chart, not bar labels: the right margin fits the
  // longest bar's label (both series' longest bars end at the right edge).
  const longest = Math.max(
    0,
    ...rows.map((r) => textWidth(attendLabel(r.attendances), fs.xs)),
    ...rows.map((r) => textWidth(eventLabel(r.events), fs.xs)),
  );
  const right = labelled ? Math.ceil(longest + fs.xs * 0.5) : fs.xs * 2;
  const names = Math.max(0, ...rows.map((r) => textWidth(r.name, fs.xs)));
  const plotWidth = size.width - 4 - names - fs.xs - right;
  // About one tick label per 8 em of axis: "1,000 2,000 3,000" never runs together or crowds.
  const ticks = Math.max(1, Math.min(4, Math.floor(plotWidth / (fs.xs * 8))));
  return { top, bottom, right, labelled, ticks };
}

/**
 * Horizontal grouped bars by category: attendances (人次) against the bottom axis, events (场次)
 * against the top axis — two units, so two axes, each coloured like its series. Laid out for
 * the chart's box (a 1080p panel cell without one, see `eventsLayout`).
 */
export function toEventsOption(
  rows: readonly EventRow[],
  theme: ChartTheme,
  title = EVENTS_CHART_TITLE,
  size: ChartSize = { width: 280, height: 290 },
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const [attendColor, eventColor] = theme.pair;
  const { top, bottom, right, labelled, ticks } = eventsLayout(rows, theme, size);
  // No axis names: they collide with tick labels in a quarter-column cell. Tick labels take
  // their series' colour and the legend names the unit (参与人次 / 活动场次).
  const valueAxis = (color: string, position: 'top' | 'bottom', showSplit: boolean) => ({
    ...axis,
    type: 'value' as const,
    position,
    minInterval: 1,
    splitNumber: ticks,
    axisLabel: { ...axis.axisLabel, color, formatter: (v: number) => formatCompact(v) },
    splitLine: { show: showSplit, lineStyle: axis.splitLine.lineStyle },
  });
  const label = (format: (v: number) => string) => ({
    show: labelled,
    position: 'right' as const,
    color: theme.textDim,
    fontSize: fs.xs,
    formatter: (p: { value: unknown }) => format(Number(p.value)),
  });
  return {
    ...base,
    legend: { ...legendStyle(theme), bottom: 0, left: 'center' },
    grid: { left: 4, right, top, bottom },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipAt((i) => {
        const row = rows[i];
        return row ? eventsTooltip(row) : '';
      }),
    },
    yAxis: { ...axis, type: 'category', inverse: true, data: rows.map((r) => r.name), splitLine: { show: false } },
    xAxis: [valueAxis(attendColor, 'bottom', true), valueAxis(eventColor, 'top', false)],
    series: [
      {
        type: 'bar',
        name: '参与人次',
        xAxisIndex: 0,
        itemStyle: { color: attendColor },
        barMaxWidth: theme.rem,
        barCategoryGap: '12%',
        label: label(attendLabel),
        labelLayout: { hideOverlap: true },
        data: rows.map((r) => r.attendances),
      },
      {
        type: 'bar',
        name: '活动场次',
        xAxisIndex: 1,
        itemStyle: { color: eventColor },
        barMaxWidth: theme.rem,
        barCategoryGap: '12%',
        label: label(eventLabel),
        labelLayout: { hideOverlap: true },
        data: rows.map((r) => r.events),
      },
    ],
  };
}

/**
 * The three minority ratios side by side (%), each labelled with what it counts. The names
 * (up to 11 characters) stand above their bars, not on an axis beside them, which left the
 * bars about 80 px of a 280 px cell.
 */
export function toMinorityRatiosOption(data: Events, theme: ChartTheme, title: string): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const barWidth = Math.round(fs.xs * 1.1);
  const items = [
    { name: '参与人次中少数民族占比', rate: data.minorityShareOfAttendances },
    { name: '常住人口中少数民族占比', rate: safeRate(data.minorityShareOfResidents) },
    { name: '少数民族居民覆盖率', rate: safeRate(data.minorityCoverage) },
  ];
  return {
    ...base,
    grid: {
      left: 4,
      right: Math.ceil(textWidth('100.0%', fs.xs) + fs.xs * 0.5),
      top: fs.xs * 1.4,
      bottom: 4,
      containLabel: true,
    },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: tooltipAt((i) => {
        const item = items[i];
        if (!item) return '';
        return `<strong>${escapeHtml(item.name)}</strong><br/>${formatRate(item.rate)}${
          'numerator' in item.rate
            ? `（${formatCount(item.rate.numerator)} / ${formatCount(item.rate.denominator)}）`
            : '（按隐私规则不公开）'
        }`;
      }),
    },
    yAxis: {
      ...axis,
      type: 'category',
      inverse: true,
      data: items.map((i) => i.name),
      splitLine: { show: false },
      // Inside the grid, from its left edge, lifted above the bar (bottom at the bar's top).
      axisLabel: {
        ...axis.axisLabel,
        inside: true,
        align: 'left',
        verticalAlign: 'bottom',
        padding: [0, 0, Math.round(barWidth / 2 + fs.xs * 0.2), 0],
        color: theme.textDim,
      },
      z: 3,
    },
    xAxis: percentValueAxis(theme),
    series: [
      {
        type: 'bar',
        name: '比率',
        barWidth,
        label: {
          show: true,
          position: 'right',
          color: theme.textDim,
          fontSize: fs.xs,
          formatter: (p: { dataIndex: number }) => {
            const item = items[p.dataIndex];
            return item ? formatRate(item.rate) : '';
          },
        },
        data: items.map((i, k) => ({
          value: 'value' in i.rate && i.rate.value !== null ? Math.round(i.rate.value * 1000) / 10 : null,
          itemStyle: { color: theme.palette[k % theme.palette.length] },
        })),
      },
    ],
  };
}
