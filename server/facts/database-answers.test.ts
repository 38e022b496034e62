// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { BoundariesSchema } from '@/api/boundaries';
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
import { createMockAnswers } from '../../mocks/handlers';
import { AS_OF, county, sampleRegions, SEED } from '../../mocks/test-fixtures';
import type { Answers } from '../answers/answers';
import { createAnswers } from '../answers/answers';
import { describeEachDatabase } from '../testing/each-database';
import { databaseFacts } from './database-facts';
import { loadGenerated } from './load-generated';

/**
 * The contract: the demo county written into the database as an import leaves it, answered
 * from the rollups, equals the mock's answers endpoint by endpoint and period by period — and
 * every answer parses with the client's schemas. On PGlite and on PostgreSQL.
 */
const ds = county();
const mock = createMockAnswers({ size: 'county', seed: SEED, asOf: AS_OF });
// Ranges ending on a day: how 同比/环比 ask for the same days as a partial current month.
const PERIODS = [
  null,
  '2026-11',
  '2026-Q3',
  '2026',
  '2025',
  '2025-06..2026-02',
  '2024-12',
  '2025-10..2025-11-22',
  '2026-10..2026-10-22',
];
const METRICS = [
  'minorityShare',
  'ethnic:07',
  'ethnic:24',
  'residents',
  'disputeResolutionRate',
  'resolvedInGrid',
  'placementsPer1000',
  'attendancesPer1000',
  'eventCategory:culture',
  'disputeCategory:land',
  'events',
];

/** Both answers, or both errors with the same status and code. */
async function same<T>(schema: z.ZodMiniType<T>, a: () => Promise<T>, b: () => Promise<T>, what: string) {
  const settle = async (f: () => Promise<T>) =>
    f().then(
      (value) => ({ value }),
      (error: { status?: number; code?: string }) => ({ error: `${error.status} ${error.code}` }),
    );
  const [db, expected] = await Promise.all([settle(a), settle(b)]);
  expect(db, what).toEqual(expected);
  // Parses with the client's schemas and carries no field docs/api.md does not name.
  if ('value' in db) parseExact(schema, db.value, what);
}

describeEachDatabase('database answers = mock answers (demo county)', (t) => {
  let answers: Answers;
  beforeAll(async () => {
    await loadGenerated(t().db, ds, { asOf: AS_OF });
    answers = createAnswers(databaseFacts(t().db));
  }, 240_000);

  it('meta', async () => {
    await same(
      MetaSchema,
      () => answers.meta(),
      () => mock.meta(),
      'meta',
    );
  });

  it('regions and boundaries (buildings are not imported: grids are left out)', async () => {
    for (const node of sampleRegions(ds).filter((n) => n.level !== 'grid')) {
      await same(
        RegionSchema,
        () => answers.region(node.code),
        () => mock.region(node.code),
        node.code,
      );
      for (const level of [null, 'grid', 'community']) {
        await same(
          BoundariesSchema,
          () => answers.boundaries(node.code, level),
          () => mock.boundaries(node.code, level),
          `${node.code} boundaries ${level}`,
        );
      }
    }
  });

  it('indicators of every sampled region, period by period', async () => {
    for (const node of sampleRegions(ds)) {
      for (const period of [...PERIODS, '2019', '2026-13']) {
        const what = `${node.code} ${period}`;
        await same(
          SummarySchema,
          () => answers.summary(node.code, period),
          () => mock.summary(node.code, period),
          what,
        );
        await same(
          EthnicSchema,
          () => answers.ethnic(node.code, period),
          () => mock.ethnic(node.code, period),
          what,
        );
        await same(
          EmploymentSchema,
          () => answers.employment(node.code, period),
          () => mock.employment(node.code, period),
          what,
        );
        await same(
          EventsSchema,
          () => answers.events(node.code, period),
          () => mock.events(node.code, period),
          what,
        );
        await same(
          DisputesSchema,
          () => answers.disputes(node.code, period),
          () => mock.disputes(node.code, period),
          what,
        );
      }
    }
  }, 120_000);

  it('children metrics (and every grid at once) and series', async () => {
    for (const node of sampleRegions(ds)) {
      for (const metric of METRICS) {
        for (const period of [null, '2026-Q3', '2025-06..2026-02']) {
          const what = `${node.code} ${metric} ${period}`;
          await same(
            ChildMetricSchema,
            () => answers.childMetric(node.code, metric, period, null),
            () => mock.childMetric(node.code, metric, period, null),
            what,
          );
        }
        await same(
          ChildMetricSchema,
          () => answers.childMetric(node.code, metric, '2026', 'grid'),
          () => mock.childMetric(node.code, metric, '2026', 'grid'),
          `${node.code} ${metric} level=grid`,
        );
      }
      await same(
        SeriesSchema,
        () => answers.series(node.code, METRICS.join(','), null, null),
        () => mock.series(node.code, METRICS.join(','), null, null),
        `${node.code} series`,
      );
    }
  }, 180_000);

  it('errors alike: unknown and malformed codes, unknown metrics', async () => {
    await same(
      SummarySchema,
      () => answers.summary('532398999', null),
      () => mock.summary('532398999', null),
      '404',
    );
    await same(
      SummarySchema,
      () => answers.summary('53239', null),
      () => mock.summary('53239', null),
      '400',
    );
    const m = () => answers.childMetric(ds.root.code, 'salary', null, null);
    await expect(m()).rejects.toMatchObject({ status: 400, code: 'unknown-metric' });
  });
});
