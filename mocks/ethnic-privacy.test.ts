// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Ethnic } from '@/api/indicators';
import { resolvePeriod } from './aggregate';
import { buildChildMetric } from './responses/child-metric';
import { buildEthnic } from './responses/indicators';
import { metricValue } from './responses/metrics';
import { allRegions, county } from './test-fixtures';

// The rule itself is src/lib/privacy.ts (tested there); these check the mock API applies it.
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
