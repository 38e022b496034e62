import type { Rate, SuppressibleCount, SuppressibleRate } from '@/api/common';
import { isSuppressed, isUnreliable, SUPPRESSED_LABEL, UNRELIABLE_MARK } from './privacy';

/**
 * Number formatting for Chinese readers: thousands separators, 万 above 10,000 where space
 * is short, percentages with one decimal. Suppressed cells read "<5" or "不公开", never 0
 * (the rule and its texts: ./privacy.ts).
 */
const intFmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 12,345 — exact count with separators. */
export function formatCount(n: number): string {
  return intFmt.format(n);
}

/** 1.2万 above 10,000 (for tight spaces such as key figures and axis labels), exact below. */
export function formatCompact(n: number): string {
  if (Math.abs(n) >= 1e8) return `${oneDecimal.format(n / 1e8)}亿`;
  if (Math.abs(n) >= 1e4) return `${oneDecimal.format(n / 1e4)}万`;
  return intFmt.format(n);
}

/** A fraction as a percentage with one decimal: 0.6612 → "66.1%". */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${oneDecimal.format(fraction * 100)}%`;
}

export function formatSuppressibleCount(v: SuppressibleCount): string {
  return isSuppressed(v) ? SUPPRESSED_LABEL[v.reason] : formatCount(v);
}

/** "66.1%" or "66.1%*" when unreliable, "不公开" when withheld. */
export function formatRate(rate: SuppressibleRate): string {
  if (isSuppressed(rate)) return SUPPRESSED_LABEL[rate.reason];
  return `${formatPercent(rate.value)}${isUnreliable(rate) ? UNRELIABLE_MARK : ''}`;
}

/** "1,243 / 1,881" — the basis of a rate. */
export function formatBasis(rate: Rate): string {
  return `${formatCount(rate.numerator)} / ${formatCount(rate.denominator)}`;
}

/** 2026-11-22T08:30:00+08:00 → "2026-11-22 08:30" in the viewer's time zone. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
