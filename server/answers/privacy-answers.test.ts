// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Ethnic, MetricValue } from '@/api/indicators';
import { createMockAnswers } from '../../mocks/handlers';
import { allRegions, AS_OF, county, SEED } from '../../mocks/test-fixtures';

/** The privacy rule as the answer layer applies it, over every region of the demo county. */
describe('ethnic answers over the whole county', () => {
  const ds = county();
  const answers = createMockAnswers({ size: 'county', seed: SEED, asOf: AS_OF });

  it('apply the rule in every region; units under 50 get no breakdown', async () => {
    let hiddenSomewhere = 0;
    let smallUnits = 0;
    for (const node of allRegions(ds.root)) {
      const body: Ethnic = await answers.ethnic(node.code, null);
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

  it('withhold attendances’ minority figures of a unit under 50 residents, like its breakdown (issue 14.3)', async () => {
    let smallUnits = 0;
    for (const node of allRegions(ds.root)) {
      const [ethnic, events] = await Promise.all([
        answers.ethnic(node.code, '2026'),
        answers.events(node.code, '2026'),
      ]);
      const small = ethnic.residents < 50;
      const withheld = { suppressed: true, reason: 'small-unit' };
      if (small) {
        smallUnits++;
        expect(events.minorityShareOfAttendances).toEqual(withheld);
        expect(events.minorityShareOfResidents).toEqual(withheld);
        expect(events.minorityCoverage).toEqual(withheld);
        for (const c of events.categories) expect(c.minorityAttendances).toEqual(withheld);
      } else {
        expect('numerator' in events.minorityShareOfAttendances).toBe(true);
      }
    }
    expect(smallUnits).toBeGreaterThan(0);
  });

  /** Whether the parent's own cell of a metric is published (its own ethnic answer says). */
  async function parentPublished(code: string, metric: string): Promise<boolean> {
    const { breakdown } = await answers.ethnic(code, null);
    if ('suppressed' in breakdown) return false;
    if (metric === 'minorityShare') return !('suppressed' in breakdown.minorityShare);
    const group = breakdown.groups.find((g) => g.code === metric.slice(7));
    return !group || typeof group.count === 'number';
  }

  it('suppress ethnic:<code> children values by the same rule, across the row too', async () => {
    for (const parent of allRegions(ds.root).filter((n) => n.level !== 'grid')) {
      for (const metric of ['minorityShare', 'ethnic:24', 'ethnic:97', 'ethnic:06']) {
        const body = await answers.childMetric(parent.code, metric, null, null);
        const hidden = body.values.filter((v) => 'suppressed' in v.value);
        for (const { value } of body.values) {
          if ('suppressed' in value) continue;
          const v: Exclude<MetricValue, { suppressed: true }> = value;
          expect(v.numerator === 0 || v.numerator >= 5).toBe(true);
        }
        if (hidden.length > 0 && (await parentPublished(parent.code, metric))) {
          expect(hidden.length).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });
});
