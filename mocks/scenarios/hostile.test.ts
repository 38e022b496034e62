// @vitest-environment node
import { getResponse } from 'msw';
import { z } from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoundariesSchema } from '@/api/boundaries';
import { DisputesSchema, EmploymentSchema, EthnicSchema } from '@/api/indicators';
import { MetaSchema } from '@/api/meta';
import { RegionSchema } from '@/api/region';
import { checkBoundaries } from '@/features/map/geometry-checks';
import { createHandlers } from '../handlers';
import type { RunningMockApi } from '../server';
import { parseArgs, startMockApiServer } from '../server';
import { AS_OF, SEED } from '../test-fixtures';
import { createHostileScenario } from './hostile';
import { XSS_IMG, XSS_SCRIPT } from './hostile-data';

interface ScenarioState {
  name: string;
  codes: { root: string; errorTown: string; swappedTown: string } | null;
  log: { endpoint: string; status: number; at: number }[];
}

describe('hostile scenario over HTTP', () => {
  let api: RunningMockApi;
  let codes: NonNullable<ScenarioState['codes']>;
  const get = (path: string) => fetch(`${api.url}/api/v1/${path}`);
  const state = async (): Promise<ScenarioState> =>
    (await (await fetch(`${api.url}/__control/scenario`)).json()) as ScenarioState;

  beforeAll(async () => {
    api = await startMockApiServer({ port: 0, seed: SEED, asOf: AS_OF });
  });
  afterAll(() => api.close());

  it('is off by default and switched on by POST /__control/scenario', async () => {
    expect((await state()).name).toBe('healthy');
    expect(z.parse(MetaSchema, await (await get('meta')).json()).datasetName).not.toContain('<');
    const bad = await fetch(`${api.url}/__control/scenario`, { method: 'POST', body: '{"name":"evil"}' });
    expect(bad.status).toBe(400);
    const on = await fetch(`${api.url}/__control/scenario`, { method: 'POST', body: '{"name":"hostile"}' });
    const body = (await on.json()) as ScenarioState;
    expect(body.name).toBe('hostile');
    codes = body.codes!;
  });

  it('serves markup in names that still parse (the client must render them as text)', async () => {
    const meta = z.parse(MetaSchema, await (await get('meta')).json());
    expect(meta.datasetName).toContain(XSS_SCRIPT);
    expect(meta.ethnicGroups.some((g) => g.name.includes(XSS_IMG))).toBe(true);
    const region = z.parse(RegionSchema, await (await get(`regions/${codes.root}`)).json());
    expect(region.name).toContain(XSS_IMG);
    expect(region.children.map((c) => c.name.length)).toContain(200);
  });

  it('serves root boundaries that parse but carry four kinds of undrawable geometry, and one the client repairs', async () => {
    const region = z.parse(RegionSchema, await (await get(`regions/${codes.root}`)).json());
    const fc = z.parse(BoundariesSchema, await (await get(`regions/${codes.root}/boundaries`)).json());
    const checked = checkBoundaries(fc, region.bbox);
    expect(checked.problems.map((p) => p.kind).sort()).toEqual(
      ['too-few-points', 'not-a-child', 'outside-parent', 'zero-area'].sort(),
    );
    expect(checked.repaired.map((r) => r.repairs)).toContainEqual(['hole-outside']);
    expect(checked.drawable.features.length).toBeGreaterThan(0);
  });

  it('breaks some root endpoints and leaves the others healthy', async () => {
    expect(z.safeParse(EthnicSchema, await (await get(`regions/${codes.root}/ethnic`)).json()).success).toBe(false);
    expect(z.safeParse(DisputesSchema, await (await get(`regions/${codes.root}/disputes`)).json()).success).toBe(false);
    expect((await get(`regions/${codes.root}/events`)).status).toBe(401);
    expect(z.safeParse(EmploymentSchema, await (await get(`regions/${codes.root}/employment`)).json()).success).toBe(
      true,
    );
    expect((await get(`regions/${codes.root}/summary`)).status).toBe(200);
  });

  it('answers the error town with 403, 429 + Retry-After (twice), 500, 404 and a truncated body', async () => {
    const t = codes.errorTown;
    expect((await get(`regions/${t}/ethnic`)).status).toBe(403);
    const limited = await get(`regions/${t}/employment`);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);
    expect((await get(`regions/${t}/employment`)).status).toBe(429);
    expect((await get(`regions/${t}/employment`)).status).toBe(200);
    expect((await get(`regions/${t}/events`)).status).toBe(500);
    expect((await get(`regions/${t}/children-metric?metric=residents`)).status).toBe(404);
    const truncated = await get(`regions/${t}/disputes`);
    expect(truncated.status).toBe(200);
    const text = await truncated.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect((await state()).log.filter((e) => e.status === 429)).toHaveLength(2);
  });

  it('streams a huge boundaries body with an honest Content-Length, and stops when the client goes', async () => {
    const res = await get(`regions/${codes.errorTown}/boundaries`);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(64 * 1024 * 1024);
    await res.body?.cancel();
  });

  it('gives up a slow answer when the client stops waiting', async () => {
    const started = Date.now();
    await expect(
      fetch(`${api.url}/api/v1/regions/${codes.errorTown}/summary`, { signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('serves swapped longitude/latitude that the schema rejects by field', async () => {
    const parsed = z.safeParse(BoundariesSchema, await (await get(`regions/${codes.swappedTown}/boundaries`)).json());
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toMatch(/^features\.0\.geometry\.coordinates/);
  });

  it('reads --scenario', () => {
    expect(parseArgs(['--scenario', 'hostile'], {}).scenario).toBe('hostile');
    expect(parseArgs([], {}).scenario).toBe('healthy');
    expect(() => parseArgs(['--scenario', 'evil'], {})).toThrow();
  });
});

describe('hostile scenario handlers', () => {
  it('build a complete huge body of valid JSON, and answer slowly after the delay', async () => {
    const scenario = createHostileScenario({ seed: SEED, asOf: AS_OF, slowMs: 50, hugeBytes: 300_000 });
    const handlers = [...scenario.handlers, ...createHandlers({ seed: SEED, asOf: AS_OF })];
    const huge = await getResponse(
      handlers,
      new Request(`http://x/api/v1/regions/${scenario.codes.errorTown}/boundaries`),
    );
    const text = await huge!.text();
    expect(new TextEncoder().encode(text).length).toBe(Number(huge!.headers.get('content-length')));
    expect(z.safeParse(BoundariesSchema, JSON.parse(text)).success).toBe(true);
    const started = Date.now();
    const slow = await getResponse(
      handlers,
      new Request(`http://x/api/v1/regions/${scenario.codes.errorTown}/summary`),
    );
    expect(slow!.status).toBe(504);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
