import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { api } from '@/lib/api-client';
import { BoundariesSchema } from './boundaries';
import { paths } from './endpoints';
import {
  ChildMetricSchema,
  DisputesSchema,
  EmploymentSchema,
  EthnicSchema,
  EventsSchema,
  SeriesSchema,
  SummarySchema,
} from './indicators';
import { MetaSchema } from './meta';
import { RegionSchema } from './region';

/**
 * Query option factories for every request the dashboard makes (features import them from here). Geometry never changes while
 * the screen runs, so it is cached forever and never structurally shared (measured ~260 ms
 * per refetch of a 20k-cell FeatureCollection).
 */
/**
 * First element of every statistics query's key. Auto-refresh and reconnection refetch the
 * statistics by it (features/connection), and the persisted cache keeps them (lib/query-persister):
 * `statsQuery` is the only way to build such a query, so none can miss the prefix.
 */
export const STATS_SCOPE = 'stats';

/** A statistics query: key `['stats', what, …parts]`, fetched from `path` and parsed by `schema`. */
export function statsQuery<S extends z.core.$ZodType>(
  key: readonly [what: string, ...parts: string[]],
  path: string,
  schema: S,
  query: Record<string, string | undefined>,
  options: { structuralSharing?: boolean } = {},
) {
  return queryOptions({
    queryKey: [STATS_SCOPE, ...key],
    queryFn: ({ signal }): Promise<z.infer<S>> => api.get(path, schema, { signal, query }),
    ...options,
  });
}

/** One region's indicator for one period: the shape of every panel's query. */
function periodQuery<S extends z.core.$ZodType>(what: string, path: (code: string) => string, schema: S) {
  return (code: string, period: string) => statsQuery([what, code, period], path(code), schema, { period });
}

export const metaQueries = {
  all: () =>
    queryOptions({
      queryKey: ['meta'],
      queryFn: ({ signal }) => api.get(paths.meta(), MetaSchema, { signal }),
    }),
};

export const regionQueries = {
  detail: (code: string) =>
    queryOptions({
      queryKey: ['region', code],
      queryFn: ({ signal }) => api.get(paths.region(code), RegionSchema, { signal }),
      staleTime: Infinity,
    }),
  boundaries: (code: string) =>
    queryOptions({
      queryKey: ['boundaries', code],
      queryFn: ({ signal }) => api.get(paths.boundaries(code), BoundariesSchema, { signal }),
      staleTime: Infinity,
      structuralSharing: false,
    }),
  childMetric: (code: string, metric: string, period: string) =>
    statsQuery(['child-metric', code, metric, period], paths.childMetric(code), ChildMetricSchema, { metric, period }),
  /** The region's own totals (the key-figure strip; the map checks its children against them). */
  summary: periodQuery('summary', paths.summary, SummarySchema),
  series: (code: string, metrics: readonly string[], from: string, to: string) =>
    statsQuery(['series', code, metrics.join(','), from, to], paths.series(code), SeriesSchema, {
      metrics: metrics.join(','),
      from,
      to,
    }),
};

/** The four indicator panels' queries (民族构成, 就业安置, 活动参与, 矛盾纠纷化解). */
export const panelQueries = {
  ethnic: periodQuery('ethnic', paths.ethnic, EthnicSchema),
  employment: periodQuery('employment', paths.employment, EmploymentSchema),
  events: periodQuery('events', paths.events, EventsSchema),
  disputes: periodQuery('disputes', paths.disputes, DisputesSchema),
};
