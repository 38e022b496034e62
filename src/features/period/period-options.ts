import type { Meta } from '@/api/meta';
import { addMonths, formatPeriod, monthIndex, periodMonths } from '@/lib/period';
import { PeriodSchema } from '@/api/common';

export interface PeriodOption {
  value: string;
  label: string;
}

/** The periods the data covers, newest first: years, quarters and months. */
export function periodOptions(meta: Pick<Meta, 'firstMonth' | 'lastMonth'>): {
  years: PeriodOption[];
  quarters: PeriodOption[];
  months: PeriodOption[];
} {
  const months: PeriodOption[] = [];
  for (let m = meta.lastMonth; monthIndex(m) >= monthIndex(meta.firstMonth); m = addMonths(m, -1)) {
    months.push({ value: m, label: formatPeriod(m) });
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

export type PeriodCheck = { ok: true; period: string } | { ok: false; message: string };

/** Validates a period from the URL against the grammar and the data's range. */
export function checkPeriod(raw: string, meta: Pick<Meta, 'firstMonth' | 'lastMonth'>): PeriodCheck {
  if (!PeriodSchema.safeParse(raw).success) {
    return { ok: false, message: `地址中的统计期“${raw}”格式无效（应为 2026-05、2026-Q2、2026 或 2026-01..2026-06）` };
  }
  const { from, to } = periodMonths(raw);
  if (monthIndex(from) > monthIndex(to)) return { ok: false, message: `统计期“${raw}”的起止月份颠倒` };
  if (monthIndex(to) < monthIndex(meta.firstMonth) || monthIndex(from) > monthIndex(meta.lastMonth)) {
    return {
      ok: false,
      message: `统计期“${formatPeriod(raw)}”超出数据范围（${formatPeriod(meta.firstMonth)}–${formatPeriod(meta.lastMonth)}）`,
    };
  }
  return { ok: true, period: raw };
}

/** Year-to-date of the latest year: what a leader expects to see first. */
export function defaultPeriod(meta: Pick<Meta, 'lastMonth'>): string {
  return meta.lastMonth.slice(0, 4);
}

/** A custom range of months: `from..to`, swapped into order when picked backwards. */
export function rangePeriod(from: string, to: string): string {
  return monthIndex(from) <= monthIndex(to) ? `${from}..${to}` : `${to}..${from}`;
}
