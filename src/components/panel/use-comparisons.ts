import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Meta } from '@/api/meta';
import { comparePeriods, type PeriodComparisons } from '@/lib/period';
import { loaded, type Compared } from './compared';

type Factory<T, K extends QueryKey> = (code: string, period: string) => UseQueryOptions<T, Error, T, K>;

/**
 * The panel's data for the previous period and the same period last year (like with like, see
 * comparePeriods). A comparison that fails only loses its delta: it never fails the panel.
 */
export function useComparisons<T, K extends QueryKey>(
  factory: Factory<T, K>,
  code: string,
  period: string,
  meta: Meta | undefined,
  /** False: only the current span (its label), no comparison requests. */
  compare = true,
): { periods: PeriodComparisons | null; compared: Compared<T>[] } {
  const periods = useMemo(() => (meta ? comparePeriods(period, meta) : null), [period, meta]);
  const prev = compare ? (periods?.previous ?? null) : null;
  const yoy = compare ? (periods?.yearAgo ?? null) : null;
  const prevQuery = useQuery({ ...factory(code, prev?.period ?? period), enabled: prev !== null });
  const yoyQuery = useQuery({ ...factory(code, yoy?.period ?? period), enabled: yoy !== null });
  const compared = useMemo(
    () =>
      loaded<T>([
        prev && prevQuery.data !== undefined ? { cmp: prev, data: prevQuery.data } : null,
        yoy && yoyQuery.data !== undefined ? { cmp: yoy, data: yoyQuery.data } : null,
      ]),
    [prev, yoy, prevQuery.data, yoyQuery.data],
  );
  return { periods, compared };
}
