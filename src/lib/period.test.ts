import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkPeriod,
  clipSpan,
  defaultPeriod,
  parsePeriod,
  comparePeriods,
  daysInMonth,
  formatPeriod,
  periodKind,
  periodMonths,
  spanToPeriod,
  type DataRange,
} from './period';

describe('period arithmetic', () => {
  it('recognises each period form', () => {
    expect(periodKind('2026-05')).toBe('month');
    expect(periodKind('2026-Q2')).toBe('quarter');
    expect(periodKind('2026')).toBe('year');
    expect(periodKind('2026-01..2026-06')).toBe('range');
  });

  it('spans quarters, years and ranges', () => {
    expect(periodMonths('2026-Q1')).toEqual({ from: '2026-01', to: '2026-03' });
    expect(periodMonths('2025-Q4')).toEqual({ from: '2025-10', to: '2025-12' });
    expect(periodMonths('2026')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(periodMonths('2025-11..2026-02')).toEqual({ from: '2025-11', to: '2026-02' });
  });

  it('adds months across year boundaries', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -12)).toBe('2025-03');
    expect(addMonths('2026-02', -25)).toBe('2024-01');
  });

  it('counts days, with leap Februaries', () => {
    expect(daysInMonth('2026-02')).toBe(28);
    expect(daysInMonth('2028-02')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
    expect(daysInMonth('2026-04')).toBe(30);
    expect(daysInMonth('2026-12')).toBe(31);
  });

  it('names spans by their shortest period', () => {
    expect(spanToPeriod({ from: '2025-10', to: '2025-12' })).toBe('2025-Q4');
    expect(spanToPeriod({ from: '2025-11', to: '2026-01' })).toBe('2025-11..2026-01');
    expect(spanToPeriod({ from: '2025-01', to: '2025-12' })).toBe('2025');
    expect(spanToPeriod({ from: '2025-01', to: '2025-11' })).toBe('2025-01..2025-11');
    expect(spanToPeriod({ from: '2025-07', to: '2025-07' })).toBe('2025-07');
  });

  it('labels periods in Chinese', () => {
    expect(formatPeriod('2026-05')).toBe('2026年5月');
    expect(formatPeriod('2026-Q3')).toBe('2026年第3季度');
    expect(formatPeriod('2026')).toBe('2026年');
    expect(formatPeriod('2026-01..2026-06')).toBe('2026年1月–2026年6月');
  });
});

