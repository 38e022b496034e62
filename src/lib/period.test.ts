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
  isVeryYoung,
  lastMonthWeight,
  openingPeriod,
  partialMonth,
  periodLastDay,
  spanEndDay,
  trendLabel,
  YOUNG_PERIOD_DAYS,
  youngPeriodNote,
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
    expect(c.previous).toMatchObject({ name: '环比', period: '2026-Q2', lastDay: null, label: '上期 2026年第2季度' });
    expect(c.yearAgo).toMatchObject({
      name: '同比',
      period: '2025-Q3',
      lastDay: null,
      label: '上年同期 2025年第3季度',
    });
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

  it('compares a month still running with the same days of the month before and a year before', () => {
    const c = comparePeriods('2026-11', partial);
    expect(c.current).toMatchObject({ partialDays: 22, label: '2026年11月（截至11月22日）' });
    expect(c.previous).toMatchObject({
      period: '2026-10..2026-10-22',
      lastDay: 22,
      label: '上期 2026年10月1日—10月22日',
      basis: '环比：2026年10月1日—10月22日',
      note: '10月件数、人数按 22/31 天折算（月度数据）',
    });
    expect(c.yearAgo).toMatchObject({ period: '2025-11..2025-11-22', basis: '同比：2025年11月1日—11月22日' });
  });

  it('compares year-to-date ending on 1 December with 1 January – 1 December last year, not the whole year', () => {
    const dec1: DataRange = { firstMonth: '2024-12', lastMonth: '2026-12', lastMonthDays: 1 };
    const c = comparePeriods('2026', dec1);
    expect(c.current.label).toBe('2026年（截至12月1日）');
    expect(c.yearAgo).toMatchObject({
      period: '2025-01..2025-12-01',
      span: { from: '2025-01', to: '2025-12' },
      lastDay: 1,
      label: '上年同期 2025年1月1日—12月1日',
      basis: '同比：2025年1月1日—12月1日',
    });
    // The API counts that period as January–November plus 1/31 of December.
    expect(parsePeriod(c.yearAgo!.period)).toEqual({ from: '2025-01', to: '2025-12' });
    expect(periodLastDay(c.yearAgo!.period)).toBe(1);
    expect(lastMonthWeight('2025-12', 1, dec1)).toBeCloseTo(1 / 31, 10);
    expect(formatPeriod(c.yearAgo!.period)).toBe('2025年1月1日—12月1日');
  });

  it('ends a quarter to date in a partial month on the same day of the shifted quarter', () => {
    const c = comparePeriods('2026-Q4', partial);
    expect(c.yearAgo?.period).toBe('2025-10..2025-11-22');
    expect(c.previous?.period).toBe('2026-07..2026-08-22');
    expect(c.previous?.basis).toBe('环比：2026年7月1日—8月22日');
  });

  it('names a complete comparison by its period, and a span of whole months by its days', () => {
    expect(comparePeriods('2026-Q3', complete).yearAgo?.basis).toBe('同比：2025年第3季度');
    expect(comparePeriods('2026', complete).yearAgo?.basis).toBe('同比：2025年1月1日—11月30日');
  });

  it('handles a leap February: the same days of a shorter February are all of it', () => {
    const leap: DataRange = { firstMonth: '2026-01', lastMonth: '2028-02', lastMonthDays: 29 };
    const full = comparePeriods('2028-02', leap);
    expect(full.current.partialDays).toBeNull();
    expect(full.yearAgo?.period).toBe('2027-02');

    const early: DataRange = { firstMonth: '2026-01', lastMonth: '2028-03', lastMonthDays: 29 };
    // 29 March days against a 29-day leap February: all of it.
    expect(comparePeriods('2028-03', early).previous).toMatchObject({ period: '2028-02', lastDay: null });
    const partialFeb: DataRange = { firstMonth: '2026-01', lastMonth: '2028-02', lastMonthDays: 28 };
    const c = comparePeriods('2028-02', partialFeb);
    expect(c.current.partialDays).toBe(28);
    // All 28 days of February 2027; 28 of the 31 days of January 2028.
    expect(c.yearAgo).toMatchObject({ period: '2027-02', lastDay: null, note: '' });
    expect(c.previous).toMatchObject({ period: '2028-01..2028-01-28', lastDay: 28 });
  });

  it('weighs a day-ended last month by the days the data holds for it', () => {
    expect(lastMonthWeight('2025-12', null, partial)).toBe(1);
    expect(lastMonthWeight('2026-10', 22, partial)).toBeCloseTo(22 / 31, 10);
    // The data's own partial month holds 22 days: asking for 22 (or more) is all of it.
    expect(lastMonthWeight('2026-11', 22, partial)).toBe(1);
    expect(lastMonthWeight('2026-11', 11, partial)).toBeCloseTo(0.5, 10);
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

describe('spanEndDay', () => {
  const dec1: DataRange = { firstMonth: '2024-12', lastMonth: '2026-12', lastMonthDays: 1 };
  it('dates a stock on the last day the span counts: the month end, or the data’s last day', () => {
    expect(spanEndDay(comparePeriods('2026-Q3', dec1).current)).toBe('9月30日');
    expect(spanEndDay(comparePeriods('2026', dec1).current)).toBe('12月1日');
    expect(spanEndDay(comparePeriods('2025-02', dec1).current)).toBe('2月28日');
  });
});

describe('period grammar and the URL check', () => {
  const data = { firstMonth: '2024-01', lastMonth: '2026-11', lastMonthDays: 30 };

  it('parses each form and refuses malformed or backwards periods', () => {
    expect(parsePeriod('2026-Q2')).toEqual({ from: '2026-04', to: '2026-06' });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(parsePeriod('2026-06..2026-01')).toBeNull();
    expect(parsePeriod('2025-01..2025-12-01')).toEqual({ from: '2025-01', to: '2025-12' });
    expect(parsePeriod('2025-01..2025-02-30')).toBeNull();
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
    // A range ending on a day is how comparisons ask the API; it is not a view of its own.
    expect(checkPeriod('2025-01..2025-12-01', data).ok).toBe(false);
    expect(defaultPeriod(data)).toBe('2026');
  });
});

describe('very young periods and the running month (issue 14.2)', () => {
  const dec1: DataRange = { firstMonth: '2024-12', lastMonth: '2026-12', lastMonthDays: 1 };
  const jan3: DataRange = { firstMonth: '2024-12', lastMonth: '2027-01', lastMonthDays: 3 };
  const dec9: DataRange = { ...dec1, lastMonthDays: 9 };

  it('calls a period with fewer than 7 days of data very young', () => {
    expect(YOUNG_PERIOD_DAYS).toBe(7);
    expect(isVeryYoung('2026-12', dec1)).toBe(true);
    expect(isVeryYoung('2026-Q4', dec1)).toBe(false);
    expect(isVeryYoung('2026', dec1)).toBe(false);
    expect(isVeryYoung('2026-12', dec9)).toBe(false);
    expect(isVeryYoung('2027', jan3)).toBe(true);
    expect(isVeryYoung('2027-Q1', jan3)).toBe(true);
  });

  it('opens each kind with its newest period, or the last complete one when that is very young', () => {
    expect(openingPeriod('month', dec1)).toEqual({ period: '2026-11', skipped: '2026-12' });
    expect(openingPeriod('quarter', dec1)).toEqual({ period: '2026-Q4', skipped: null });
    expect(openingPeriod('year', dec1)).toEqual({ period: '2026', skipped: null });
    expect(openingPeriod('month', dec9)).toEqual({ period: '2026-12', skipped: null });
    expect(openingPeriod('quarter', jan3)).toEqual({ period: '2026-Q4', skipped: '2027-Q1' });
    expect(defaultPeriod(jan3)).toBe('2026');
    expect(defaultPeriod(dec1)).toBe('2026');
  });

  it('says in the header which period was stepped over', () => {
    expect(youngPeriodNote('2026-11', dec1)).toBe('2026年12月仅有1天数据（截至12月1日），显示上一个完整月份');
    expect(youngPeriodNote('2026', jan3)).toBe('2027年仅有3天数据（截至1月3日），显示上一个完整年份');
    expect(youngPeriodNote('2026-10', dec1)).toBeNull();
    expect(youngPeriodNote('2026', dec1)).toBeNull();
  });

  it('names the running month and says so at the end of a trend', () => {
    expect(partialMonth(dec1)).toEqual({ month: '2026-12', days: 1, label: '截至12月1日' });
    expect(partialMonth({ ...dec1, lastMonthDays: 31 })).toBeNull();
    expect(trendLabel({ from: '2025-12', to: '2026-12' }, dec1)).toBe('2025年12月–2026年12月（截至12月1日）');
    expect(trendLabel({ from: '2025-11', to: '2026-11' }, dec1)).toBe('2025年11月–2026年11月');
  });
});
