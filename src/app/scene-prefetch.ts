import type { QueryClient } from '@tanstack/react-query';
import type { Meta } from '@/api/meta';
import { regionQueries } from '@/api/queries';
import { disputesQueries } from '@/features/disputes/disputes-queries';
import { employmentQueries } from '@/features/employment/employment-queries';
import { ethnicQueries } from '@/features/ethnic/ethnic-queries';
import { eventsQueries } from '@/features/events/events-queries';
import { keyFigureQueries } from '@/features/key-figures/key-figures-queries';
import type { Scene } from '@/features/presenter/deck-schema';
import { comparePeriods } from '@/lib/period';
import { resolveView } from './resolve-view';

/**
 * Loads what a presenter's next scene shows into the cache, with the same query factories the
 * map, key figures and panels use, so moving to it draws at once. A scene whose period is out
 * of the data is left to the dashboard to explain.
 */
export function prefetchScene(client: QueryClient, meta: Meta, scene: Scene): void {
  const view = resolveView({ region: scene.region, period: scene.period, metric: scene.metric, mode: 'present' }, meta);
  const { code, period, metric } = view;
  if (code === null || view.notices.length > 0) return;
  const cmp = comparePeriods(period, meta);
  const periods = [period, cmp.previous?.period, cmp.yearAgo?.period].filter((p): p is string => Boolean(p));
  const queries = [
    regionQueries.detail(code),
    regionQueries.boundaries(code),
    regionQueries.childMetric(code, metric, period),
    ...periods.flatMap((p) => [
      keyFigureQueries.summary(code, p),
      ethnicQueries.detail(code, p),
      employmentQueries.detail(code, p),
      eventsQueries.detail(code, p),
      disputesQueries.detail(code, p),
    ]),
  ];
  for (const q of queries) void client.prefetchQuery(q as Parameters<QueryClient['prefetchQuery']>[0]);
}
