import type { SuppressibleRate } from '@/api/common';
import type { ChildMetric } from '@/api/indicators';
import {
  axisStyle,
  baseChartOption,
  type ChartOption,
  percentValueAxis,
  tooltipAt,
} from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatBasis, formatRate } from '@/lib/format';
import { isSmallUnit, isSuppressed, safeRate, SUPPRESSED_EXPLANATION } from '@/lib/privacy';
import { displayName } from '@/lib/region-name';

export const COMPARE_WHAT = '少数民族占比：本区域与上级、同级比较';

export interface CompareBar {
  code: string;
  name: string;
  rate: SuppressibleRate;
  role: 'parent' | 'self' | 'sibling';
}

/**
 * Minority share of this region, its parent and its siblings, with the privacy rule applied on
 * the client: a numerator of 1–4 or a unit under 50 residents is withheld (a bar with no value).
 * Parent first, then the children largest share first.
 */
export function toCompareBars(
  parent: { code: string; name: string; rate: SuppressibleRate },
  children: ChildMetric,
  selfCode: string,
): CompareBar[] {
  const safe = (rate: SuppressibleRate): SuppressibleRate =>
    !isSuppressed(rate) && isSmallUnit(rate.denominator) ? { suppressed: true, reason: 'small-unit' } : safeRate(rate);
  const kids: CompareBar[] = children.values.map((v) => {
    const rate: SuppressibleRate = isSuppressed(v.value)
      ? v.value
      : v.value.numerator > v.value.denominator
        ? { suppressed: true, reason: 'small-unit' }
        : { numerator: v.value.numerator, denominator: v.value.denominator, value: v.value.value };
    return { code: v.code, name: displayName(v), rate: safe(rate), role: v.code === selfCode ? 'self' : 'sibling' };
  });
  const value = (b: CompareBar) => (isSuppressed(b.rate) ? -1 : (b.rate.value ?? -1));
  kids.sort((a, b) => value(b) - value(a));
  return [{ ...parent, rate: safe(parent.rate), role: 'parent' }, ...kids];
}

/** Horizontal bars (%): the parent in a muted colour, this region in the accent, siblings plain. */
export function toEthnicCompareOption(bars: readonly CompareBar[], theme: ChartTheme, title: string): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  const colour = (b: CompareBar) =>
    b.role === 'self' ? theme.pair[1] : b.role === 'parent' ? theme.textFaint : theme.pair[0];
  const label = (b: CompareBar) =>
    b.role === 'self' ? `▶ ${b.name}` : b.role === 'parent' ? `${b.name}（上级）` : b.name;
  return {
    ...base,
    grid: { left: 4, right: fs.md * 3, top: 4, bottom: 4, containLabel: true },
    tooltip: {
      ...base.tooltip,
      trigger: 'item',
      formatter: tooltipAt((i) => {
        const b = bars[i];
        if (!b) return '';
        const detail = isSuppressed(b.rate)
          ? SUPPRESSED_EXPLANATION[b.rate.reason]
          : `${formatRate(b.rate)}（少数民族 ${formatBasis(b.rate)} 人）`;
        return `<strong>${escapeHtml(label(b))}</strong><br/>${detail}`;
      }),
    },
    yAxis: {
      ...axis,
      type: 'category',
      inverse: true,
      data: bars.map(label),
      splitLine: { show: false },
      axisLabel: { ...axis.axisLabel, width: fs.md * 7, overflow: 'truncate' },
    },
    xAxis: percentValueAxis(theme),
    series: [
      {
        type: 'bar',
        name: '少数民族占比',
        barMaxWidth: theme.rem * 0.8,
        label: {
          show: true,
          position: 'right',
          color: theme.textDim,
          fontSize: fs.xs,
          formatter: (p: { dataIndex: number }) => {
            const b = bars[p.dataIndex];
            return b ? formatRate(b.rate) : '';
          },
        },
        data: bars.map((b) => ({
          // null, not 0: the aria description would otherwise read a withheld share out as 0.
          value: isSuppressed(b.rate) || b.rate.value === null ? null : Math.round(b.rate.value * 1000) / 10,
          itemStyle: { color: colour(b), ...(b.role === 'self' ? { borderColor: theme.text, borderWidth: 1 } : {}) },
        })),
      },
    ],
  };
}
