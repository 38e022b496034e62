import { describe, expect, it } from 'vitest';
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

  it('reports a network failure', async () => {
    const api = clientWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(api.get('/api/v1/x', Schema))).kind).toBe('network');
  });
});
