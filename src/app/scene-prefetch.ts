import type { QueryClient } from '@tanstack/react-query';
import type { Meta } from '@/api/meta';
import { metaQueries, regionQueries } from '@/api/queries';
import { disputesQueries } from '@/features/disputes/disputes-queries';
import { employmentQueries } from '@/features/employment/employment-queries';
import { ethnicQueries } from '@/features/ethnic/ethnic-queries';
import { eventsQueries } from '@/features/events/events-queries';
import { keyFigureQueries } from '@/features/key-figures/key-figures-queries';
import { comparePeriods } from '@/lib/period';
import { currentViewState, type ViewState } from '@/lib/view-state';
import { resolveView } from './resolve-view';

/**
 * Loads what a view shows into the cache, with the same query factories the map, key figures
 * and panels use, so moving to it draws at once (a presenter's next scene) or its requests all
 * leave together (start-up). A view whose period is out of the data is left to the dashboard
 * to explain.
 */
export function prefetchScene(
  client: QueryClient,
  meta: Meta,
  scene: Pick<ViewState, 'region' | 'period' | 'metric'>,
): void {
  const view = resolveView({ region: scene.region, period: scene.period, metric: scene.metric, mode: 'present' }, meta);
  const { code, period, metric } = view;
  if (code === null || view.notices.length > 0) return;
  const cmp = comparePeriods(period, meta);
  const periods = [period, cmp.previous?.period, cmp.yearAgo?.period].filter((p): p is string => Boolean(p));
  const queries = [
    regionQueries.detail(code),
    regionQueries.boundaries(code),
    regionQueries.childMetric(code, metric, period),
    // The ethnic panel shows no comparison: only its current period.
    ethnicQueries.detail(code, period),
    ...periods.flatMap((p) => [
      keyFigureQueries.summary(code, p),
      employmentQueries.detail(code, p),
      eventsQueries.detail(code, p),
      disputesQueries.detail(code, p),
    ]),
  ];
  for (const q of queries) void client.prefetchQuery(q as Parameters<QueryClient['prefetchQuery']>[0]);
}

/**
 * The tour's next stop: its panels' and callout's data into the cache while the current stop
 * shows, so at the step every chart updates in place from the cache (a chart that waits for
 * data shows a skeleton, then regrows from zero).
 */
export function prefetchTourStop(client: QueryClient, meta: Meta, code: string, period: string): void {
  const cmp = comparePeriods(period, meta);
  const periods = [period, cmp.previous?.period, cmp.yearAgo?.period].filter((p): p is string => Boolean(p));
  const queries = [
    ethnicQueries.detail(code, period),
    ...periods.flatMap((p) => [
      keyFigureQueries.summary(code, p),
      employmentQueries.detail(code, p),
      eventsQueries.detail(code, p),
      disputesQueries.detail(code, p),
    ]),
  ];
  for (const q of queries) void client.prefetchQuery(q as Parameters<QueryClient['prefetchQuery']>[0]);
}

/**
 * Start-up: asks for the data catalogue before React has rendered anything, and for every
 * request of the view in the address bar as soon as the catalogue is in, so they travel while
 * the dashboard mounts instead of one component's effect after another. Failures are left to
 * the components' own queries, which show them where they belong.
 */
export function prefetchStartView(client: QueryClient): void {
  const view = currentViewState();
  client.fetchQuery(metaQueries.all()).then(
    (meta) => prefetchScene(client, meta, view),
    () => undefined,
  );
}
