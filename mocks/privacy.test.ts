// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ethnic } from '@/api/indicators';
import { resolvePeriod } from './aggregate';
import type { ProtectedBreakdown } from './privacy';
import { MIN_HIDDEN_CELLS, MIN_HIDDEN_SUM, protectBreakdown } from './privacy';
import { buildChildMetric } from './responses/child-metric';
import { buildEthnic } from './responses/indicators';
import { metricValue } from './responses/metrics';
import { allRegions, county } from './test-fixtures';

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

describe('ethnic responses over the whole county', () => {
  const ds = county();
  const w = resolvePeriod(ds, null);

  it('apply the rule in every region; units under 50 get no breakdown', () => {
    let hiddenSomewhere = 0;
    let smallUnits = 0;
    for (const node of allRegions(ds.root)) {
      const body: Ethnic = buildEthnic(ds, node, w);
      if (body.residents < 50) {
        smallUnits++;
        expect(body.breakdown).toEqual({ suppressed: true, reason: 'small-unit' });
        continue;
      }
      expect('groups' in body.breakdown).toBe(true);
      if (!('groups' in body.breakdown)) continue;
      const hidden = body.breakdown.groups.filter((g) => typeof g.count !== 'number');
      for (const g of body.breakdown.groups) if (typeof g.count === 'number') expect(g.count).toBeGreaterThanOrEqual(5);
      if (hidden.length > 0) {
        hiddenSomewhere++;
        expect(hidden.length).toBeGreaterThanOrEqual(2);
      }
    }
    expect(smallUnits).toBeGreaterThan(0);
    expect(hiddenSomewhere).toBeGreaterThan(10);
  });

  it('suppress ethnic:<code> children values by the same rule, across the row too', () => {
    for (const parent of allRegions(ds.root).filter((n) => n.level !== 'grid')) {
      for (const metric of ['minorityShare', 'ethnic:24', 'ethnic:97', 'ethnic:06']) {
        const body = buildChildMetric(ds, parent, metric, w);
        const hidden = body.values.filter((v) => 'suppressed' in v.value);
        for (const v of body.values) {
          if ('suppressed' in v.value) continue;
          expect(v.value.numerator === 0 || v.value.numerator >= 5).toBe(true);
        }
        const parentPublished = !('suppressed' in metricValue(ds, parent, metric, w.start, w.end));
        if (hidden.length > 0 && parentPublished) expect(hidden.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
