// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProtectedBreakdown } from './privacy';
import {
  anyUnreliable,
  complementSingleHidden,
  isSmallCount,
  isSmallUnit,
  isSmallUnitShare,
  isUnreliable,
  MIN_HIDDEN_CELLS,
  MIN_HIDDEN_SUM,
  protectBreakdown,
  safeCount,
  safeMinorityShare,
  safeRate,
  SUPPRESSED_EXPLANATION,
  unreliableRegionsNote,
} from './privacy';

const HAN = '01';

/** Checks every equation of a published breakdown (see the rule in privacy.ts). */
function assertSafe(cells: { key: string; count: number }[], result: ProtectedBreakdown): void {
  const present = cells.filter((c) => c.count > 0);
  for (const g of result.groups) if (typeof g.count === 'number') expect(g.count === 0 || g.count >= 5).toBe(true);
  const check = (equation: { key: string; count: number }[]): void => {
    const hidden = equation.filter((c) => result.hidden.has(c.key));
    if (hidden.length === 0) return;
    expect(hidden.length).toBeGreaterThanOrEqual(MIN_HIDDEN_CELLS);
    expect(hidden.reduce((s, c) => s + c.count, 0)).toBeGreaterThanOrEqual(MIN_HIDDEN_SUM);
  };
  check(present);
  if (typeof result.minority === 'number') {
    expect(result.minority === 0 || result.minority >= 5).toBe(true);
    check(present.filter((c) => c.key !== HAN));
    expect(result.hidden.has(HAN)).toBe(false);
  } else if (present.some((c) => c.key === HAN)) {
    expect(result.hidden.has(HAN)).toBe(true);
  }
  expect(result.groups.map((g) => g.code).sort()).toEqual(present.map((c) => c.key).sort());
}

describe('protectBreakdown', () => {
  it('never publishes 1–4 and always hides ≥2 cells holding ≥10 people per equation', () => {
    const codes = ['01', '03', '06', '07', '14', '16', '18', '20', '97'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 400 })), {
          minLength: codes.length,
          maxLength: codes.length,
        }),
        (counts) => {
          const cells = codes.map((key, i) => ({ key, count: counts[i] ?? 0 }));
          if (cells.reduce((s, c) => s + c.count, 0) < 50) return;
          assertSafe(cells, protectBreakdown(cells, HAN));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('handles the seed case: 123 people of 10 minority groups in 12,000', () => {
    const cells = [
      { key: '01', count: 11877 },
      ...[44, 20, 17, 15, 12, 4, 4, 3, 2, 2].map((count, i) => ({ key: String(i + 2).padStart(2, '0'), count })),
    ];
    const result = protectBreakdown(cells, HAN);
    assertSafe(cells, result);
    expect(result.minority).toBe(123);
  });

  it('hides 汉 together with a minority total of 1–4', () => {
    const cells = [
      { key: '01', count: 200 },
      { key: '07', count: 3 },
    ];
    const result = protectBreakdown(cells, HAN);
    expect(result.minority).toEqual({ suppressed: true, reason: 'small-count' });
    expect(result.hidden.get(HAN)).toBe('complementary');
  });
});

describe('the thresholds', () => {
  it('a unit under 50 residents is small; 1–4 is a small count, 0 and 5 are not; under 20 is unreliable', () => {
    expect([49, 50].map(isSmallUnit)).toEqual([true, false]);
    expect([0, 1, 4, 5].map(isSmallCount)).toEqual([false, true, true, false]);
    expect(isUnreliable({ numerator: 1, denominator: 19, value: 1 / 19 })).toBe(true);
    expect(isUnreliable({ numerator: 1, denominator: 20, value: 0.05 })).toBe(false);
    expect(anyUnreliable([{ suppressed: true, reason: 'small-count' }])).toBe(false);
  });

  it('says the thresholds in its texts', () => {
    expect(SUPPRESSED_EXPLANATION['small-unit']).toBe('该单位常住人口不足 50 人，不公开民族构成');
    expect(SUPPRESSED_EXPLANATION['small-count']).toBe('人数为 1–4，按隐私规则显示为 <5');
    expect(unreliableRegionsNote(3)).toBe('* 3 个区域分母不足 20，数值仅供参考');
  });
});

describe("the client's defence in depth", () => {
  it('withholds counts and numerators of 1–4 a server failed to suppress', () => {
    expect(safeCount(4)).toEqual({ suppressed: true, reason: 'small-count' });
    expect(safeCount(0)).toBe(0);
    expect(safeRate({ numerator: 2, denominator: 300, value: 2 / 300 })).toEqual({
      suppressed: true,
      reason: 'small-count',
    });
    expect(safeMinorityShare(49, { numerator: 20, denominator: 49, value: 20 / 49 })).toEqual({
      suppressed: true,
      reason: 'small-unit',
    });
  });

  it('hides the smallest visible minority group with a lone hidden one, 汉族 only when none is left', () => {
    const hidden = { suppressed: true as const, reason: 'small-count' as const };
    const cells = complementSingleHidden([
      { code: '01', count: 500 },
      { code: '03', count: 40 },
      { code: '06', count: 12 },
      { code: '07', count: hidden },
    ]);
    expect(cells.map((c) => c.count)).toEqual([500, 40, { suppressed: true, reason: 'complementary' }, hidden]);
    const onlyHan = complementSingleHidden([
      { code: '01', count: 500 },
      { code: '07', count: hidden },
    ]);
    expect(onlyHan[0]?.count).toEqual({ suppressed: true, reason: 'complementary' });
  });
});

describe('the small-unit rule across an answer (issue 14.3)', () => {
  it('reads a unit as small from a minority share withheld as small-unit', () => {
    expect(isSmallUnitShare({ suppressed: true, reason: 'small-unit' })).toBe(true);
    expect(isSmallUnitShare({ suppressed: true, reason: 'small-count' })).toBe(false);
    expect(isSmallUnitShare({ numerator: 19, denominator: 191, value: 19 / 191 })).toBe(false);
  });
});
