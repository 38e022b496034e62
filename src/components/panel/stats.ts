import type { Rate, SuppressibleRate } from '@/api/common';
import {
  formatBasis,
  formatRate,
  isSuppressed,
  isUnreliable,
  SUPPRESSED_EXPLANATION,
  UNRELIABLE_DENOMINATOR,
} from '@/lib/format';
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

/** Footnote for rates marked with * (BRIEF privacy rule). */
export const UNRELIABLE_NOTE = `* 分母不足 ${UNRELIABLE_DENOMINATOR}，结果仅供参考`;

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
  const caveat = isUnreliable(rate) ? `（分母不足 ${UNRELIABLE_DENOMINATOR}，仅供参考）` : '';
  return {
    label,
    value: formatRate(rate),
    detail: basis,
    title: `${label} = ${definition}：${basis}${caveat}`,
  };
}

/** Whether any of the rates carries the unreliable mark (so the panel shows the footnote). */
export function anyUnreliable(rates: readonly SuppressibleRate[]): boolean {
  return rates.some((r) => !isSuppressed(r) && isUnreliable(r as Rate));
}

/** Counts of 1–4 are never shown (BRIEF privacy rule). */
const MAX_SMALL_COUNT = 4;

/**
 * Client-side defence for an ethnic rate (minority share, coverage): a numerator of 1–4 that a
 * server failed to suppress is withheld here as small-count, never displayed.
 */
export function privacySafeRate(rate: SuppressibleRate): SuppressibleRate {
  return !isSuppressed(rate) && rate.numerator >= 1 && rate.numerator <= MAX_SMALL_COUNT
    ? { suppressed: true, reason: 'small-count' }
    : rate;
}