describe('comparePeriods', () => {
  const complete: DataRange = { firstMonth: '2024-12', lastMonth: '2026-11', lastMonthDays: 30 };
  const partial: DataRange = { firstMonth: '2024-12', lastMonth: '2026-11', lastMonthDays: 22 };

  it('compares a complete quarter with the quarter before and the same quarter last year', () => {
    const c = comparePeriods('2026-Q3', complete);
    expect(c.current).toMatchObject({
      span: { from: '2026-07', to: '2026-09' },
      partialDays: null,
      label: '2026年第3季度',
    });
    expect(c.previous).toMatchObject({ name: '环比', period: '2026-Q2', flowScale: 1, label: '上期 2026年第2季度' });
    expect(c.yearAgo).toMatchObject({ name: '同比', period: '2025-Q3', flowScale: 1, label: '上年同期 2025年第3季度' });
  });

  it('crosses the year boundary for Q1 and January', () => {
    expect(comparePeriods('2026-Q1', complete).previous?.period).toBe('2025-Q4');
    expect(comparePeriods('2026-01', complete).previous?.period).toBe('2025-12');
    expect(comparePeriods('2026-01', complete).yearAgo?.period).toBe('2025-01');
  });

  it('compares year-to-date with the same span last year, and gives a year no 环比', () => {
    const c = comparePeriods('2026', complete);
    expect(c.current.span).toEqual({ from: '2026-01', to: '2026-11' });
    expect(c.current.label).toBe('2026年（2026年1月–2026年11月）');
    expect(c.previous).toBeNull();
    expect(c.yearAgo).toMatchObject({ period: '2025-01..2025-11', span: { from: '2025-01', to: '2025-11' } });
  });

  it('compares a quarter to date with the same months of the quarters before', () => {
    const c = comparePeriods('2026-Q4', complete);
    expect(c.current.span).toEqual({ from: '2026-10', to: '2026-11' });
    expect(c.previous?.period).toBe('2026-07..2026-08');
    expect(c.yearAgo?.period).toBe('2025-10..2025-11');
  });

  it('pro-rates flows of the comparison when the current month is still running', () => {
    const c = comparePeriods('2026-11', partial);
    expect(c.current).toMatchObject({ partialDays: 22, label: '2026年11月（截至11月22日）' });
    // October has 31 days: 22 of them.
    expect(c.previous?.flowScale).toBeCloseTo(22 / 31, 10);
    expect(c.previous?.label).toBe(
      '上期 2026年10月（2026年10月1日–10月31日全期数据，件数、人数按 22/31 天折算到2026年10月1日–10月22日）',
    );
    expect(c.yearAgo?.flowScale).toBeCloseTo(22 / 30, 10);
  });

  it('pro-rates over the whole span of a quarter to date ending in a partial month', () => {
    const c = comparePeriods('2026-Q4', partial);
    expect(c.yearAgo?.period).toBe('2025-10..2025-11');
    // 31 days of October + 22 of November, out of 31 + 30.
    expect(c.yearAgo?.flowScale).toBeCloseTo(53 / 61, 10);
  });

  it('handles a leap February: the same days of a shorter February are all of it', () => {
    const leap: DataRange = { firstMonth: '2026-01', lastMonth: '2028-02', lastMonthDays: 29 };
    const full = comparePeriods('2028-02', leap);
    expect(full.current.partialDays).toBeNull();
    expect(full.yearAgo?.flowScale).toBe(1);

    const early: DataRange = { firstMonth: '2026-01', lastMonth: '2028-03', lastMonthDays: 29 };
    // 29 March days against a 29-day leap February: all of it.
    expect(comparePeriods('2028-03', early).previous?.flowScale).toBe(1);
    const partialFeb: DataRange = { firstMonth: '2026-01', lastMonth: '2028-02', lastMonthDays: 28 };
    const c = comparePeriods('2028-02', partialFeb);
    expect(c.current.partialDays).toBe(28);
    // 28 days of the 28-day February 2027.
    expect(c.yearAgo?.flowScale).toBe(1);
    // 28 days of the 31-day January 2028.
    expect(c.previous?.flowScale).toBeCloseTo(28 / 31, 10);
  });

  it('gives no comparison when any of its months is outside the data', () => {
    const c = comparePeriods('2025-Q4', complete);
    expect(c.yearAgo).toBeNull();
    expect(c.previous?.period).toBe('2025-Q3');
    expect(comparePeriods('2024-12', complete).previous).toBeNull();
    // A 2025 year-to-date against 2024 would only have December 2024.
    expect(comparePeriods('2025', complete).yearAgo).toBeNull();
  });

  it('compares a custom range with the same number of months before it', () => {
    const c = comparePeriods('2026-03..2026-06', complete);
    expect(c.previous?.period).toBe('2025-11..2026-02');
    expect(c.yearAgo?.period).toBe('2025-03..2025-06');
  });
});

describe('period grammar and the URL check', () => {
  const data = { firstMonth: '2024-01', lastMonth: '2026-11' };

  it('parses each form and refuses malformed or backwards periods', () => {
    expect(parsePeriod('2026-Q2')).toEqual({ from: '2026-04', to: '2026-06' });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-06..2026-01')).toBeNull();
    expect(clipSpan({ from: '2023-06', to: '2024-02' }, { from: '2024-01', to: '2026-11' })).toEqual({
      from: '2024-01',
      to: '2024-02',
    });
    expect(clipSpan({ from: '2027-01', to: '2027-02' }, { from: '2024-01', to: '2026-11' })).toBeNull();
  });

  it('says what is wrong with a period from the URL', () => {
    expect(checkPeriod('2026-Q4', data)).toEqual({ ok: true, period: '2026-Q4' });
    expect(checkPeriod('26-5', data)).toEqual({
      ok: false,
      message: '地址中的统计期“26-5”格式无效（应为 2026-05、2026-Q2、2026 或 2026-01..2026-06）',
    });
    expect(checkPeriod('2026-06..2026-01', data)).toEqual({
      ok: false,
      message: '统计期“2026-06..2026-01”的起止月份颠倒',
    });
    expect(checkPeriod('2020', data)).toEqual({
      ok: false,
      message: '统计期“2020年”超出数据范围（2024年1月–2026年11月）',
    });
    expect(defaultPeriod(data)).toBe('2026');
  });
});
