import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BoundariesSchema } from '@/api/boundaries';
import { ChildMetricSchema, SummarySchema } from '@/api/indicators';
import { MetaSchema } from '@/api/meta';
import { z } from 'zod';
import { ApiError, createApiClient } from './api-client';

const Schema = z.strictObject({ name: z.string(), count: z.number().int() });

function clientWith(respond: (url: URL, init?: RequestInit) => Promise<Response>, timeoutMs = 1000) {
  return createApiClient({
    baseUrl: 'http://api.test',
    token: 'secret',
    timeoutMs,
    fetch: ((input: URL, init?: RequestInit) => respond(input, init)) as typeof fetch,
  });
}

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw new Error(`expected ApiError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a failure');
}

describe('api client', () => {
  it('sends the token, appends the query and returns parsed data', async () => {
    let seen: { url: string; auth: string | null } | undefined;
    const api = clientWith(async (url, init) => {
      seen = { url: url.toString(), auth: new Headers(init?.headers).get('Authorization') };
      return Response.json({ name: '石榴县', count: 3 });
    });
    await expect(api.get('/api/v1/x', Schema, { query: { period: '2026-Q1' } })).resolves.toEqual({
      name: '石榴县',
      count: 3,
    });
    expect(seen).toEqual({ url: 'http://api.test/api/v1/x?period=2026-Q1', auth: 'Bearer secret' });
  });

  it('names the endpoint and the field when the payload breaks the schema', async () => {
    const api = clientWith(async () => Response.json({ name: '石榴县', count: 'many' }));
    const err = await failure(api.get('/api/v1/x', Schema));
    expect(err.kind).toBe('schema');
    expect(err.field).toBe('count');
    expect(err.endpoint).toBe('/api/v1/x');
    expect(err.message).toContain('count');
    expect(err.retryable).toBe(false);
  });

  it('reports a missing field by its path', async () => {
    const api = clientWith(async () => Response.json({ count: 1 }));
    expect((await failure(api.get('/api/v1/x', Schema))).field).toBe('name');
  });

  it('turns a truncated body into a parse error', async () => {
    const api = clientWith(async () => new Response('{"name": "石榴', { status: 200 }));
    expect((await failure(api.get('/api/v1/x', Schema))).kind).toBe('parse');
  });

  it.each([
    [401, 'auth', false],
    [403, 'auth', false],
    [404, 'not-found', false],
    [500, 'server', true],
    [503, 'server', true],
    [418, 'http', false],
  ] as const)('maps HTTP %i to %s (retryable: %s)', async (status, kind, retryable) => {
    const api = clientWith(async () => new Response('{}', { status }));
    const err = await failure(api.get('/api/v1/x', Schema));
    expect(err.kind).toBe(kind);
    expect(err.status).toBe(status);
    expect(err.retryable).toBe(retryable);
  });

  it('reads Retry-After on 429', async () => {
    const api = clientWith(async () => new Response('{}', { status: 429, headers: { 'Retry-After': '7' } }));
    const err = await failure(api.get('/api/v1/x', Schema));
    expect(err.kind).toBe('rate-limit');
    expect(err.retryAfterMs).toBe(7000);
  });

  it('times out a request that never answers', async () => {
    const api = clientWith(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      30,
    );
    expect((await failure(api.get('/api/v1/x', Schema))).kind).toBe('timeout');
  });

  it('ignores unknown fields and notes each once per endpoint, not per response or per region', async () => {
    const Tolerant = z.object({ name: z.string(), coverage: z.object({ months: z.number() }) });
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      const api = clientWith(async () =>
        Response.json({ id: 'r1', name: '甲', coverage: { months: 3, updatedAt: 'x' } }),
      );
      await expect(api.get('/api/v1/regions/532398101/summary', Tolerant)).resolves.toEqual({
        name: '甲',
        coverage: { months: 3 },
      });
      await api.get('/api/v1/regions/532398102/summary', Tolerant);
      await api.get('/api/v1/regions/532398101/summary', Tolerant, { query: { period: '2026' } });
      expect(info).toHaveBeenCalledTimes(1);
      expect(info.mock.calls[0]?.[0]).toContain('/api/v1/regions/{code}/summary');
      expect(info.mock.calls[0]?.[0]).toContain('coverage.updatedAt, id');
      await api.get('/api/v1/regions/532398101/ethnic', Tolerant);
      expect(info).toHaveBeenCalledTimes(2);
    } finally {
      info.mockRestore();
    }
  });

  it('reports a network failure', async () => {
    const api = clientWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    const err = await failure(api.get('/api/v1/x', Schema));
    expect(err.kind).toBe('network');
    expect(err.reason).toBe('unreachable');
    expect(err.message).toBe('无法连接数据接口');
  });

  it('tells a CORS refusal from a refused connection by a no-cors probe of the same URL', async () => {
    const modes: (string | undefined)[] = [];
    const api = clientWith(async (url, init) => {
      modes.push(init?.mode);
      expect(url.toString()).toBe('http://api.test/api/v1/x');
      // A server that answers without CORS headers: the cors fetch fails, the opaque probe succeeds.
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    });
    const err = await failure(api.get('/api/v1/x', Schema));
    expect(modes).toEqual([undefined, 'no-cors']);
    expect(err.kind).toBe('network');
    expect(err.reason).toBe('cors');
    expect(err.message).toContain('CORS');
    expect(err.retryable).toBe(true);
  });
});

describe('api client size cap', () => {
  function capped(respond: () => Response) {
    return createApiClient({
      baseUrl: 'http://api.test',
      token: null,
      timeoutMs: 1000,
      maxResponseBytes: 1000,
      fetch: (async () => respond()) as typeof fetch,
    });
  }

  it('refuses a body whose Content-Length is above the cap without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += 1;
        c.enqueue(new Uint8Array(100));
      },
    });
    const api = capped(() => new Response(body, { headers: { 'Content-Length': '5000' } }));
    const err = await failure(api.get('/api/v1/x', Schema));
    expect(err.kind).toBe('too-large');
    expect(err.retryable).toBe(false);
    expect(err.message).toContain('返回数据过大');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without a length once it passes the cap', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 300;
        c.enqueue(new TextEncoder().encode(' '.repeat(300)));
      },
    });
    const err = await failure(capped(() => new Response(endless)).get('/api/v1/x', Schema));
    expect(err.kind).toBe('too-large');
    expect(sent).toBeLessThan(2000);
  });

  it('reads a body under the cap, multi-byte text included', async () => {
    const api = capped(() => Response.json({ name: '石榴县'.repeat(50), count: 1 }));
    await expect(api.get('/api/v1/x', Schema)).resolves.toMatchObject({ count: 1 });
  });
});

describe('api client under fuzzed responses', () => {
  const schemas = { SummarySchema, BoundariesSchema, MetaSchema, ChildMetricSchema };
  it('resolves with parsed data or rejects with an ApiError, whatever the server sends', async () => {
    const body = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)), // truncated
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom(200, 200, 200, 204, 301, 400, 401, 403, 404, 429, 500, 503),
        fc.option(fc.string({ maxLength: 12 })),
        fc.constantFrom(...Object.values(schemas)),
        async (text, status, retryAfter, schema) => {
          const api = createApiClient({
            baseUrl: 'http://api.test',
            token: null,
            timeoutMs: 1000,
            fetch: (async () =>
              new Response(status === 204 ? null : text, {
                status,
                headers: retryAfter === null ? {} : { 'Retry-After': retryAfter.replace(/[^\x20-\x7e]/g, '') },
              })) as typeof fetch,
          });
          try {
            await api.get('/api/v1/x', schema);
          } catch (e) {
            expect(e).toBeInstanceOf(ApiError);
            const err = e as ApiError;
            // (zod's own wording "received undefined" names a missing field; that is fine.)
            expect(err.message).not.toMatch(/NaN|(?<!received )undefined/);
            if (err.retryAfterMs !== undefined) expect(Number.isFinite(err.retryAfterMs)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
