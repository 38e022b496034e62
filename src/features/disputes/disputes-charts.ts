import type { Disputes, Series } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { axisStyle, baseChartOption, legendStyle, type ChartOption } from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
import { plotValue, valueBasis } from '@/components/chart/series-values';
import { codeName } from '@/components/panel/code-name';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCount, formatPercent } from '@/lib/format';
import { isUnreliableDenominator, UNRELIABLE_CAVEAT, UNRELIABLE_MARK } from '@/lib/privacy';
import { resolvedTotal } from './disputes-options';

export const FUNNEL_WHAT = '纠纷受理→化解漏斗（件）';
export const TREND_WHAT = '月度化解率与目标';
export const CATEGORIES_WHAT = '各类纠纷受理与化解（件）';

export const TREND_METRICS = ['disputeResolutionRate', 'disputesRegistered'] as const;

/** The stages of the funnel: each is contained in the one before. */
export function funnelStages(data: Disputes): { name: string; value: number }[] {
  const { grid, community } = data.resolvedByLevel;
  return [
    { name: '受理', value: data.registered },
    { name: '化解', value: resolvedTotal(data) },
    { name: '社区（村）及以下化解', value: grid + community },
    { name: '网格化解', value: grid },
  ];
}

/** Registered → resolved → resolved in the community → in the grid; each stage as a share of 受理. */
export function toDisputesFunnelOption(data: Disputes, theme: ChartTheme, title = FUNNEL_WHAT): ChartOption {
  const fs = chartFontSizes(theme);
  const base = baseChartOption(theme, title);
  const stages = funnelStages(data);
  const share = (n: number) => (data.registered > 0 ? formatPercent(n / data.registered) : '—');
  return {
    ...base,
    color: [...theme.sequential].reverse(),
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const s = p ? stages[p.dataIndex] : undefined;
        return s
          ? `<strong>${escapeHtml(s.name)}</strong><br/>${formatCount(s.value)} 件，占受理 ${share(s.value)}（${formatCount(s.value)} / ${formatCount(data.registered)} 件）`
          : '';
      },
    },
    series: [
      {
        type: 'funnel',
        name: '纠纷',
        sort: 'none',
        left: '4%',
        right: '4%',
        top: fs.sm,
        bottom: fs.sm,
        minSize: '12%',
        gap: 2,
        label: {
          show: true,
          position: 'inside',
          color: '#0b1726',
          fontSize: fs.xs,
          formatter: (p: { dataIndex: number }) => {
            const s = stages[p.dataIndex];
            return s ? `${s.name} ${formatCount(s.value)}（${share(s.value)}）` : '';
          },
        },
        itemStyle: { borderColor: theme.mode === 'light' ? '#ffffff' : '#0c1e36', borderWidth: 1 },
        data: stages,
      },
    ],
  };
}

/**
 * Monthly resolution rate (%) as a line against the target (a dashed markLine). Months with no
 * registered dispute are gaps; months on fewer than 20 are hollow points, marked in the tooltip.
 */
export function toResolutionTrendOption(
  series: Series,
  target: number,
  theme: ChartTheme,
  title = TREND_WHAT,
): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const rates = series.series.disputeResolutionRate ?? [];
  const labels = series.months.map((m) => `${m.slice(2, 4)}/${m.slice(5, 7)}`);
  return {
    ...base,
    grid: { left: fs.md * 2.6, right: fs.md * 2.8, top: fs.md * 1.6, bottom: fs.md * 1.6 },
    legend: { ...legendStyle(theme), top: 0, left: 'center' },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (!p) return '';
        const month = series.months[p.dataIndex] ?? '';
        const basis = valueBasis(rates[p.dataIndex]);
        const value = plotValue(rates[p.dataIndex]);
        const head = `<strong>${month.slice(0, 4)}年${Number(month.slice(5, 7))}月</strong>`;
        if (!basis) return `${head}<br/>无数据`;
        const caveat = isUnreliableDenominator(basis.denominator) ? `${UNRELIABLE_MARK}${UNRELIABLE_CAVEAT}` : '';
        return `${head}<br/>化解率 ${formatPercent(value)}${caveat}<br/>化解 ${formatCount(basis.numerator)} / 受理 ${formatCount(basis.denominator)} 件<br/>目标 ${formatPercent(target)}`;
      },
    },
    xAxis: { ...axis, type: 'category', data: labels, boundaryGap: false, splitLine: { show: false } },
    yAxis: {
      ...axis,
      type: 'value',
      max: 100,
      scale: true,
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => `${v}%` },
    },
    series: [
      {
        type: 'line',
        name: '化解率',
        connectNulls: false,
        symbolSize: Math.round(theme.rem * 0.4),
        lineStyle: { width: 2, color: theme.pair[0] },
        itemStyle: { color: theme.pair[0] },
        data: rates.map((v) => {
          const value = plotValue(v);
          const basis = valueBasis(v);
          const weak = basis !== null && isUnreliableDenominator(basis.denominator);
          return {
            value: value === null ? null : Math.round(value * 1000) / 10,
            symbol: weak ? 'emptyCircle' : 'circle',
          };
        }),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: theme.warn, width: 1.5 },
          label: {
            color: theme.warn,
            fontSize: fs.xs,
            formatter: `目标 ${formatPercent(target)}`,
            position: 'insideEndTop',
          },
          data: [{ yAxis: Math.round(target * 1000) / 10, name: '目标' }],
        },
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
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const r = p ? rows[p.dataIndex] : undefined;
        if (!r) return '';
        const rate = r.registered > 0 ? formatPercent(r.resolved / r.registered) : '—';
        return `<strong>${escapeHtml(r.name)}</strong><br/>受理 ${formatCount(r.registered)} 件，化解 ${formatCount(r.resolved)} 件（${rate}）`;
      },
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

export function disputeCategoryRows(
  data: Disputes,
  meta: Pick<Meta, 'disputeCategories'>,
): { code: string; name: string; registered: number; resolved: number }[] {
  const order = new Map(meta.disputeCategories.map((c, i) => [c.code, i]));
  return [...data.categories]
    .sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity))
    .map((c) => ({ ...c, name: codeName(meta.disputeCategories, c.code) }));
}
