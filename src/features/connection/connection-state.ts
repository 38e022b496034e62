import { ApiError } from '@/lib/api-client';

/** What the connection notice needs to know about one cached query. */
export interface QueryHealth {
  /** First element of the query key: 'stats', 'meta', 'region', 'boundaries'… */
  scope: unknown;
  /** Someone on screen is using it. */
  active: boolean;
  hasData: boolean;
  /** ms since epoch of the last successful fetch, 0 if none. */
  dataUpdatedAt: number;
  /** Failed attempts of the current fetch (reset when a new fetch starts). */
  failureCount: number;
  /** ms since epoch of the last fetch that gave up, 0 if none. */
  errorUpdatedAt: number;
  /** The last failure, if any. */
  error: unknown;
  /** Currently in the error state (all retries of the last fetch failed). */
  errored: boolean;
}

export interface ConnectionState {
  /** Some data on screen could not be fetched and a retry can help. */
  failing: boolean;
  /** Some on-screen query gave up and waits for the reconnect loop. */
  needsRetry: boolean;
  /** When the statistics on screen were last fetched successfully, ms since epoch; null if never. */
  lastGoodAt: number | null;
}

/** Network, timeout, 5xx and 429 come back by themselves; 401/403 and contract errors do not. */
function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.retryable;
}

/** Pure: the screen's connection state from the queries in the cache. */
export function connectionState(queries: readonly QueryHealth[]): ConnectionState {
  let failing = false;
  let needsRetry = false;
  let lastGoodAt = 0;
  for (const q of queries) {
    if ((q.scope === 'stats' || q.scope === 'meta') && q.hasData) lastGoodAt = Math.max(lastGoodAt, q.dataUpdatedAt);
    // Queries nobody shows any more (a child the tour left) do not count: they are refetched
    // when shown again.
    // Failing until a fetch succeeds again: a new attempt resets failureCount, so that alone
    // would flicker (and a recovery refetch on every flicker would loop).
    const lastFailed = q.failureCount > 0 || q.errorUpdatedAt > q.dataUpdatedAt;
    if (!q.active || !lastFailed || !isTransient(q.error)) continue;
    // A catalogue never loaded is the boot screen's to retry (BootStatus), on every kind of failure.
    if (q.scope === 'meta' && !q.hasData) continue;
    failing = true;
    if (q.errored) needsRetry = true;
  }
  return { failing, needsRetry, lastGoodAt: lastGoodAt > 0 ? lastGoodAt : null };
}

export function sameConnectionState(a: ConnectionState, b: ConnectionState): boolean {
  return a.failing === b.failing && a.needsRetry === b.needsRetry && a.lastGoodAt === b.lastGoodAt;
}

/** Back-off of the reconnect loop: 2 s, 4 s, 8 s … capped at 60 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempt), 60_000);
}
