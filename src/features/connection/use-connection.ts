import { useQueryClient } from '@tanstack/react-query';
import type { Query, QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ticker } from '@/lib/ticker';
import { connectionState, reconnectDelay, sameConnectionState } from './connection-state';
import type { ConnectionState, QueryHealth } from './connection-state';

/**
 * The last error each query had. TanStack Query clears `error` when a query without data
 * starts another fetch, and "failed, reason unknown" would read as a transient failure: a
 * panel whose data is refused (401, malformed) would then flip between failing and recovered
 * on every refetch, and each "recovered" refetches everything — a loop.
 */
const lastErrors = new WeakMap<Query, unknown>();

function health(q: Query): QueryHealth {
  const s = q.state;
  const current = s.fetchFailureReason ?? s.error;
  if (current != null) lastErrors.set(q, current);
  return {
    scope: q.queryKey[0],
    active: q.isActive(),
    hasData: s.data !== undefined,
    dataUpdatedAt: s.dataUpdatedAt,
    failureCount: s.fetchFailureCount,
    errorUpdatedAt: s.errorUpdatedAt,
    error: current ?? lastErrors.get(q),
    errored: s.status === 'error',
  };
}

function read(client: QueryClient): ConnectionState {
  return connectionState(client.getQueryCache().getAll().map(health));
}

/**
 * Watches the query cache for failing fetches and, while any on-screen query has given up,
 * refetches the failed ones with growing pauses (2 s … 60 s) on the shared ticker, so the
 * screen comes back by itself when the API does. Data already on screen is kept meanwhile.
 */
export function useConnection(): ConnectionState {
  const client = useQueryClient();
  const [state, setState] = useState(() => read(client));

  useEffect(() => {
    // Compared with the state the hook started from; the next cache event corrects any drift.
    let current = read(client);
    return client.getQueryCache().subscribe(() => {
      const next = read(client);
      if (sameConnectionState(next, current)) return;
      // Healthy again: panels that kept old data during the outage catch up at once instead
      // of waiting for the next scheduled refresh.
      const recovered = current.failing && !next.failing;
      current = next;
      setState(next);
      // Deferred: invalidating inside a cache event would re-enter this listener.
      if (recovered) queueMicrotask(() => void client.invalidateQueries({ queryKey: ['stats'] }));
    });
  }, [client]);

  const { needsRetry } = state;
  useEffect(() => {
    if (!needsRetry) return;
    let attempt = 0;
    let cancelled = false;
    let cancel: () => void = () => {};
    const schedule = () => {
      cancel = ticker.after(reconnectDelay(attempt++), () => {
        void client.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' }).finally(() => {
          if (!cancelled) schedule();
        });
      });
    };
    schedule();
    return () => {
      cancelled = true;
      cancel();
    };
  }, [client, needsRetry]);

  return state;
}
