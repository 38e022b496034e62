import type { Meta } from '@/api/meta';
import { addMonths, formatPeriod, monthIndex, partialMonth, periodMonths } from '@/lib/period';

export interface PeriodOption {
  value: string;
  label: string;
}

/** The periods the data covers, newest first: years, quarters and months. */
export function periodOptions(meta: Pick<Meta, 'firstMonth' | 'lastMonth' | 'lastMonthDays'>): {
  years: PeriodOption[];
  quarters: PeriodOption[];
  months: PeriodOption[];
} {
  const months: PeriodOption[] = [];
  const running = partialMonth(meta);
  for (let m = meta.lastMonth; monthIndex(m) >= monthIndex(meta.firstMonth); m = addMonths(m, -1)) {
    months.push({ value: m, label: `${formatPeriod(m)}${running?.month === m ? `（${running.label}）` : ''}` });
  }
  const quarterValues = new Set<string>();
  const yearValues = new Set<string>();
  for (const { value } of months) {
    const y = value.slice(0, 4);
    quarterValues.add(`${y}-Q${Math.ceil(Number(value.slice(5, 7)) / 3)}`);
    yearValues.add(y);
  }
  const label = (value: string) => {
    const partial = monthIndex(periodMonths(value).to) > monthIndex(meta.lastMonth);
    const early = monthIndex(periodMonths(value).from) < monthIndex(meta.firstMonth);
    return `${formatPeriod(value)}${partial ? '（截至目前）' : early ? '（部分）' : ''}`;
  };
  return {
    years: [...yearValues].map((value) => ({ value, label: label(value) })),
    quarters: [...quarterValues].map((value) => ({ value, label: label(value) })),
    months,
  };
}

/** A custom range of months: `from..to`, swapped into order when picked backwards. */
export function rangePeriod(from: string, to: string): string {
  return monthIndex(from) <= monthIndex(to) ? `${from}..${to}` : `${to}..${from}`;
}
