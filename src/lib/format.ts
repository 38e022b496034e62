import type { Rate, Suppressed, SuppressibleCount, SuppressibleRate } from '@/api/common';

/**
 * Number formatting for Chinese readers: thousands separators, 万 above 10,000 where space
 * is short, percentages with one decimal. Suppressed cells read "<5" or "不公开", never 0.
 */
const intFmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function isSuppressed(v: unknown): v is Suppressed {
  return typeof v === 'object' && v !== null && (v as { suppressed?: unknown }).suppressed === true;
}

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

export const SUPPRESSED_LABEL: Record<Suppressed['reason'], string> = {
  'small-count': '<5',
  complementary: '不公开',
  'small-unit': '不公开',
};

export const SUPPRESSED_EXPLANATION: Record<Suppressed['reason'], string> = {
  'small-count': '人数为 1–4，按隐私规则显示为 <5',
  complementary: '为防止由合计反推，按隐私规则一并隐藏',
  'small-unit': '该单位常住人口不足 50 人，不公开民族构成',
};

export function formatSuppressibleCount(v: SuppressibleCount): string {
  return isSuppressed(v) ? SUPPRESSED_LABEL[v.reason] : formatCount(v);
}

/** Rates whose denominator is under 20 are marked unreliable (BRIEF privacy rule). */
export const UNRELIABLE_DENOMINATOR = 20;

export function isUnreliable(rate: Rate): boolean {
  return rate.denominator < UNRELIABLE_DENOMINATOR;
}

/** "66.1%" or "66.1%*" when unreliable, "不公开" when withheld. */
export function formatRate(rate: SuppressibleRate): string {
  if (isSuppressed(rate)) return SUPPRESSED_LABEL[rate.reason];
  return `${formatPercent(rate.value)}${isUnreliable(rate) ? '*' : ''}`;
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
