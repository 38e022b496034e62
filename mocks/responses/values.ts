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
