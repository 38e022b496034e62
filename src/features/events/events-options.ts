import type { Events } from '@/api/indicators';
import {
  axisStyle,
  baseChartOption,
  type ChartOption,
  legendStyle,
  percentValueAxis,
  tooltipAt,
} from '@/components/chart/chart-option';
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

/**
 * Horizontal grouped bars by category: attendances (人次) against the bottom axis, events (场次)
 * against the top axis — two units, so two axes, each coloured like its series.
 */
export function toEventsOption(rows: readonly EventRow[], theme: ChartTheme, title = EVENTS_CHART_TITLE): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const [attendColor, eventColor] = theme.pair;
  // No axis names: they collide with tick labels in a quarter-column cell. Tick labels take
  // their series' colour and the legend names the unit (参与人次 / 活动场次).
  const valueAxis = (color: string, position: 'top' | 'bottom', showSplit: boolean) => ({
    ...axis,
    type: 'value' as const,
    position,
    minInterval: 1,
    splitNumber: 3,
    axisLabel: { ...axis.axisLabel, color, formatter: (v: number) => formatCompact(v) },
    splitLine: { show: showSplit, lineStyle: axis.splitLine.lineStyle },
  });
  const label = (unit: string) => ({
    show: true,
    position: 'right' as const,
    color: theme.textDim,
    fontSize: fs.xs,
    formatter: (p: { value: unknown }) => `${formatCount(Number(p.value))}${unit}`,
  });
  return {
    ...base,
    legend: { ...legendStyle(theme), bottom: 0, left: 'center' },
    grid: { left: 4, right: fs.md * 3.5, top: fs.md * 1.6, bottom: fs.md * 3 },
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
        label: label('人次'),
        data: rows.map((r) => r.attendances),
      },
      {
        type: 'bar',
        name: '活动场次',
        xAxisIndex: 1,
        itemStyle: { color: eventColor },
        barMaxWidth: theme.rem,
        label: label('场'),
        data: rows.map((r) => r.events),
      },
    ],
  };
}

/** The three minority ratios side by side (%), each labelled with what it counts. */
export function toMinorityRatiosOption(data: Events, theme: ChartTheme, title: string): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const items = [
    { name: '参与人次中少数民族占比', rate: data.minorityShareOfAttendances },
    { name: '常住人口中少数民族占比', rate: safeRate(data.minorityShareOfResidents) },
    { name: '少数民族居民覆盖率', rate: safeRate(data.minorityCoverage) },
  ];
  return {
    ...base,
    grid: { left: 4, right: fs.md * 3, top: 4, bottom: 4, containLabel: true },
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
    yAxis: { ...axis, type: 'category', inverse: true, data: items.map((i) => i.name), splitLine: { show: false } },
    xAxis: percentValueAxis(theme),
    series: [
      {
        type: 'bar',
        name: '比率',
        barMaxWidth: theme.rem * 1.1,
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
