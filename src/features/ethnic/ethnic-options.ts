import { baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
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

/**
 * A ring of residents by group, 汉 first, small minority groups folded. Withheld groups are not
 * drawn (the panel notes them). Labels show the share of all residents, so a withheld group
 * never inflates the others' shares.
 */
export function toEthnicOption(view: Breakdown, theme: ChartTheme, title = ETHNIC_CHART_TITLE): ChartOption {
  const fs = chartFontSizes(theme);
  const { slices, residents } = view;
  const base = baseChartOption(theme, title);
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
      bottom: 0,
      left: 'center',
      data: slices.map((s) => s.name),
    },
    series: [
      {
        type: 'pie',
        name: '常住人口',
        // The pie's box ends above the legend (two rows of it on a narrow panel), so outside
        // labels are laid out clear of the legend instead of on it.
        top: 0,
        bottom: Math.round(fs.xs * 1.5 * (slices.length > 4 ? 2 : 1)) + fs.xs,
        radius: ['38%', '62%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        labelLayout: { hideOverlap: true },
        minShowLabelAngle: 12,
        itemStyle: { borderColor: theme.mode === 'light' ? '#ffffff' : '#0c1e36', borderWidth: 1 },
        label: {
          color: theme.text,
          fontSize: fs.xs,
          lineHeight: Math.round(fs.xs * 1.2),
          // ECharts truncates outside labels to "34...." when it thinks space is short.
          overflow: 'none',
          formatter: (p: { dataIndex: number }) => {
            const slice = slices[p.dataIndex];
            return slice && residents > 0 ? `${slice.name}\n${formatPercent(slice.count / residents)}` : '';
          },
        },
        labelLine: { length: Math.round(theme.rem * 0.4), length2: Math.round(theme.rem * 0.4) },
        data: slices.map((s, i) => ({
          name: s.name,
          value: s.count,
          itemStyle: { color: theme.palette[i % theme.palette.length] },
        })),
      },
    ],
  };
}
