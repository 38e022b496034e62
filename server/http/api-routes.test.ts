// @vitest-environment node
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '@/api/endpoints';
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
import { getDataset } from '../../mocks/generator/dataset';
import { generatorFacts } from '../../mocks/generator-facts';
import { AS_OF, SEED } from '../../mocks/test-fixtures';
import { createAnswers } from '../answers/answers';
import type { FactsSource } from '../answers/facts-source';
import { apiRoutes } from './api-routes';

/** The generator's facts, counting every read that would be a query on a database. */
function countingFacts(): { facts: FactsSource; reads: string[] } {
  const inner = generatorFacts(() => getDataset({ size: 'county', seed: SEED, asOf: AS_OF }));
  const reads: string[] = [];
  const facts: FactsSource = {
    dataset: () => inner.dataset(),
    region: (code) => (reads.push('region'), inner.region(code)),
    gridParents: (code) => (reads.push('gridParents'), inner.gridParents(code)),
    boundaries: (code, level) => (reads.push('boundaries'), inner.boundaries(code, level)),
    rows: (codes, from, to) => (reads.push('rows'), inner.rows(codes, from, to)),
    ethnic: (codes, month) => (reads.push('ethnic'), inner.ethnic(codes, month)),
    ethnicSeries: (code, from, to) => (reads.push('ethnicSeries'), inner.ethnicSeries(code, from, to)),
  };
  return { facts, reads };
}

describe('apiRoutes (Fastify plugin over the answer layer)', () => {
  let app: FastifyInstance;
  const { facts, reads } = countingFacts();
  const town = '532398101';

  beforeAll(async () => {
    app = Fastify();
    await app.register(apiRoutes, { answers: createAnswers(facts) });
    await app.ready();
  });
  afterAll(() => app.close());

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

  it('answers docs/api.md bodies that parse with the client schemas', async () => {
    const meta = MetaSchema.parse((await get(paths.meta())).json());
    expect(meta.rootCode).toBe('532398');
    const summary = await get(`${paths.summary(town)}?period=2026-Q3`);
    expect(summary.statusCode).toBe(200);
    expect(summary.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(SummarySchema.parse(summary.json()).coverage).toMatchObject({ from: '2026-07', to: '2026-09', months: 3 });
    const cm = ChildMetricSchema.parse((await get(`${paths.childMetric(town)}?metric=ethnic:07&period=2026`)).json());
    expect(cm.values.length).toBeGreaterThan(1);
    const series = SeriesSchema.parse((await get(`${paths.series(town)}?metrics=events,minorityShare`)).json());
    expect(series.months).toHaveLength(24);
  });

  it('answers exactly the fields docs/api.md names, on every endpoint (the client tolerates more; we send none)', async () => {
    const q = '?period=2026-Q3';
    const cases: [string, z.ZodMiniType][] = [
      [paths.meta(), MetaSchema],
      [paths.region(town), RegionSchema],
      [paths.boundaries(town), BoundariesSchema],
      [paths.summary(town) + q, SummarySchema],
      [paths.ethnic(town) + q, EthnicSchema],
      [paths.employment(town) + q, EmploymentSchema],
      [paths.events(town) + q, EventsSchema],
      [paths.disputes(town) + q, DisputesSchema],
      [`${paths.childMetric(town)}?metric=ethnic:07&period=2026`, ChildMetricSchema],
      [`${paths.series(town)}?metrics=events,minorityShare`, SeriesSchema],
    ];
    for (const [url, schema] of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      parseExact(schema, res.json(), url);
    }
  });

  it('sends an ETag and answers 304 to If-None-Match without reading facts', async () => {
    const url = `${paths.disputes(town)}?period=2026-10`;
    const first = await get(url);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    reads.length = 0;
    const again = await get(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(reads).toEqual([]);
    const other = await get(`${paths.disputes(town)}?period=2026-09`);
    expect(other.headers.etag).not.toBe(etag);
    expect((await get(url, { 'if-none-match': `W/"x", ${etag}` })).statusCode).toBe(304);
  });

  it("reads a region's series of 24 months in one read of rows and one of residents", async () => {
    reads.length = 0;
    const res = await get(`${paths.series('532398102')}?metrics=minorityShare,attendancesPer1000`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as { months: string[] }).months).toHaveLength(24);
    expect(reads.filter((r) => r === 'rows' || r.startsWith('ethnic')).sort()).toEqual(['ethnicSeries', 'rows']);
  });

  // Each malformed parameter: a 400 with the error body naming it, and no facts read.
  const bad: [string, string, string, string][] = [
    ['code with letters', paths.summary('53239a'), 'bad-code', '区划代码'],
    ['code of 7 digits', paths.region('5323981'), 'bad-code', '区划代码'],
    ['code with markup', paths.ethnic('<img src=x>'), 'bad-code', '区划代码'],
    ['month 13', `${paths.summary(town)}?period=2026-13`, 'bad-period', '统计期'],
    ['quarter 5', `${paths.events(town)}?period=2026-Q5`, 'bad-period', '统计期'],
    ['reversed range', `${paths.employment(town)}?period=2026-06..2026-01`, 'bad-period', '统计期'],
    ['SQL in period', `${paths.disputes(town)}?period=2026'%20OR%201=1`, 'bad-period', '统计期'],
    ['period outside the data', `${paths.summary(town)}?period=2019`, 'period-out-of-range', '不在数据范围内'],
    ['missing metric', paths.childMetric(town), 'missing-metric', 'metric'],
    ['unknown metric', `${paths.childMetric(town)}?metric=salary`, 'unknown-metric', '未知指标'],
    ['unknown ethnic code', `${paths.childMetric(town)}?metric=ethnic:99`, 'unknown-metric', '未知指标'],
    ['bad children level', `${paths.childMetric(town)}?metric=events&level=town`, 'bad-level', 'level'],
    ['bad boundaries level', `${paths.boundaries(town)}?level=country`, 'bad-level', 'level'],
    ['grid level for a grid', `${paths.childMetric('532398101001001')}?metric=events&level=town`, 'bad-level', 'level'],
    ['series without metrics', paths.series(town), 'missing-metrics', 'metrics'],
    ['series bad from', `${paths.series(town)}?metrics=events&from=2026-1`, 'bad-month', 'from'],
    ['series reversed', `${paths.series(town)}?metrics=events&from=2026-05&to=2026-01`, 'bad-range', '晚于'],
    ['period twice', `${paths.summary(town)}?period=2026&period=2025`, 'repeated-parameter', 'period'],
  ];
  it.each(bad)('rejects %s with a 400 naming it, before reading any facts', async (_, url, code, words) => {
    reads.length = 0;
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers.etag).toBeUndefined();
    const body = res.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toContain(words);
    expect(body.error.message).not.toContain('<img');
    expect(reads).toEqual([]);
  });

  it('answers 404 for an unknown region, endpoint or building statistics, 405 for writes', async () => {
    expect((await get(paths.summary('532398999'))).json()).toMatchObject({ error: { code: 'not-found' } });
    expect((await get(paths.summary('532398999'))).statusCode).toBe(404);
    const nowhere = await get('/api/v1/nowhere');
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json()).toMatchObject({ error: { code: 'no-such-endpoint' } });
    const post = await app.inject({ method: 'POST', url: paths.meta() });
    expect(post.statusCode).toBe(405);
    expect(post.json()).toMatchObject({ error: { code: 'method-not-allowed' } });
  });
});
