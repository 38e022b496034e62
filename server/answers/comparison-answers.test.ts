// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DisputesSchema, EventsSchema, SummarySchema } from '@/api/indicators';
import { comparePeriods } from '@/lib/period';
import { getDataset } from '../../mocks/generator/dataset';
import { createMockAnswers } from '../../mocks/handlers';
import { allRegions, SEED } from '../../mocks/test-fixtures';

/**
 * A comparison with a current span that ends in a partial month asks for the same days
 * (`2025-01..2025-12-01`, comparePeriods): full months, plus the last month's flows
 * pro-rated to those days; stocks are end values (docs/api.md "Periods").
 */
describe('answers for a period that ends on a day', () => {
  const answers = createMockAnswers({ size: 'county', seed: SEED, asOf: '2026-12-01T12:00:00Z' });

  it('count January–November and 1/31 of December for 2025-01..2025-12-01', async () => {
    const meta = await answers.meta();
    expect(meta).toMatchObject({ lastMonth: '2026-12', lastMonthDays: 1 });
    const period = comparePeriods('2026', meta).yearAgo?.period;
    expect(period).toBe('2025-01..2025-12-01');
    const root = meta.rootCode;
    const [same, months, december] = await Promise.all([
      answers.employment(root, period!),
      answers.employment(root, '2025-01..2025-11'),
      answers.employment(root, '2025-12'),
    ]);
    expect(same.coverage).toEqual({ period, from: '2025-01', to: '2025-12', months: 12 });
    const total = (p: typeof same.placements) => p.outOfProvince + p.inProvince + p.inCounty;
    expect(total(same.placements)).toBe(total(months.placements) + Math.round(total(december.placements) / 31));
    for (const k of ['outOfProvince', 'inProvince', 'inCounty'] as const) {
      // Apportioned whole numbers: each cell is its 1/31 rounded down or up.
      const part = same.placements[k] - months.placements[k];
      expect(part).toBeGreaterThanOrEqual(Math.floor(december.placements[k] / 31));
      expect(part).toBeLessThanOrEqual(Math.ceil(december.placements[k] / 31));
      // A stock is the end value of the last month.
      expect(same.employed[k]).toBe(december.employed[k]);
    }
    const whole = await answers.employment(root, '2025');
    expect(same.placements.inCounty).toBeLessThan(whole.placements.inCounty);
  });

  it('parse with the client schemas in every region: whole numbers, no part above its whole', async () => {
    const ds = getDataset({ size: 'county', seed: SEED, asOf: '2026-12-01T12:00:00Z' });
    for (const node of allRegions(ds.root)) {
      for (const period of ['2025-12..2025-12-01', '2025-10..2025-12-01']) {
        const d = DisputesSchema.parse(await answers.disputes(node.code, period));
        const levels = Object.values(d.resolvedByLevel).reduce((a, b) => a + b, 0);
        expect(d.categories.reduce((a, c) => a + c.resolved, 0)).toBeLessThanOrEqual(levels);
        for (const c of d.categories) expect(c.resolved).toBeLessThanOrEqual(c.registered);
        const ev = EventsSchema.parse(await answers.events(node.code, period));
        for (const c of ev.categories) {
          // A unit under 50 residents withholds them (small-unit): nothing to compare.
          if (typeof c.minorityAttendances === 'number')
            expect(c.minorityAttendances).toBeLessThanOrEqual(c.attendances);
        }
        SummarySchema.parse(await answers.summary(node.code, period));
      }
    }
  });

  it('refuse a day the month does not have', async () => {
    const root = (await answers.meta()).rootCode;
    await expect(answers.summary(root, '2025-02..2025-02-30')).rejects.toMatchObject({ status: 400 });
  });
});
