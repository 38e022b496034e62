import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { BoundariesSchema } from './boundaries';
import { paths } from './endpoints';
import { ChildMetricSchema, SeriesSchema, SummarySchema } from './indicators';
import { MetaSchema } from './meta';
import { RegionSchema } from './region';

/**
 * Query option factories for the data every feature shares. Geometry never changes while
 * the screen runs, so it is cached forever and never structurally shared (PITFALLS: ~260 ms
 * per refetch of a 20k-cell FeatureCollection).
 */
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
    queryOptions({
      queryKey: ['stats', 'child-metric', code, metric, period],
      queryFn: ({ signal }) =>
        api.get(paths.childMetric(code), ChildMetricSchema, { signal, query: { metric, period } }),
    }),
  /** The region's own totals (same key as the key-figure strip, so one request serves both). */
  summary: (code: string, period: string) =>
    queryOptions({
      queryKey: ['stats', 'summary', code, period],
      queryFn: ({ signal }) => api.get(paths.summary(code), SummarySchema, { signal, query: { period } }),
    }),
  series: (code: string, metrics: readonly string[], from: string, to: string) =>
    queryOptions({
      queryKey: ['stats', 'series', code, metrics.join(','), from, to],
      queryFn: ({ signal }) =>
        api.get(paths.series(code), SeriesSchema, { signal, query: { metrics: metrics.join(','), from, to } }),
    }),
};
