import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { baseChartOption, legendStyle, type ChartOption } from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
import type { Compared } from '@/components/panel/compared';
import { countDelta, rateDelta } from '@/components/panel/delta';
import { rateStat, type Stat } from '@/components/panel/stats';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCount, formatPercent } from '@/lib/format';
import { anyUnreliable, isUnreliable, isUnreliableDenominator, UNRELIABLE_MARK } from '@/lib/privacy';

export const DISPUTES_CHART_TITLE = '已化解纠纷按化解层级（件）';

/** Levels from closest to the residents to the highest, as drawn (ordered colours). */
export const LEVELS = [
  { key: 'grid', label: '网格' },
  { key: 'community', label: '社区（村）' },
  { key: 'town', label: '乡镇（街道）' },
  { key: 'countyAndAbove', label: '县级及以上' },
] as const;

export function resolvedTotal(data: Disputes): number {
  return LEVELS.reduce((s, l) => s + data.resolvedByLevel[l.key], 0);
}

/** Tooltip HTML for one level: count and its share of everything resolved, with the basis. */
export function disputesTooltip(data: Disputes, index: number): string {
  const level = LEVELS[index];
  if (!level) return '';
  const n = data.resolvedByLevel[level.key];
  const total = resolvedTotal(data);
  const share = total > 0 ? `${formatPercent(n / total)}${isUnreliableDenominator(total) ? UNRELIABLE_MARK : ''}` : '—';
  return [
    `<strong>${escapeHtml(level.label)}化解</strong>`,
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
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        return p ? disputesTooltip(data, p.dataIndex) : '';
      },
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

/** Resolution rate against the target, the two "不出" rates, speed, and petitions (goal 0). */
export function toDisputesStats(
  data: Disputes,
  meta: Pick<Meta, 'resolutionTarget'>,
  compared: readonly Compared<Disputes>[] = [],
  currentLabel = '',
): Stat[] {
  const rateDeltas = (label: string, pick: (d: Disputes) => Disputes['resolutionRate']) =>
    compared.map((c) => rateDelta(label, '件', pick(data), pick(c.data), c.cmp, currentLabel, true));
  const target = meta.resolutionTarget;
  const rate = rateStat('化解率', data.resolutionRate, '件', '化解 ÷ 受理');
  const reached = data.resolutionRate.value !== null && data.resolutionRate.value >= target;
  const days = data.medianDaysToResolve;
  return [
    {
      ...rate,
      title: `${rate.title ?? ''}；目标 ${formatPercent(target)}`,
      tone:
        data.resolutionRate.value === null || isUnreliable(data.resolutionRate) ? undefined : reached ? 'good' : 'warn',
      deltas: rateDeltas('化解率', (d) => d.resolutionRate),
    },
    {
      ...rateStat('小事不出网格', data.resolvedInGrid, '件', '网格化解 ÷ 已化解'),
      deltas: rateDeltas('小事不出网格', (d) => d.resolvedInGrid),
    },
    {
      ...rateStat('大事不出社区', data.resolvedInCommunity, '件', '社区（村）及网格化解 ÷ 已化解'),
      deltas: rateDeltas('大事不出社区', (d) => d.resolvedInCommunity),
    },
    {
      label: '化解用时（中位数）',
      value: days === null ? '—' : days.toFixed(1),
      unit: days === null ? undefined : '天',
      title: days === null ? '本期没有已化解的纠纷' : '从受理到化解所用天数的中位数',
    },
    {
      label: '越级上访',
      value: formatCount(data.petitionsAboveCounty),
      unit: '件',
      tone: data.petitionsAboveCounty === 0 ? 'good' : 'bad',
      title: '到县级以上的越级上访，目标为 0',
      deltas: compared.map((c) =>
        countDelta('越级上访', '件', data.petitionsAboveCounty, c.data.petitionsAboveCounty, c.cmp, currentLabel, {
          flow: true,
          higherIsBetter: false,
        }),
      ),
    },
  ];
}

/** "受理 120 件，办理中 8 件，上报上级 3 件". */
export function disputesFlowNote(data: Disputes): string {
  return `受理 ${formatCount(data.registered)} 件，办理中 ${formatCount(data.inProgress)} 件，上报上级 ${formatCount(data.escalated)} 件`;
}

export function disputesHaveUnreliable(data: Disputes): boolean {
  return anyUnreliable([data.resolutionRate, data.resolvedInGrid, data.resolvedInCommunity]);
}

export function isDisputesEmpty(data: Disputes): boolean {
  return data.registered === 0 && resolvedTotal(data) === 0 && data.inProgress === 0 && data.petitionsAboveCounty === 0;
}
