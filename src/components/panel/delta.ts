import type { Rate } from '@/api/common';
import { formatCount, formatPercent } from '@/lib/format';
import { isUnreliable, UNRELIABLE_CAVEAT, UNRELIABLE_MARK } from '@/lib/privacy';
import type { Comparison } from '@/lib/period';

/** A change against a comparison period, with everything needed to check it on hover. */
export interface Delta {
  name: Comparison['name'];
  /** "同比 ↑3.2%", "环比 ↓1.5个百分点", "同比 —". */
  text: string;
  direction: 'up' | 'down' | 'flat' | 'none';
  tone?: 'good' | 'bad';
  /** Both values, both periods, and how the comparison was made. */
  title: string;
}

const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ARROW = { up: '↑', down: '↓', flat: '→', none: '' } as const;

function tone(direction: Delta['direction'], higherIsBetter: boolean | null): Delta['tone'] {
  if (higherIsBetter === null || direction === 'flat' || direction === 'none') return undefined;
  return (direction === 'up') === higherIsBetter ? 'good' : 'bad';
}

/**
 * A count against the comparison. The comparison's answer covers the same days as the current
 * span (comparePeriods asks the API for them), so the two are compared as they are; a stock
 * (`flow` false) is an end value, and the hover says so.
 */
export function countDelta(
  label: string,
  unit: string,
  current: number,
  baseline: number,
  cmp: Comparison,
  currentLabel: string,
  options: { flow: boolean; higherIsBetter: boolean | null },
): Delta {
  const base = baseline;
  const end = options.flow ? '' : '（期末）';
  const head = `${label}${cmp.name}：本期 ${currentLabel} ${formatCount(current)} ${unit}${end}；${cmp.label} ${formatCount(baseline)} ${unit}${end}`;
  if (base === 0) {
    return { name: cmp.name, text: `${cmp.name} —`, direction: 'none', title: `${head}；上期为 0，不计算变化率` };
  }
  const change = current / base - 1;
  const rounded = Math.round(change * 1000) / 10;
  const direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  const pct = `${oneDecimal.format(Math.abs(rounded))}%`;
  return {
    name: cmp.name,
    text: `${cmp.name} ${ARROW[direction]}${pct}`,
    direction,
    tone: tone(direction, options.higherIsBetter),
    title: `${head}；变化 ${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${pct}`,
  };
}

/**
 * A rate against the comparison, in percentage points. Both bases are shown; a rate on fewer
 * than 20 is marked and its change is not coloured.
 */
export function rateDelta(
  label: string,
  unit: string,
  current: Rate,
  baseline: Rate,
  cmp: Comparison,
  currentLabel: string,
  higherIsBetter: boolean | null,
): Delta {
  const basis = (r: Rate) =>
    `${formatPercent(r.value)}${isUnreliable(r) ? UNRELIABLE_MARK : ''}（${formatCount(r.numerator)} / ${formatCount(r.denominator)} ${unit}）`;
  const head = `${label}${cmp.name}：本期 ${currentLabel} ${basis(current)}；${cmp.label.replace(/（.*$/, '')} ${basis(baseline)}`;
  if (current.value === null || baseline.value === null) {
    return { name: cmp.name, text: `${cmp.name} —`, direction: 'none', title: `${head}；无法比较` };
  }
  const points = Math.round((current.value - baseline.value) * 1000) / 10;
  const direction = points > 0 ? 'up' : points < 0 ? 'down' : 'flat';
  const unreliable = isUnreliable(current) || isUnreliable(baseline);
  const text = `${oneDecimal.format(Math.abs(points))}个百分点`;
  return {
    name: cmp.name,
    text: `${cmp.name} ${ARROW[direction]}${text}${unreliable ? '*' : ''}`,
    direction,
    tone: unreliable ? undefined : tone(direction, higherIsBetter),
    title: `${head}；变化 ${points > 0 ? '+' : points < 0 ? '−' : '±'}${text}${unreliable ? UNRELIABLE_CAVEAT : ''}`,
  };
}
