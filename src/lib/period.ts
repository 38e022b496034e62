import type { Period } from '@/api/common';

/** Period arithmetic on `YYYY-MM` months. Pure; the panels' comparisons build on it. */
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

/** The inclusive months a period spans (before clipping to the data). */
export function periodMonths(p: Period): { from: string; to: string } {
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
    default:
      return { from: p, to: p };
  }
}

/** Chinese label: 2026年11月, 2026年第3季度, 2026年, 2026年1月–2026年6月. */
export function formatPeriod(p: Period): string {
  const month = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
  switch (periodKind(p)) {
    case 'range': {
      const { from, to } = periodMonths(p);
      return `${month(from)}–${month(to)}`;
    }
    case 'quarter':
      return `${p.slice(0, 4)}年第${p.slice(6)}季度`;
    case 'year':
      return `${p}年`;
    default:
      return month(p);
  }
}
