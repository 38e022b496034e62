import type { MetricValue } from '@/api/indicators';
import { isSuppressed } from '@/lib/privacy';

/** A metric value from a series as a number to plot: null (a gap) when withheld or undefined. */
export function plotValue(v: MetricValue | undefined): number | null {
  if (!v || isSuppressed(v)) return null;
  return v.value;
}

/** The basis of a series value, or null when withheld. */
export function valueBasis(v: MetricValue | undefined): { numerator: number; denominator: number } | null {
  if (!v || isSuppressed(v)) return null;
  return { numerator: v.numerator, denominator: v.denominator };
}
