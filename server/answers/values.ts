import type { Rate } from '@/api/common';
import type { MetricValue } from '@/api/indicators';

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** A rate with its basis; value null when the denominator is 0. */
export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : round6(numerator / denominator) };
}

export function shareValue(numerator: number, denominator: number): MetricValue {
  return rate(numerator, denominator);
}

export function per1000Value(numerator: number, denominator: number): MetricValue {
  return {
    numerator,
    denominator,
    value: denominator === 0 ? null : Math.round((numerator / denominator) * 1000 * 100) / 100,
  };
}

/** A plain count: the value is the numerator; the denominator carries no meaning (1). */
export function countValue(n: number): MetricValue {
  return { numerator: n, denominator: 1, value: n };
}

/**
 * Median days to resolve from a histogram of days (bins with inclusive upper bounds `upper`),
 * interpolated inside the median's bin; null when nothing was resolved.
 */
export function medianFromHistogram(bins: ArrayLike<number>, upper: readonly number[]): number | null {
  let total = 0;
  for (let i = 0; i < bins.length; i++) total += bins[i] ?? 0;
  if (total === 0) return null;
  const half = total / 2;
  let before = 0;
  for (let i = 0; i < bins.length; i++) {
    const n = bins[i] ?? 0;
    if (before + n >= half && n > 0) {
      const lower = i === 0 ? 0 : (upper[i - 1] ?? 0) + 1;
      const top = upper[i] ?? lower;
      return Math.round((lower + ((half - before) / n) * (top - lower)) * 10) / 10;
    }
    before += n;
  }
  return null;
}
