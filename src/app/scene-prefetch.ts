import type { QueryClient } from '@tanstack/react-query';
import type { Meta } from '@/api/meta';
import { METRIC_IDS } from '@/api/metrics';
import { metaQueries, panelQueries, regionQueries } from '@/api/queries';
import { comparePeriods } from '@/lib/period';
import { currentViewState, type ViewState } from '@/lib/view-state';
import { resolveView } from './resolve-view';

/**
 * The key figures' and the four panels' data for a region: the period and the periods it is
 * compared with; the ethnic panel shows no comparison, only its current period.
 */
function prefetchPanels(client: QueryClient, meta: Meta, code: string, period: string): void {
  const cmp = comparePeriods(period, meta);
  const periods = [period, cmp.previous?.period, cmp.yearAgo?.period].filter((p): p is string => Boolean(p));
  void client.prefetchQuery(panelQueries.ethnic(code, period));
  for (const p of periods) {
    void client.prefetchQuery(regionQueries.summary(code, p));
    void client.prefetchQuery(panelQueries.employment(code, p));
    void client.prefetchQuery(panelQueries.events(code, p));
    void client.prefetchQuery(panelQueries.disputes(code, p));
  }
}

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
  void client.prefetchQuery(regionQueries.boundaries(code));
  void client.prefetchQuery(regionQueries.childMetric(code, metric, period));
  prefetchPanels(client, meta, code, period);
  // The ethnic panel compares the region with its parent and siblings: the parent's own
  // breakdown and its children's minority shares, once the region names its parent.
  client.fetchQuery(regionQueries.detail(code)).then(
    (region) => {
      const parent = region.ancestors.at(-1)?.code;
      if (parent === undefined) return;
      void client.prefetchQuery(regionQueries.childMetric(parent, METRIC_IDS.minorityShare, period));
      void client.prefetchQuery(panelQueries.ethnic(parent, period));
    },
    () => undefined,
  );
}

/**
 * The tour's next stop: its panels' and callout's data into the cache while the current stop
 * shows, so at the step every chart updates in place from the cache (a chart that waits for
 * data shows a skeleton, then regrows from zero).
 */
export function prefetchTourStop(client: QueryClient, meta: Meta, code: string, period: string): void {
  prefetchPanels(client, meta, code, period);
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
