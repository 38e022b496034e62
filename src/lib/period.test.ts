import { describe, expect, it } from 'vitest';
import { addMonths, formatPeriod, periodKind, periodMonths } from './period';

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
  });

  it('labels periods in Chinese', () => {
    expect(formatPeriod('2026-05')).toBe('2026年5月');
    expect(formatPeriod('2026-Q3')).toBe('2026年第3季度');
    expect(formatPeriod('2026')).toBe('2026年');
    expect(formatPeriod('2026-01..2026-06')).toBe('2026年1月–2026年6月');
  });
});
