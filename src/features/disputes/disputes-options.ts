import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { axisStyle, baseChartOption, type ChartOption, legendStyle, tooltipAt } from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
import {
  boxBeside,
  type ChartSize,
  horizontalLegend,
  type LegendBox,
  legendForPie,
  PANEL_CELL,
  textWidth,
} from '@/components/chart/chart-size';
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

/** The ring and its legend in the chart's box (see `disputesLayout`). */
interface DisputesLayout {
  /** Outside share labels; otherwise the legend carries the shares. */
  labels: boolean;
  legend: LegendBox;
  /** The ring's box: what the legend leaves. */
  box: ChartSize;
  /** Outer radius of the ring in px. */
  outer: number;
}

/**
 * Where the ring's legend and shares go for the chart's box. ECharts keeps neither a pie clear
 * of its legend nor outside labels inside a small box, so: outside labels (about 4 em each
 * side) and the legend below while the ring stays at least 4 em across; in a smaller box (a
 * cell of a 1280×800 projector) the legend names each level with its share, beside the ring
 * or below it, whichever leaves the larger ring.
 */
export function disputesLayout(
  names: readonly string[],
  shares: readonly string[],
  theme: ChartTheme,
  size: ChartSize,
) {
  const fs = chartFontSizes(theme);
  const gap = Math.round(fs.xs * 0.5);
  const below = horizontalLegend(names, size.width, theme);
  const labelled = boxBeside(below, size, gap);
  const outer = Math.min(labelled.height / 2 - fs.xs, labelled.width / 2 - fs.xs * 4);
  if (outer >= fs.xs * 2) return { labels: true, legend: below, box: labelled, outer } satisfies DisputesLayout;
  const { legend, box } = legendForPie(shares, theme, size, gap);
  return {
    labels: false,
    legend,
    box,
    outer: Math.max(0, Math.min(box.width, box.height) / 2 - 1),
  } satisfies DisputesLayout;
}

/**
 * A ring of resolved disputes by level; the centre shows how many were resolved, in type that
 * fits the hole (left out when even small type would not). Without a size, laid out for a
 * 1080p panel cell.
 */
export function toDisputesOption(
  data: Disputes,
  theme: ChartTheme,
  title = DISPUTES_CHART_TITLE,
  size: ChartSize = PANEL_CELL,
): ChartOption {
  const fs = chartFontSizes(theme);
  const base = baseChartOption(theme, title);
  const total = resolvedTotal(data);
  const shareOf = new Map<string, string>(
    LEVELS.map((l) => {
      const n = data.resolvedByLevel[l.key];
      return [l.label, total > 0 ? `${l.label} ${formatPercent(n / total)}` : l.label];
    }),
  );
  const names: string[] = LEVELS.map((l) => l.label);
  const layout: DisputesLayout = disputesLayout(names, [...shareOf.values()], theme, size);
  const { legend, box, outer } = layout;
  const inner = outer * 0.69;
  const figure = formatCount(total);
  const sub = '已化解（件）';
  const big = Math.min(fs.md * 1.3, Math.floor((inner * 1.7) / (figure.length * 0.6)));
  const withSub = textWidth(sub, fs.xs) <= inner * 1.7 && big >= fs.sm;
  const itemGap = Math.round(theme.rem * 0.2);
  const centreHeight = big + (withSub ? itemGap + fs.xs : 0);
  return {
    ...base,
    color: [...theme.sequential],
    title: [
      // The first title names the chart for ECharts' aria description; the second is the centre.
      { show: false, text: title },
      {
        show: big >= fs.xs,
        text: figure,
        subtext: withSub ? sub : '',
        left: box.width / 2,
        top: box.height / 2 - centreHeight / 2,
        textAlign: 'center',
        padding: 0,
        textStyle: { color: theme.text, fontSize: big, fontFamily: theme.numberFontFamily, fontWeight: 'bold' },
        subtextStyle: { color: theme.textDim, fontSize: fs.xs },
        itemGap,
      },
    ],
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: tooltipAt((i) => disputesTooltip(data, i)),
    },
    legend: {
      ...legendStyle(theme),
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
        name: '已化解纠纷',
        radius: [inner, outer],
        center: [box.width / 2, box.height / 2],
        // Pie keeps data order (no sorting), so the ring reads grid → county clockwise.
        minShowLabelAngle: 15,
        avoidLabelOverlap: true,
        labelLayout: { hideOverlap: true },
        itemStyle: { borderColor: theme.mode === 'light' ? '#ffffff' : '#0c1e36', borderWidth: 1 },
        label: {
          show: layout.labels,
          color: theme.textDim,
          fontSize: fs.xs,
          overflow: 'none',
          formatter: (p: { dataIndex: number; value: unknown }) =>
            total > 0 ? formatPercent(Number(p.value) / total) : '',
        },
        labelLine: { show: layout.labels, length: Math.round(theme.rem * 0.3), length2: Math.round(theme.rem * 0.3) },
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
  size: ChartSize = { width: 280, height: 290 },
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const rows = disputeCategoryRows(data, meta);
  // A number per bar only while the two bars of a category are a line of text apart (20 % gap
  // between categories, 30 % between the bars), else the axis carries the scale and the tooltip
  // the counts: at 232×184 px on a 1080p slide 1,320 stood on 1,262.
  const [top, bottom] = [4, fs.md * 1.8];
  const band = (size.height - top - bottom) / Math.max(1, rows.length);
  const bar = Math.min(theme.rem * 0.7, (band * 0.8) / 2.3);
  const labelled = bar * 1.3 >= fs.xs * 1.2;
  return {
    ...base,
    legend: { ...legendStyle(theme), bottom: 0, left: 'center' },
    grid: { left: 4, right: labelled ? fs.md * 2.5 : fs.md, top, bottom, containLabel: true },
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
      barCategoryGap: '20%',
      label: { show: labelled, position: 'right' as const, color: theme.textDim, fontSize: fs.xs },
      labelLayout: { hideOverlap: true },
      data: rows.map((r) => r[key]),
    })),
  };
}
