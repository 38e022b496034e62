import { daysInMonth as daysInCalendarMonth, monthFromIndex, monthIndex, parsePeriod as parseSpan } from '@/lib/period';

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
