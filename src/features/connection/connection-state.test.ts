import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { connectionState, reconnectDelay } from './connection-state';
import type { QueryHealth } from './connection-state';

const ok = (over: Partial<QueryHealth> = {}): QueryHealth => ({
  scope: 'stats',
  active: true,
  hasData: true,
  dataUpdatedAt: 1000,
  failureCount: 0,
  errorUpdatedAt: 0,
  error: null,
  errored: false,
  ...over,
});
const down = new ApiError('server', '/api/v1/meta', '服务暂时不可用', { status: 503 });

describe('connectionState', () => {
  it('is healthy with the latest statistics time when nothing fails', () => {
    expect(
      connectionState([
        ok(),
        ok({ dataUpdatedAt: 5000, scope: 'meta' }),
        ok({ scope: 'boundaries', dataUpdatedAt: 9e9 }),
      ]),
    ).toEqual({
      failing: false,
      needsRetry: false,
      lastGoodAt: 5000,
    });
  });

  it('is failing while an on-screen query retries, and needs the reconnect loop once it gave up', () => {
    expect(connectionState([ok({ failureCount: 2, error: down })])).toMatchObject({ failing: true, needsRetry: false });
    expect(connectionState([ok({ failureCount: 4, error: down, errored: true })])).toMatchObject({
      failing: true,
      needsRetry: true,
      lastGoodAt: 1000,
    });
  });

  it('stays failing while a new attempt starts after a failure, until one succeeds', () => {
    const retrying = ok({ failureCount: 0, errorUpdatedAt: 2000, dataUpdatedAt: 1000, error: down, errored: true });
    expect(connectionState([retrying]).failing).toBe(true);
    expect(connectionState([ok({ errorUpdatedAt: 2000, dataUpdatedAt: 3000, error: down })]).failing).toBe(false);
  });

  it('ignores queries nobody shows and errors that retrying cannot fix', () => {
    const auth = new ApiError('auth', '/api/v1/meta', '需要登录', { status: 401 });
    expect(connectionState([ok({ active: false, failureCount: 4, error: down, errored: true })]).failing).toBe(false);
    expect(connectionState([ok({ failureCount: 1, error: auth, errored: true })]).failing).toBe(false);
  });

  it('backs off 2 s, 4 s, 8 s … up to a minute', () => {
    expect([0, 1, 2, 3, 10].map(reconnectDelay)).toEqual([2000, 4000, 8000, 16_000, 60_000]);
  });
});
