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
      return { from, to: to.slice(0, 7) };
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

/**
 * The day a range ending on a day stops at (`2025-01..2025-12-01` → 1), else null. Such a range
 * counts only days 1…d of its last month: it is how a comparison asks for the same days as a
 * current span that ends in a partial month (see comparePeriods).
 */
export function periodLastDay(p: Period): number | null {
  const m = /\.\.\d{4}-\d{2}-(\d{2})$/.exec(p);
  return m ? Number(m[1]) : null;
}

/** Chinese label: 2026年11月, 2026年第3季度, 2026年, 2026年1月–2026年6月, 2025年1月1日—12月1日. */
export function formatPeriod(p: Period): string {
  switch (periodKind(p)) {
    case 'range': {
      const { from, to } = periodMonths(p);
      const day = periodLastDay(p);
      if (day !== null) return formatSpanDays({ from, to }, day);
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

/** Exact days of a span: 2026-10..2026-11 ending on day 22 → "2026年10月1日—11月22日". */
export function formatSpanDays(span: MonthSpan, lastDay: number): string {
  const sameYear = span.from.slice(0, 4) === span.to.slice(0, 4);
  const end = `${sameYear ? '' : `${span.to.slice(0, 4)}年`}${Number(span.to.slice(5, 7))}月${lastDay}日`;
  return `${monthLabel(span.from)}1日—${end}`;
}

/**
 * The weight of a window's last month when the window ends on a day (`periodLastDay`): the
 * month's flows count days 1…lastDay of the days the data holds for it (all its days, or
 * `lastMonthDays` when it is the data's partial last month), so the answer covers the same
 * days as the current span it is compared with. 1 when the window ends with its month. The
 * answer layer multiplies the month's flows by it (and rounds); stocks stay end values.
 */
export function lastMonthWeight(month: string, lastDay: number | null, data: DataRange): number {
  if (lastDay === null) return 1;
  const held = month === data.lastMonth ? data.lastMonthDays : daysInMonth(month);
  return Math.min(1, lastDay / held);
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

/**
 * The last day a span counts, as the date of a stock at its end is said: "9月30日", or the
 * data's last day when the span ends in a running month ("12月1日"). Stocks (办理中, 转移就业)
 * are counted on this day, flows summed up to it (docs/indicators.md, "Stocks and flows").
 */
export function spanEndDay(current: Pick<CurrentSpan, 'span' | 'partialDays'>): string {
  const to = current.span.to;
  return `${Number(to.slice(5, 7))}月${current.partialDays ?? daysInMonth(to)}日`;
}

/** A period to compare with, like with like. */
export interface Comparison {
  kind: 'previous' | 'yearAgo';
  /** 环比 (the period before) or 同比 (the same period last year). */
  name: '环比' | '同比';
  /**
   * The period to request from the API: the same months as the current span, shifted, and
   * when the current span ends in a partial month the same days of the last one
   * (`2025-01..2025-12-01`: 1 January to 1 December 2025).
   */
  period: string;
  span: MonthSpan;
  /** Days of `span.to` the comparison counts when it ends on a day, else null (all of them). */
  lastDay: number | null;
  /** "上年同期 2025年1月1日—12月1日": the row label in tables and exports. */
  label: string;
  /** "同比：2025年1月1日—12月1日": said on screen wherever the delta is shown. */
  basis: string;
  /** How a day-ended comparison was counted ("12月件数、人数按 1/31 天折算"), else ''. */
  note: string;
}

export interface PeriodComparisons {
  current: CurrentSpan;
  previous: Comparison | null;
  yearAgo: Comparison | null;
}

/**
 * The current span and its like-with-like comparisons. The span is clipped to the data (a year
 * in progress is year-to-date); the comparison takes the same months shifted back — by the
 * period's own length for 环比 (a month with the month before, a quarter to date of two months
 * with the first two months of the quarter before) and by 12 months for 同比 (year-to-date
 * with the same span last year). A year has no 环比 of its own: its previous span is the year
 * before, which is the 同比. A comparison needs every one of its months in the data, else it is
 * null (never half a span).
 *
 * When the current span ends in a month still running (day `meta.lastMonthDays`), the
 * comparison ends on the same day of its last month: it asks for `YYYY-MM..YYYY-MM-DD`, and
 * the API counts the full months before and that month's flows pro-rated to those days
 * (`lastMonthWeight`; the data are monthly, there is nothing finer to count). So every count
 * and rate the API returns for it is already like with like; nothing is scaled on the client.
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
    const name = which === 'previous' ? '环比' : '同比';
    const what = which === 'previous' ? '上期' : '上年同期';
    // The same days of a partial last month; a shorter month (February) counts all its days.
    const lastDay = partialDays !== null && partialDays < daysInMonth(s.to) ? partialDays : null;
    const whole = spanToPeriod(s);
    const cmpPeriod = lastDay === null ? whole : `${s.from}..${s.to}-${String(lastDay).padStart(2, '0')}`;
    // A named period (a month, a quarter, a year) by its name, any other span by its days.
    const text =
      lastDay === null && !whole.includes('..') ? formatPeriod(whole) : formatSpanDays(s, lastDay ?? daysInMonth(s.to));
    return {
      kind: which,
      name,
      period: cmpPeriod,
      span: s,
      lastDay,
      label: `${what} ${text}`,
      basis: `${name}：${text}`,
      note:
        lastDay === null
          ? ''
          : `${Number(s.to.slice(5, 7))}月件数、人数按 ${lastDay}/${daysInMonth(s.to)} 天折算（月度数据）`,
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

/** A trend's months in words: "2025年12月–2026年12月（截至12月1日）" when it ends in the running month. */
export function trendLabel(span: MonthSpan, data: DataRange): string {
  const running = partialMonth(data);
  const tail = running && running.month === span.to ? `（${running.label}）` : '';
  return `${formatPeriod(span.from)}–${formatPeriod(span.to)}${tail}`;
}

/** Whether a text is a period in the API's grammar (order of a range not checked). */
export function isPeriod(text: string): boolean {
  return PeriodSchema.safeParse(text).success;
}

/** The months a period names (before clipping), or null when malformed or backwards. */
export function parsePeriod(text: string): MonthSpan | null {
  if (!isPeriod(text)) return null;
  const span = periodMonths(text);
  const day = periodLastDay(text);
  if (day !== null && day > daysInMonth(span.to)) return null;
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
  if (periodLastDay(raw) !== null) {
    return { ok: false, message: `地址中的统计期“${raw}”无效：按月、季度、年或月份范围选择` };
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

/**
 * The data's last month when it is still running: which month, the days in, and the words a
 * trend says it with ("截至12月1日"). Null when the last month is complete.
 */
export interface PartialMonth {
  month: string;
  days: number;
  /** "截至12月1日". */
  label: string;
}

export function partialMonth(data: DataRange): PartialMonth | null {
  if (data.lastMonthDays >= daysInMonth(data.lastMonth)) return null;
  return {
    month: data.lastMonth,
    days: data.lastMonthDays,
    label: `截至${Number(data.lastMonth.slice(5, 7))}月${data.lastMonthDays}日`,
  };
}

/**
 * A current period is "very young" when the data hold fewer than this many days of it: a month,
 * quarter or year whose only month with data is the data's last one, fewer than 7 days in (a
 * December with one day of data). Its flows are a few days' worth and its rates rest on a
 * handful of cases, so it is not what a screen opens with: the period picker and the default
 * view open the last complete period instead, and the header says so (docs/indicators.md).
 */
export const YOUNG_PERIOD_DAYS = 7;

/** The newest period of a kind in the data (`2026`, `2026-Q4`, `2026-12`). */
export function latestPeriod(kind: 'year' | 'quarter' | 'month', data: Pick<DataRange, 'lastMonth'>): string {
  const m = data.lastMonth;
  if (kind === 'year') return m.slice(0, 4);
  if (kind === 'quarter') return `${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5, 7)) / 3)}`;
  return m;
}

/** Whether the data hold fewer than YOUNG_PERIOD_DAYS days of a period (see there). */
export function isVeryYoung(period: string, data: DataRange): boolean {
  const span = clipSpan(periodMonths(period), { from: data.firstMonth, to: data.lastMonth });
  return (
    span !== null && span.to === data.lastMonth && spanLength(span) === 1 && data.lastMonthDays < YOUNG_PERIOD_DAYS
  );
}

/** The period a kind opens with, and the very young one it stepped over (else null). */
export function openingPeriod(
  kind: 'year' | 'quarter' | 'month',
  data: DataRange,
): { period: string; skipped: string | null } {
  const latest = latestPeriod(kind, data);
  if (!isVeryYoung(latest, data)) return { period: latest, skipped: null };
  const back = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  const before = spanToPeriod(shiftSpan(periodMonths(latest), -back));
  const inData = monthIndex(periodMonths(before).to) >= monthIndex(data.firstMonth);
  return inData ? { period: before, skipped: latest } : { period: latest, skipped: null };
}

/**
 * What the header says when a very young period was stepped over for `period`: "2026年12月仅有
 * 1天数据（截至12月1日），显示上一个完整月份". Null when `period` is not the opening one.
 */
export function youngPeriodNote(period: string, data: DataRange): string | null {
  const kind = periodKind(period);
  if (kind === 'range') return null;
  const { period: opening, skipped } = openingPeriod(kind, data);
  if (skipped === null || opening !== period) return null;
  const unit = kind === 'year' ? '年份' : kind === 'quarter' ? '季度' : '月份';
  const day = `${Number(data.lastMonth.slice(5, 7))}月${data.lastMonthDays}日`;
  return `${formatPeriod(skipped)}仅有${data.lastMonthDays}天数据（截至${day}），显示上一个完整${unit}`;
}

/** What a leader expects to see first: year to date of the latest year, or the last complete year in its first days. */
export function defaultPeriod(data: DataRange): string {
  return openingPeriod('year', data).period;
}
