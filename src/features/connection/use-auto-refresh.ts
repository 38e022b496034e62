import { useQueryClient } from '@tanstack/react-query';
import { useInterval } from '@/lib/use-ticker';

/**
 * Refetches the statistics (query keys starting with 'stats') and the catalogue (for its
 * lastUpdated) every `intervalMs`; geometry and region details are never refetched. Runs on
 * the shared ticker: paused while the tab is hidden and caught up as soon as it shows again.
 */
export function useAutoRefresh(intervalMs: number, enabled = true): void {
  const client = useQueryClient();
  useInterval(
    intervalMs,
    () => {
      void client.invalidateQueries({ queryKey: ['stats'] });
      void client.invalidateQueries({ queryKey: ['meta'] });
    },
    enabled,
    { catchUp: true },
  );
}
