// Relative imports: this module is shared by the browser client, the mock API and the Node
// server, so it uses no path alias, DOM, React or Vite-only import (zod is plain code).
import { PeriodSchema, type Period } from '../api/common';

/**
 * Period arithmetic on `YYYY-MM` months, and the period grammar of the API (`YYYY-MM`,
 * `YYYY-Qn`, `YYYY`, `YYYY-MM..YYYY-MM`). Pure; the client's comparisons, the URL check and
 * the API's answers all build on it. docs/indicators.md ("Periods") says what they mean.
 */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export function periodKind(p: Period): PeriodKind {
  if (p.includes('..')) return 'range';
  if (p.includes('-Q')) return 'quarter';
  if (p.length === 4) return 'year';
  return 'month';
}

export function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
}

export function monthFromIndex(i: number): string {
  const y = Math.floor(i / 12);
  const m = (i % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

export function addMonths(month: string, n: number): string {
  return monthFromIndex(monthIndex(month) + n);
}

/** Days in a month, leap Februaries included (Gregorian rule). */
export function daysInMonth(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** An inclusive span of months. */
export interface MonthSpan {
  from: string;
  to: string;
}

/** Number of months in a span (inclusive). */
export function spanLength(span: MonthSpan): number {
  return monthIndex(span.to) - monthIndex(span.from) + 1;
}

export function shiftSpan(span: MonthSpan, months: number): MonthSpan {
  return { from: addMonths(span.from, months), to: addMonths(span.to, months) };
}

/** The inclusive months a period spans (before clipping to the data). */
export function periodMonths(p: Period): MonthSpan {
  switch (periodKind(p)) {
    case 'range': {
      const [from, to] = p.split('..') as [string, string];
      return { from, to };
    }
    case 'quarter': {
      const y = p.slice(0, 4);
      const q = Number(p.slice(6));
      const first = `${y}-${String(q * 3 - 2).padStart(2, '0')}`;
      return { from: first, to: addMonths(first, 2) };
    }
    case 'year':
      return { from: `${p}-01`, to: `${p}-12` };
    case 'month':
      return { from: p, to: p };
  }
}

/**
 * The shortest period string for a span, so a comparison shares its cache entry with the same
 * period picked directly: one month → `2026-05`, a whole quarter → `2026-Q2`, a whole year →
 * `2026`, anything else → `2026-01..2026-06`.
 */
export function spanToPeriod(span: MonthSpan): string {
  const n = spanLength(span);
  const startMonth = Number(span.from.slice(5, 7));
  if (n === 1) return span.from;
  if (n === 3 && startMonth % 3 === 1 && span.from.slice(0, 4) === span.to.slice(0, 4)) {
    return `${span.from.slice(0, 4)}-Q${(startMonth + 2) / 3}`;
  }
  if (n === 12 && startMonth === 1) return span.from.slice(0, 4);
  return `${span.from}..${span.to}`;
}

const monthLabel = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

/** Chinese label: 2026年11月, 2026年第3季度, 2026年, 2026年1月–2026年6月. */
export function formatPeriod(p: Period): string {
  switch (periodKind(p)) {
    case 'range': {
      const { from, to } = periodMonths(p);
      return `${monthLabel(from)}–${monthLabel(to)}`;
    }
    case 'quarter':
      return `${p.slice(0, 4)}年第${p.slice(6)}季度`;
    case 'year':
      return `${p}年`;
    case 'month':
      return monthLabel(p);
  }
}

/** What the data covers: first and last month, and how many days of the last month are in. */
export interface DataRange {
  firstMonth: string;
  lastMonth: string;
  lastMonthDays: number;
}

/** Exact days of a span: 2026-10..2026-11 ending on day 22 → "2026年10月1日–11月22日". */
export function formatSpanDays(span: MonthSpan, lastDay: number): string {
  const sameYear = span.from.slice(0, 4) === span.to.slice(0, 4);
  const end = `${sameYear ? '' : `${span.to.slice(0, 4)}年`}${Number(span.to.slice(5, 7))}月${lastDay}日`;
  return `${monthLabel(span.from)}1日–${end}`;
}

/** Days from the first of `span.from` to day `lastDay` of `span.to`, inclusive. */
function spanDays(span: MonthSpan, lastDay: number): number {
  let days = 0;
  for (let i = monthIndex(span.from); i < monthIndex(span.to); i++) days += daysInMonth(monthFromIndex(i));
  return days + lastDay;
}

/** The selected period as the data actually covers it. */
export interface CurrentSpan {
  period: string;
  span: MonthSpan;
  /** Days of the last month covered when it is still running, else null. */
  partialDays: number | null;
  /** "2026年第4季度（截至11月22日）". */
  label: string;
}

/** A period to compare with, like with like. */
export interface Comparison {
  kind: 'previous' | 'yearAgo';
  /** 环比 (the period before) or 同比 (the same period last year). */
  name: '环比' | '同比';
  /** The period to request from the API (the same months as the current span, shifted). */
  period: string;
  span: MonthSpan;
  /**
   * Factor that turns the comparison's flows (counts summed over time) into the same number of
   * days as a current span that ends in a partial month: days of the comparison span up to the
   * same day of its last month ÷ all its days. 1 when the current span is complete. Stocks and
   * rates are not scaled (a rate's numerator and denominator scale alike).
   */
  flowScale: number;
  /** "上年同期 2025年第4季度（10–11月，流量按 53/61 天折算）" — said beside every delta. */
  label: string;
}

export interface PeriodComparisons {
  current: CurrentSpan;
  previous: Comparison | null;
  yearAgo: Comparison | null;
}

/**
 * The current span and its like-with-like comparisons. The span is clipped to the data (a year
 * in progress is year-to-date); the comparison takes the same months shifted back — by the
 * period's own length for 环比 (a quarter to date of two months against the first two months of
 * the quarter before) and by 12 months for 同比 (year-to-date against the same span last year).
 * A year has no 环比 of its own: its previous span is the year before, which is the 同比.
 * A comparison needs every one of its months in the data, else it is null (never half a span).
 *
 * The API has no day-level data, so a current month still running (meta.lastMonthDays) cannot
 * be matched day for day. Counts of the comparison are pro-rated by days (`flowScale`) and the
 * label says so; rates are compared as they are (their basis is shown), stocks are end values.
 */
export function comparePeriods(period: string, data: DataRange): PeriodComparisons {
  const raw = periodMonths(period);
  const from = monthIndex(raw.from) < monthIndex(data.firstMonth) ? data.firstMonth : raw.from;
  const to = monthIndex(raw.to) > monthIndex(data.lastMonth) ? data.lastMonth : raw.to;
  const span = { from, to };
  const partialDays = to === data.lastMonth && data.lastMonthDays < daysInMonth(to) ? data.lastMonthDays : null;
  const clipped = from !== raw.from || to !== raw.to;
  const current: CurrentSpan = {
    period,
    span,
    partialDays,
    label: `${formatPeriod(period)}${
      partialDays !== null
        ? `（截至${Number(to.slice(5, 7))}月${partialDays}日）`
        : clipped
          ? `（${spanToPeriod(span) === span.from ? monthLabel(from) : `${monthLabel(from)}–${monthLabel(to)}`}）`
          : ''
    }`,
  };

  const kind = periodKind(period);
  const length = spanLength(span);
  const back = kind === 'month' ? 1 : kind === 'quarter' ? 3 : kind === 'year' ? null : length;

  const make = (which: Comparison['kind'], months: number): Comparison | null => {
    const s = shiftSpan(span, -months);
    if (monthIndex(s.from) < monthIndex(data.firstMonth) || monthIndex(s.to) > monthIndex(data.lastMonth)) return null;
    const cmpPeriod = spanToPeriod(s);
    const name = which === 'previous' ? '环比' : '同比';
    const what = which === 'previous' ? '上期' : '上年同期';
    let flowScale = 1;
    let detail = '';
    if (partialDays !== null) {
      const sameDay = Math.min(partialDays, daysInMonth(s.to));
      const full = spanDays(s, daysInMonth(s.to));
      const same = spanDays(s, sameDay);
      flowScale = same / full;
      detail = `（${formatSpanDays(s, daysInMonth(s.to))}全期数据，件数、人数按 ${same}/${full} 天折算到${formatSpanDays(s, sameDay)}）`;
    }
    return {
      kind: which,
      name,
      period: cmpPeriod,
      span: s,
      flowScale,
      label: `${what} ${formatPeriod(cmpPeriod)}${detail}`,
    };
  };

  return {
    current,
    previous: back === null ? null : make('previous', back),
    yearAgo: make('yearAgo', 12),
  };
}

/**
 * Months for a trend chart: the selected span, widened back to at least `minMonths` so a single
 * month or quarter is seen in its context, never before the first month with data.
 */
export function trendSpan(span: MonthSpan, firstMonth: string, minMonths = 12): MonthSpan {
  const earliest = monthIndex(span.to) - (minMonths - 1);
  const from = Math.max(monthIndex(firstMonth), Math.min(monthIndex(span.from), earliest));
  return { from: monthFromIndex(from), to: span.to };
}

/** Whether a text is a period in the API's grammar (order of a range not checked). */
export function isPeriod(text: string): boolean {
  return PeriodSchema.safeParse(text).success;
}

/** The months a period names (before clipping), or null when malformed or backwards. */
export function parsePeriod(text: string): MonthSpan | null {
  if (!isPeriod(text)) return null;
  const span = periodMonths(text);
  return monthIndex(span.from) <= monthIndex(span.to) ? span : null;
}

/** Intersects a span with the data's span; null when they do not overlap. */
export function clipSpan(span: MonthSpan, data: MonthSpan): MonthSpan | null {
  const from = Math.max(monthIndex(span.from), monthIndex(data.from));
  const to = Math.min(monthIndex(span.to), monthIndex(data.to));
  return from <= to ? { from: monthFromIndex(from), to: monthFromIndex(to) } : null;
}

export type PeriodCheck = { ok: true; period: string } | { ok: false; message: string };

/** Validates a period from the URL against the grammar and the data's range. */
export function checkPeriod(raw: string, data: Pick<DataRange, 'firstMonth' | 'lastMonth'>): PeriodCheck {
  if (!isPeriod(raw)) {
    return { ok: false, message: `地址中的统计期“${raw}”格式无效（应为 2026-05、2026-Q2、2026 或 2026-01..2026-06）` };
  }
  const { from, to } = periodMonths(raw);
  if (monthIndex(from) > monthIndex(to)) return { ok: false, message: `统计期“${raw}”的起止月份颠倒` };
  if (clipSpan({ from, to }, { from: data.firstMonth, to: data.lastMonth }) === null) {
    return {
      ok: false,
      message: `统计期“${formatPeriod(raw)}”超出数据范围（${formatPeriod(data.firstMonth)}–${formatPeriod(data.lastMonth)}）`,
    };
  }
  return { ok: true, period: raw };
}

/** Year-to-date of the latest year: what a leader expects to see first. */
export function defaultPeriod(data: Pick<DataRange, 'lastMonth'>): string {
  return data.lastMonth.slice(0, 4);
}
