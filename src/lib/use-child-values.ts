import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metaQueries, type regionQueries } from '@/api/queries';
import { findMetric } from './metric-value';
import { checkChildValues } from './value-checks';

/** A children-metric query: the children's values (regionQueries.childMetric) or all grids'. */
export type ChildMetricQuery = ReturnType<typeof regionQueries.childMetric>;

/**
 * The children's values of one metric as the map, the print map and the ranking read them: the
 * metric's definition from meta, and the values that can be true (value-checks.ts) apart from
 * the children whose values cannot, with the reason. `keepPreviousOf` keeps the last values of
 * that region (and the same kind of query) on screen while another metric or period loads.
 */
export function useChildValues(query: ChildMetricQuery, metricId: string, keepPreviousOf?: string) {
  const meta = useQuery(metaQueries.all());
  const values = useQuery({
    ...query,
    placeholderData:
      keepPreviousOf === undefined
        ? undefined
        : (previous, previousQuery) =>
            previous?.code === keepPreviousOf && previousQuery?.queryKey[1] === query.queryKey[1]
              ? previous
              : undefined,
  });
  // The metric the values are of: while a placeholder shows, that of the previous values.
  const shownId = values.data?.metric ?? metricId;
  const metric = useMemo(() => findMetric(meta.data?.metrics, shownId), [meta.data, shownId]);
  const checked = useMemo(
    () => (values.data ? checkChildValues(values.data.values, metric) : null),
    [values.data, metric],
  );
  /** Children whose values cannot be true, with the reason (never coloured nor ranked). */
  const impossible = useMemo(() => new Map((checked?.problems ?? []).map((p) => [p.code, p.reason])), [checked]);
  return { meta, values, metric, checked, impossible };
}
