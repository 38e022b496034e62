// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetaSchema } from '@/api/meta';
import type { RunningMockApi } from './server';
import { parseArgs, startMockApiServer } from './server';
import { AS_OF, SEED } from './test-fixtures';

describe('mock API over HTTP', () => {
  let api: RunningMockApi;
  beforeAll(async () => {
    api = await startMockApiServer({ port: 0, seed: SEED, asOf: AS_OF });
  });
  afterAll(() => api.close());

  it('serves the API with CORS headers', async () => {
    const res = await fetch(`${api.url}/api/v1/meta`, {
      headers: { Origin: 'http://localhost:4173', Authorization: 'Bearer x' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    expect(MetaSchema.safeParse(await res.json()).success).toBe(true);
  });

  it('answers a CORS preflight that asks for Authorization', async () => {
    const res = await fetch(`${api.url}/api/v1/regions/532398`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });

  it('answers 503 for every API request while the outage switch is on', async () => {
    const on = await fetch(`${api.url}/__control/outage`, { method: 'POST', body: JSON.stringify({ on: true }) });
    expect(await on.json()).toEqual({ outage: true });
    const down = await fetch(`${api.url}/api/v1/meta`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: { code: 'outage' } });
    await fetch(`${api.url}/__control/outage`, { method: 'POST', body: JSON.stringify({ on: false }) });
    expect((await fetch(`${api.url}/api/v1/meta`)).status).toBe(200);
  });

  it('answers unknown paths and codes with JSON errors', async () => {
    const res = await fetch(`${api.url}/api/v1/regions/99`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });

  it('reads --port, --size, --seed and --fail-rate', () => {
    expect(parseArgs(['--port', '9000', '--size', 'prefecture', '--seed', '3', '--fail-rate=0.2'], {})).toMatchObject({
      port: 9000,
      size: 'prefecture',
      seed: 3,
      failRate: 0.2,
    });
    expect(parseArgs([], { PORT: '8800' }).port).toBe(8800);
    expect(() => parseArgs(['--size', 'planet'], {})).toThrow();
  });
});
