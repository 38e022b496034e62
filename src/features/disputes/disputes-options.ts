import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCount, formatPercent } from '@/lib/format';
import { isUnreliableDenominator, UNRELIABLE_MARK } from '@/lib/privacy';
import { disputeCategoryRows, LEVELS, resolvedTotal } from './disputes-model';

export const DISPUTES_CHART_TITLE = '已化解纠纷按化解层级（件）';
export const CATEGORIES_WHAT = '各类纠纷受理与化解（件）';

/** Tooltip HTML for one level: count and its share of everything resolved, with the basis. */
export function disputesTooltip(data: Disputes, index: number): string {
  const level = LEVELS[index];
  if (!level) return '';
  const n = data.resolvedByLevel[level.key];
  const total = resolvedTotal(data);
  const share = total > 0 ? `${formatPercent(n / total)}${isUnreliableDenominator(total) ? UNRELIABLE_MARK : ''}` : '—';
  return [
    `<strong>本期${escapeHtml(level.label)}化解</strong>`,
    `${formatCount(n)} 件，占已化解 ${share}（${formatCount(n)} / ${formatCount(total)} 件）`,
  ].join('<br/>');
}

/** A ring of resolved disputes by level; the centre shows how many were resolved. */
export function toDisputesOption(data: Disputes, theme: ChartTheme, title = DISPUTES_CHART_TITLE): ChartOption {
  const fs = chartFontSizes(theme);
  const base = baseChartOption(theme, title);
  const total = resolvedTotal(data);
  return {
    ...base,
    color: [...theme.sequential],
    title: [
      // The first title names the chart for ECharts' aria description; the second is the centre.
      { show: false, text: title },
      {
        text: formatCount(total),
        subtext: '已化解（件）',
        left: 'center',
        top: '31%',
        textStyle: { color: theme.text, fontSize: fs.md * 1.3, fontFamily: theme.numberFontFamily, fontWeight: 'bold' },
        subtextStyle: { color: theme.textDim, fontSize: fs.xs },
        itemGap: Math.round(theme.rem * 0.2),
      },
    ],
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: tooltipAt((i) => disputesTooltip(data, i)),
    },
    legend: { ...legendStyle(theme), bottom: 0, left: 'center' },
    series: [
      {
        type: 'pie',
        name: '已化解纠纷',
        radius: ['44%', '64%'],
        center: ['50%', '42%'],
        // Pie keeps data order (no sorting), so the ring reads grid → county clockwise.
        minShowLabelAngle: 15,
        itemStyle: { borderColor: theme.mode === 'light' ? '#ffffff' : '#0c1e36', borderWidth: 1 },
        label: {
          color: theme.textDim,
          fontSize: fs.xs,
          overflow: 'none',
          formatter: (p: { dataIndex: number; value: unknown }) =>
            total > 0 ? formatPercent(Number(p.value) / total) : '',
        },
        labelLine: { length: Math.round(theme.rem * 0.3), length2: Math.round(theme.rem * 0.3) },
        data: LEVELS.map((l) => ({ name: l.label, value: data.resolvedByLevel[l.key] })),
      },
    ],
  };
}

/** Registered and resolved side by side for each category (meta order). */
export function toDisputeCategoriesOption(
  data: Disputes,
  meta: Pick<Meta, 'disputeCategories'>,
  theme: ChartTheme,
  title = CATEGORIES_WHAT,
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const rows = disputeCategoryRows(data, meta);
  return {
    ...base,
    legend: { ...legendStyle(theme), bottom: 0, left: 'center' },
    grid: { left: 4, right: fs.md * 2.5, top: 4, bottom: fs.md * 1.8, containLabel: true },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipAt((i) => {
        const r = rows[i];
        if (!r) return '';
        const rate = r.registered > 0 ? formatPercent(r.resolved / r.registered) : '—';
        return `<strong>${escapeHtml(r.name)}</strong><br/>本期受理 ${formatCount(r.registered)} 件，化解 ${formatCount(r.resolved)} 件（${rate}）`;
      }),
    },
    yAxis: { ...axis, type: 'category', inverse: true, data: rows.map((r) => r.name), splitLine: { show: false } },
    xAxis: { ...axis, type: 'value', minInterval: 1, splitNumber: 3 },
    series: (['registered', 'resolved'] as const).map((key, i) => ({
      type: 'bar' as const,
      name: key === 'registered' ? '受理' : '化解',
      itemStyle: { color: theme.pair[i] },
      barMaxWidth: theme.rem * 0.7,
      label: { show: true, position: 'right' as const, color: theme.textDim, fontSize: fs.xs },
      data: rows.map((r) => r[key]),
    })),
  };
}
