import type { Coverage } from '@/api/common';
import { MonthSchema } from '@/api/common';
import { clipSpan, lastMonthWeight, monthFromIndex, monthIndex, parsePeriod, periodLastDay } from '@/lib/period';
import { ApiError, quoted } from './api-error';
import type { DatasetFacts } from './facts-source';

/**
 * A period clipped to the data (docs/api.md "Periods"): the months it covers and the coverage
 * every indicator answer reports. A year still running is year to date, a quarter quarter to
 * date: clipping does it.
 */
export interface PeriodWindow {
  from: string;
  to: string;
  /** Months in the window (≥ 1). */
  months: number;
  /**
   * Weight of the last month's flows: below 1 when the period ends on a day of that month
   * (`2025-01..2025-12-01`, a comparison with a partial current month: lastMonthWeight in
   * src/lib/period.ts), else 1.
   */
  lastWeight: number;
  coverage: Coverage;
}

const range = (ds: DatasetFacts): string => `${ds.firstMonth} 至 ${ds.lastMonth}`;

/** Resolves `?period=` (default: the last month); 400 when malformed or wholly outside the data. */
export function resolvePeriod(ds: DatasetFacts, period: string | null): PeriodWindow {
  const text = period ?? ds.lastMonth;
  const bad = () =>
    new ApiError(400, 'bad-period', `统计期${quoted(text)}格式不正确，应为 YYYY-MM、YYYY-Qn、YYYY 或 YYYY-MM..YYYY-MM`);
  const span = parsePeriod(text);
  if (!span) throw bad();
  const clipped = clipSpan(span, { from: ds.firstMonth, to: ds.lastMonth });
  if (!clipped) throw new ApiError(400, 'period-out-of-range', `统计期${quoted(text)}不在数据范围内（${range(ds)}）`);
  // The day applies to the period's own last month; clipped off, the window ends with a whole month.
  const lastDay = clipped.to === span.to ? periodLastDay(text) : null;
  return windowOf(monthIndex(clipped.from), monthIndex(clipped.to), text, lastMonthWeight(clipped.to, lastDay, ds));
}

function windowOf(from: number, to: number, period: string, lastWeight = 1): PeriodWindow {
  const coverage = { period, from: monthFromIndex(from), to: monthFromIndex(to), months: to - from + 1 };
  return { from: coverage.from, to: coverage.to, months: coverage.months, lastWeight, coverage };
}

function monthParam(name: string, text: string | null, fallback: string): number {
  if (text === null || text === '') return monthIndex(fallback);
  if (!MonthSchema.safeParse(text).success)
    throw new ApiError(400, 'bad-month', `参数 ${name}=${quoted(text)}格式不正确，应为 YYYY-MM`);
  return monthIndex(text);
}

/** `?from=&to=` of a series: default the whole history, clipped to it. */
export function resolveMonthRange(ds: DatasetFacts, fromText: string | null, toText: string | null): PeriodWindow {
  const from = monthParam('from', fromText, ds.firstMonth);
  const to = monthParam('to', toText, ds.lastMonth);
  if (from > to)
    throw new ApiError(400, 'bad-range', `起始月份 ${monthFromIndex(from)} 晚于结束月份 ${monthFromIndex(to)}`);
  const a = Math.max(from, monthIndex(ds.firstMonth));
  const b = Math.min(to, monthIndex(ds.lastMonth));
  if (a > b) throw new ApiError(400, 'period-out-of-range', `所选月份不在数据范围内（${range(ds)}）`);
  return windowOf(a, b, `${monthFromIndex(a)}..${monthFromIndex(b)}`);
}

/** Every month of a window, in order. */
export function windowMonths(w: { from: string; to: string }): string[] {
  const out: string[] = [];
  for (let m = monthIndex(w.from); m <= monthIndex(w.to); m++) out.push(monthFromIndex(m));
  return out;
}
