import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

const MAX_RETRIES = 3;

/** Query defaults in one place. Statistics are refetched on an interval by the screen, not here. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        // A panel mounting on a query that already failed (start-up prefetch, another panel) shows
        // that error instead of asking again: refused requests stay refused, and outages are
        // retried by the connection watcher (features/connection) on its own schedule.
        retryOnMount: false,
        // Auth failures and contract violations will not fix themselves: retrying only hides them.
        retry: (failureCount, error) => failureCount < MAX_RETRIES && (!(error instanceof ApiError) || error.retryable),
        retryDelay: (attempt, error) => {
          if (error instanceof ApiError && error.retryAfterMs !== undefined)
            return Math.min(error.retryAfterMs, 60_000);
          return Math.min(1000 * 2 ** attempt, 30_000);
        },
      },
    },
  });
}
