/**
 * Month arithmetic on absolute month numbers (year × 12 + month − 1), and the period grammar
 * of the API: `YYYY-MM`, `YYYY-Qn`, `YYYY`, `YYYY-MM..YYYY-MM`.
 */

export function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function monthLabel(n: number): string {
  const year = Math.floor(n / 12);
  const month = (n % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Parses `YYYY-MM` into an absolute month number, or null. */
export function parseMonth(text: string): number | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  return m ? monthNumber(Number(m[1]), Number(m[2])) : null;
}

/** Calendar month 1–12 of an absolute month number. */
export function calendarMonth(n: number): number {
  return (n % 12) + 1;
}

export function daysInMonth(n: number): number {
  const year = Math.floor(n / 12);
  const month = n % 12;
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** An inclusive range of absolute month numbers. */
export interface MonthRange {
  from: number;
  to: number;
}

/** Parses a period into the months it names (before clipping), or null when malformed. */
export function parsePeriod(text: string): MonthRange | null {
  const month = parseMonth(text);
  if (month !== null) return { from: month, to: month };
  let m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) {
    const first = monthNumber(Number(m[1]), (Number(m[2]) - 1) * 3 + 1);
    return { from: first, to: first + 2 };
  }
  m = /^(\d{4})$/.exec(text);
  if (m) return { from: monthNumber(Number(m[1]), 1), to: monthNumber(Number(m[1]), 12) };
  m = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(text);
  if (m) {
    const from = parseMonth(m[1] ?? '');
    const to = parseMonth(m[2] ?? '');
    if (from === null || to === null || from > to) return null;
    return { from, to };
  }
  return null;
}

/** Intersects a range with the data's range; null when they do not overlap. */
export function clipRange(range: MonthRange, data: MonthRange): MonthRange | null {
  const from = Math.max(range.from, data.from);
  const to = Math.min(range.to, data.to);
  return from <= to ? { from, to } : null;
}
