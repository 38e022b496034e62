// @vitest-environment node
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { BoundariesSchema } from '@/api/boundaries';
import { paths } from '@/api/endpoints';
import {
  ChildMetricSchema,
  DisputesSchema,
  EmploymentSchema,
  EthnicSchema,
  EventsSchema,
  SeriesSchema,
  SummarySchema,
} from '@/api/indicators';
import { MetaSchema } from '@/api/meta';
import { RegionSchema } from '@/api/region';
import { parseExact } from '@/testing/contract';
import { createHandlers } from './handlers';
import { AS_OF, county, sampleRegions, SEED } from './test-fixtures';

const handlers = createHandlers({ size: 'county', seed: SEED, asOf: AS_OF });

async function get(path: string, origin = 'http://localhost'): Promise<{ status: number; body: unknown }> {
  const response = await getResponse(handlers, new Request(`${origin}${path}`));
  if (!response) throw new Error(`unhandled: ${path}`);
  return { status: response.status, body: await response.json() };
}

async function parsed<S extends z.ZodMiniType>(schema: S, path: string): Promise<z.infer<S>> {
  const { status, body } = await get(path);
  expect(status, path).toBe(200);
  return parseExact(schema, body, path);
}

describe('handlers', () => {
  const ds = county();

  it('serve meta that lists every metric, on any origin', async () => {
    const meta = await parsed(MetaSchema, paths.meta());
    expect(meta).toMatchObject({
      rootCode: '532398',
      firstMonth: '2024-12',
      lastMonth: '2026-11',
      lastMonthDays: 22,
      gridCount: 304,
      demo: true,
    });
    expect(meta.metrics.map((m) => m.id)).toEqual(
      expect.arrayContaining(['minorityShare', 'ethnic:07', 'eventCategory:culture', 'disputeCategory:land']),
    );
    expect(meta.ethnicGroups.map((g) => g.code)).toContain('97');
    const other = await get(paths.meta(), 'http://127.0.0.1:45678');
    expect(other.status).toBe(200);
  });

  it('answer every route with a body that parses, for a sample of every level', async () => {
    const metrics = (await parsed(MetaSchema, paths.meta())).metrics.map((m) => m.id);
    for (const node of sampleRegions(ds)) {
      const region = await parsed(RegionSchema, paths.region(node.code));
      expect(region.ancestors.map((a) => a.code)).toEqual(
        Array.from({ length: ['county', 'town', 'community', 'grid'].indexOf(node.level) }, (_, i) =>
          node.code.slice(0, 6 + 3 * i),
        ),
      );
      const boundaries = await parsed(BoundariesSchema, paths.boundaries(node.code));
      expect(boundaries.features.length).toBe(region.children.length);
      for (const period of ['2026-11', '2026-Q2', '2025', '2025-06..2026-02']) {
        const q = `?period=${period}`;
        await parsed(SummarySchema, paths.summary(node.code) + q);
        await parsed(EthnicSchema, paths.ethnic(node.code) + q);
        await parsed(EmploymentSchema, paths.employment(node.code) + q);
        await parsed(EventsSchema, paths.events(node.code) + q);
        await parsed(DisputesSchema, paths.disputes(node.code) + q);
      }
      for (const metric of metrics) {
        await parsed(
          ChildMetricSchema,
          `${paths.childMetric(node.code)}?metric=${encodeURIComponent(metric)}&period=2026`,
        );
      }
      const series = await parsed(
        SeriesSchema,
        `${paths.series(node.code)}?metrics=${encodeURIComponent(metrics.join(','))}&from=2024-01&to=2026-11`,
      );
      expect(series.months).toHaveLength(24);
    }
  });

  it('return every grid of a region with ?level=grid, and buildings below a grid', async () => {
    const all = await parsed(BoundariesSchema, `${paths.boundaries('532398')}?level=grid`);
    expect(all.features).toHaveLength(304);
    const grid = all.features[0]?.properties.code ?? '';
    const buildings = await parsed(BoundariesSchema, paths.boundaries(grid));
    expect(buildings.features.length).toBeGreaterThanOrEqual(8);
    expect(
      buildings.features.every((f) => f.properties.level === 'building' && f.properties.code.startsWith(grid)),
    ).toBe(true);
    const building = await parsed(RegionSchema, paths.region(buildings.features[0]?.properties.code ?? ''));
    expect(building.level).toBe('building');
  });

  it('add up: children sum to their parent for every count', async () => {
    for (const parent of [ds.root, ds.root.children[2]]) {
      if (!parent) continue;
      const q = '?period=2025-03..2026-08';
      const p = await parsed(SummarySchema, paths.summary(parent.code) + q);
      const kids = await Promise.all(parent.children.map((c) => parsed(SummarySchema, paths.summary(c.code) + q)));
      for (const key of [
        'residents',
        'households',
        'grids',
        'gridWorkersPartTime',
        'employed',
        'placements',
        'events',
        'attendances',
      ] as const) {
        expect(
          kids.reduce((s, k) => s + k[key], 0),
          key,
        ).toBe(p[key]);
      }
      expect(kids.reduce((s, k) => s + k.disputeResolution.denominator, 0)).toBe(p.disputeResolution.denominator);
      const pd = await parsed(DisputesSchema, paths.disputes(parent.code) + q);
      const kd = await Promise.all(parent.children.map((c) => parsed(DisputesSchema, paths.disputes(c.code) + q)));
      expect(kd.reduce((s, k) => s + k.resolvedByLevel.grid, 0)).toBe(pd.resolvedByLevel.grid);
      expect(kd.reduce((s, k) => s + k.petitionsAboveCounty, 0)).toBe(pd.petitionsAboveCounty);
      const pe = await parsed(EmploymentSchema, paths.employment(parent.code) + q);
      const ke = await Promise.all(parent.children.map((c) => parsed(EmploymentSchema, paths.employment(c.code) + q)));
      expect(ke.reduce((s, k) => s + k.jobFairs.posts + k.employed.inCounty + k.zeroEmployment.cleared, 0)).toBe(
        pe.jobFairs.posts + pe.employed.inCounty + pe.zeroEmployment.cleared,
      );
      const pv = await parsed(EventsSchema, paths.events(parent.code) + q);
      const kv = await Promise.all(parent.children.map((c) => parsed(EventsSchema, paths.events(c.code) + q)));
      const attendances = (e: typeof pv) => e.categories.reduce((s, c) => s + c.attendances, 0);
      expect(kv.reduce((s, k) => s + attendances(k), 0)).toBe(attendances(pv));
      // Minority attendances add up too, where no child is a unit under 50 residents (withheld).
      const numerator = (e: typeof pv) =>
        'numerator' in e.minorityShareOfAttendances ? e.minorityShareOfAttendances.numerator : null;
      const minority = kv.map(numerator);
      if (!minority.includes(null)) expect(minority.reduce((s, n) => (s ?? 0) + (n ?? 0), 0)).toBe(numerator(pv));
    }
  });

  it('clip a period to the data and report the coverage', async () => {
    const s = await parsed(SummarySchema, `${paths.summary('532398')}?period=2024`);
    expect(s.coverage).toEqual({ period: '2024', from: '2024-12', to: '2024-12', months: 1 });
  });

  it('answer bad input with a Chinese JSON error', async () => {
    const cases: [string, number][] = [
      [paths.region('12345'), 400],
      [paths.region('532398999'), 404],
      [paths.summary('532399'), 404],
      [`${paths.summary('532398')}?period=2019`, 400],
      [`${paths.summary('532398')}?period=2026-13`, 400],
      [`${paths.childMetric('532398')}?metric=nope`, 400],
      [`${paths.childMetric('532398')}?metric=ethnic:99`, 400],
      [paths.childMetric('532398'), 400],
      [`${paths.series('532398')}?metrics=`, 400],
      [`${paths.series('532398')}?metrics=events&from=2026-5`, 400],
      [`${paths.boundaries('532398')}?level=planet`, 400],
      ['/api/v1/nothing', 404],
    ];
    for (const [path, status] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(status);
      expect(res.body, path).toMatchObject({
        error: { code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
      });
    }
  });
});
