import { baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
import {
  type ChartSize,
  horizontalLegend,
  type LegendBox,
  legendForPie,
  PANEL_CELL,
} from '@/components/chart/chart-size';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCount, formatPercent } from '@/lib/format';
import type { EthnicSlice, EthnicView } from './ethnic-view';

export const ETHNIC_CHART_TITLE = '常住人口按民族构成';

type Breakdown = Extract<EthnicView, { kind: 'breakdown' }>;

/** Tooltip HTML for one slice: exact count and share of all residents (not of the drawn slices). */
export function ethnicTooltip(slice: EthnicSlice, residents: number): string {
  const share = residents > 0 ? formatPercent(slice.count / residents) : '—';
  const lines = [`<strong>${escapeHtml(slice.name)}</strong>`, `${formatCount(slice.count)} 人，占常住人口 ${share}`];
  if (slice.folded) lines.push(`含：${slice.members.map(escapeHtml).join('、')}`);
  return lines.join('<br/>');
}

/** How the ring and its legend share the chart's box (see `ethnicLayout`). */
interface EthnicLayout {
  /** Outside labels with name and share; otherwise the legend carries the shares. */
  labels: boolean;
  legend: LegendBox;
}

/**
 * Outside labels need room on both sides of the ring (two lines of up to six characters each);
 * in a smaller box (a quarter of a 1280×800 projector) they land on each other and on the
 * legend, so the legend names each slice with its share instead, beside the ring or below it,
 * whichever leaves the larger ring.
 */
export function ethnicLayout(
  names: readonly string[],
  shares: readonly string[],
  theme: ChartTheme,
  size: ChartSize,
): EthnicLayout {
  const fs = chartFontSizes(theme);
  const below = horizontalLegend(names, size.width, theme);
  if (size.width >= fs.xs * 20 && size.height - below.height >= fs.xs * 12) return { labels: true, legend: below };
  return { labels: false, legend: legendForPie(shares, theme, size, Math.round(fs.xs * 0.5)).legend };
}

/**
 * A ring of residents by group, 汉 first, small minority groups folded. Withheld groups are not
 * drawn (the panel notes them). Labels show the share of all residents, so a withheld group
 * never inflates the others' shares. Without a size, laid out for a 1080p panel cell.
 */
export function toEthnicOption(
  view: Breakdown,
  theme: ChartTheme,
  title = ETHNIC_CHART_TITLE,
  size: ChartSize = PANEL_CELL,
): ChartOption {
  const fs = chartFontSizes(theme);
  const { slices, residents } = view;
  const base = baseChartOption(theme, title);
  const share = (s: EthnicSlice) => (residents > 0 ? formatPercent(s.count / residents) : '—');
  const names = slices.map((s) => s.name);
  const shareOf = new Map(slices.map((s) => [s.name, `${s.name} ${share(s)}`]));
  const layout = ethnicLayout(names, [...shareOf.values()], theme, size);
  const { legend } = layout;
  const gap = Math.round(fs.xs * 0.5);
  return {
    ...base,
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: tooltipAt((i) => {
        const slice = slices[i];
        return slice ? ethnicTooltip(slice, residents) : '';
      }),
    },
    legend: {
      ...legendStyle(theme),
      type: 'plain',
      orient: legend.orient,
      ...(legend.orient === 'vertical'
        ? { right: 0, top: 'middle', itemGap: Math.round(fs.xs * 0.4) }
        : { bottom: 0, left: 'center' }),
      data: names,
      formatter: layout.labels ? undefined : (name: string) => shareOf.get(name) ?? name,
    },
    series: [
      {
        type: 'pie',
        name: '常住人口',
        // The ring's box ends where the legend begins, so neither the ring nor outside labels
        // (laid out inside this box) lie on the legend.
        top: 0,
        left: 0,
        bottom: legend.orient === 'horizontal' ? legend.height + gap : 0,
        right: legend.orient === 'vertical' ? legend.width + gap : 0,
        radius: layout.labels ? ['38%', '62%'] : ['52%', '88%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        labelLayout: { hideOverlap: true },
        minShowLabelAngle: 12,
        itemStyle: { borderColor: theme.mode === 'light' ? '#ffffff' : '#0c1e36', borderWidth: 1 },
        label: {
          show: layout.labels,
          color: theme.text,
          fontSize: fs.xs,
          lineHeight: Math.round(fs.xs * 1.2),
          // Columns at the box's left and right edges, clear of the ring however the slices fall.
          alignTo: 'edge',
          edgeDistance: 0,
          // ECharts truncates outside labels to "34...." when it thinks space is short.
          overflow: 'none',
          formatter: (p: { dataIndex: number }) => {
            const slice = slices[p.dataIndex];
            return slice && residents > 0 ? `${slice.name}\n${share(slice)}` : '';
          },
        },
        labelLine: { show: layout.labels, length: Math.round(theme.rem * 0.4), length2: Math.round(theme.rem * 0.4) },
        data: slices.map((s, i) => ({
          name: s.name,
          value: s.count,
          itemStyle: { color: theme.palette[i % theme.palette.length] },
        })),
      },
    ],
  };
}
