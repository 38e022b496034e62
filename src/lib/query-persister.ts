import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import type { Query } from '@tanstack/react-query';
import { removeOldestQuery } from '@tanstack/react-query-persist-client';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { version } from '../../package.json';

/**
 * The last good data survives a reload of the unattended screen (a power cut, a watchdog
 * restart during an API outage): statistics, the catalogue and region details are written to
 * localStorage, throttled. `buster` is the app version, so a new release drops a cache its
 * schemas may no longer accept; `maxAge` drops one older than a week.
 */
export const PERSIST_MAX_AGE_MS = 7 * 24 * 3600_000;
/** Bump with a change of cached data shapes that the app version alone would not signal. */
const CACHE_FORMAT = 1;
export const PERSIST_BUSTER = `${version}/${CACHE_FORMAT}`;
/** localStorage key of the cache is this plus the data source (the bench waits for it too). */
export const PERSIST_KEY_PREFIX = 'shiliu-query-cache:';

/**
 * Boundaries are kept only when small (a county's towns, a town's communities): localStorage
 * holds ~5 MB per origin, and a prefecture's grid layer alone is larger. Larger geometry is
 * fetched again after a reload.
 */
const MAX_PERSISTED_FEATURES = 300;

export function shouldPersistQuery(query: Pick<Query, 'queryKey' | 'state'>): boolean {
  const data = query.state.data;
  if (data === undefined) return false;
  const scope = query.queryKey[0];
  if (scope === 'stats' || scope === 'meta' || scope === 'region') return true;
  if (scope === 'boundaries') {
    const features = (data as { features?: unknown }).features;
    return Array.isArray(features) && features.length <= MAX_PERSISTED_FEATURES;
  }
  return false;
}

/** Persist options for PersistQueryClientProvider, or null where there is no localStorage. */
export function createPersistOptions(apiKey: string): Omit<PersistQueryClientOptions, 'queryClient'> | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
    if (!storage) return null;
  } catch {
    // Storage disabled by policy (some kiosk browsers): run without persistence.
    return null;
  }
  return {
    persister: createSyncStoragePersister({
      storage,
      // One cache per data source, so the mock's demo county never shows as a real API's data.
      key: `${PERSIST_KEY_PREFIX}${apiKey}`,
      throttleTime: 2000,
      // Over quota: drop the oldest queries until it fits rather than persisting nothing.
      retry: removeOldestQuery,
    }),
    maxAge: PERSIST_MAX_AGE_MS,
    buster: PERSIST_BUSTER,
    dehydrateOptions: {
      // Also a query whose last refetch failed: its data is still the last good data.
      shouldDehydrateQuery: shouldPersistQuery,
    },
  };
}
