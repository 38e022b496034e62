import type { SuppressibleRate } from '@/api/common';
import { formatBasis, formatRate } from '@/lib/format';
import { isSuppressed, isUnreliable, SUPPRESSED_EXPLANATION, UNRELIABLE_CAVEAT } from '@/lib/privacy';
import type { Delta } from './delta';

/** One exact figure in a panel's stat list. */
export interface Stat {
  label: string;
  /** Formatted value: "66.1%", "1,243", "<5", "不公开", "—". */
  value: string;
  unit?: string;
  /** Shown small beside the value, e.g. the basis "1,243 / 1,881 人". */
  detail?: string;
  /** On hover: what the figure is and its exact basis. */
  title?: string;
  /** Colour hint: good/bad against a goal (e.g. 越级上访 0 is good). */
  tone?: 'good' | 'bad' | 'warn';
  /** Changes against the previous period / the same period last year. */
  deltas?: Delta[];
}

/**
 * A rate as a stat: value with * when the denominator is under 20, basis beside it and in the
 * hover title, and the privacy explanation instead of a number when it is withheld.
 * `basisUnit` names what is counted ("人", "件", "人次"); `definition` says numerator ÷ denominator.
 */
export function rateStat(label: string, rate: SuppressibleRate, basisUnit: string, definition: string): Stat {
  if (isSuppressed(rate)) {
    return { label, value: formatRate(rate), title: `${label}：${SUPPRESSED_EXPLANATION[rate.reason]}` };
  }
  const basis = `${formatBasis(rate)} ${basisUnit}`;
  const caveat = isUnreliable(rate) ? UNRELIABLE_CAVEAT : '';
  return {
    label,
    value: formatRate(rate),
    detail: basis,
    title: `${label} = ${definition}：${basis}${caveat}`,
  };
}
