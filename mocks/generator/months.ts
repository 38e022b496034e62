import {
  clipSpan,
  daysInMonth as daysInCalendarMonth,
  monthFromIndex,
  monthIndex,
  parsePeriod as parseSpan,
} from '@/lib/period';

/**
 * The generator counts months as absolute numbers (year × 12 + month − 1, as `monthIndex` in
 * src/lib/period.ts); these adapt the one period module (grammar, clipping, calendar) to them.
 */

export function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export const monthLabel: (n: number) => string = monthFromIndex;

/** Parses `YYYY-MM` into an absolute month number, or null. */
export function parseMonth(text: string): number | null {
  return /^\d{4}-\d{2}$/.test(text) && parseSpan(text) ? monthIndex(text) : null;
}

/** Calendar month 1–12 of an absolute month number. */
export function calendarMonth(n: number): number {
  return (n % 12) + 1;
}

export function daysInMonth(n: number): number {
  return daysInCalendarMonth(monthFromIndex(n));
}

/** An inclusive range of absolute month numbers. */
export interface MonthRange {
  from: number;
  to: number;
}

const toRange = (span: { from: string; to: string }): MonthRange => ({
  from: monthIndex(span.from),
  to: monthIndex(span.to),
});

/** Parses a period into the months it names (before clipping), or null when malformed. */
export function parsePeriod(text: string): MonthRange | null {
  const span = parseSpan(text);
  return span ? toRange(span) : null;
}

/** Intersects a range with the data's range; null when they do not overlap. */
export function clipRange(range: MonthRange, data: MonthRange): MonthRange | null {
  const span = clipSpan(
    { from: monthFromIndex(range.from), to: monthFromIndex(range.to) },
    { from: monthFromIndex(data.from), to: monthFromIndex(data.to) },
  );
  return span ? toRange(span) : null;
}
