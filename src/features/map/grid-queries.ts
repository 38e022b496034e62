import { queryOptions } from '@tanstack/react-query';
import { BoundariesSchema } from '@/api/boundaries';
import { paths } from '@/api/endpoints';
import { ChildMetricSchema } from '@/api/indicators';
import { statsQuery } from '@/api/queries';
import { api } from '@/lib/api-client';

/**
 * Every grid below a region at once (显示全部网格): up to ~50,000 polygons for a province.
 * Geometry is cached for the session and never structurally shared (measured ~260 ms per
 * refetch of a 20k-cell FeatureCollection even when nothing changed).
 */
export const gridQueries = {
  boundaries: (code: string) =>
    queryOptions({
      queryKey: ['boundaries', code, 'grid'],
      queryFn: ({ signal }) => api.get(paths.boundaries(code), BoundariesSchema, { signal, query: { level: 'grid' } }),
      staleTime: Infinity,
      structuralSharing: false,
    }),
  /** One metric for every grid below the region; statistics refetch as usual, but never share. */
  metric: (code: string, metric: string, period: string) =>
    statsQuery(
      ['grid-metric', code, metric, period],
      paths.childMetric(code),
      ChildMetricSchema,
      { metric, period, level: 'grid' },
      { structuralSharing: false },
    ),
};
