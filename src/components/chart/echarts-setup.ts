import type { EChartsCoreOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { onAllChartsReady } from './chart-ready';
import { FIRST_SCREEN_PARTS } from './echarts-first-screen';

/**
 * The only place ECharts is imported at runtime: `echarts/core` with just the charts and
 * components the panels' options use (about half the bytes of the full build). Add a
 * chart type or component here or in echarts-deferred.ts before using it in an option, or
 * ECharts silently draws nothing.
 * - First screen (this chunk, listed in echarts-first-screen.ts): bar and pie charts, the grid without axis pointers
 *   (GridComponent would also install axisPointer, ~18 kB raw; TooltipComponent in the
 *   deferred chunk installs it when tooltips arrive), plain legend (every legend is
 *   `type: 'plain'`, so LegendComponent's scrolling legend is left out), aria, and the title
 *   (hidden, but ECharts builds the aria description and image exports from it).
 * - Deferred (echarts-deferred.ts): line, funnel, markLine, tooltip — see `chartFeaturesFor`
 *   and `afterDeferredFeatures`. Together about 30 KB gzip off the first screen.
 * - Not registered because no option uses them: DatasetComponent, MarkPoint, legend scroll.
 * The ZH locale ships inside echarts/core, so `locale: 'ZH'` needs no registration.
 */
echarts.use(FIRST_SCREEN_PARTS);

/** Series types that live in the deferred chunk. */
const DEFERRED_SERIES = new Set(['line', 'funnel']);

let deferred: Promise<void> | null = null;
let deferredLoaded = false;
let deferredScheduled = false;
const waiting = new Set<() => void>();

function loadDeferred(): Promise<void> {
  deferred ??= import('./echarts-deferred').then(
    ({ DEFERRED_FEATURES }) => {
      echarts.use(DEFERRED_FEATURES);
      deferredLoaded = true;
      for (const callback of [...waiting]) callback();
      waiting.clear();
    },
    (error: unknown) => {
      deferred = null; // a later chart may try again (e.g. after a network blip)
      throw error;
    },
  );
  return deferred;
}

/** True once the deferred chunk's charts are registered. */
export function deferredFeaturesLoaded(): boolean {
  return deferredLoaded;
}

/** Whether `option` draws a series type of the deferred chunk (line, funnel) or a markLine. */
export function needsDeferred(option: EChartsCoreOption): boolean {
  const series = option.series;
  const list: unknown[] = Array.isArray(series) ? series : series ? [series] : [];
  return list.some(
    (s) =>
      typeof s === 'object' &&
      s !== null &&
      (DEFERRED_SERIES.has(String((s as { type?: unknown }).type)) || 'markLine' in s),
  );
}

/**
 * Null when everything `option` draws is registered; otherwise a promise that resolves once the
 * deferred chunk is (a line or funnel chart in a tab opened before it arrived).
 */
export function chartFeaturesFor(option: EChartsCoreOption): Promise<void> | null {
  if (deferredLoaded || !needsDeferred(option)) return null;
  return loadDeferred();
}

/**
 * `option` minus what needs a feature not yet registered: ECharts logs "Component tooltip is used
 * but not imported" for a `tooltip` key before the deferred chunk arrives. The chart applies the
 * full option again from `afterDeferredFeatures`.
 */
export function drawableNow(option: EChartsCoreOption): EChartsCoreOption {
  if (deferredLoaded || !('tooltip' in option)) return option;
  const { tooltip: _deferred, ...rest } = option;
  return rest;
}

/**
 * Calls `callback` once the deferred features (tooltips above all) are registered, so a chart
 * drawn without them can apply its option again; never when they already are. The chunk is
 * fetched when the browser is idle after the first screen's charts have drawn, so it neither
 * delays nor competes with the first screen. Returns a cancel function.
 */
export function afterDeferredFeatures(callback: () => void): () => void {
  if (deferredLoaded) return () => undefined;
  waiting.add(callback);
  if (!deferredScheduled) {
    deferredScheduled = true;
    onAllChartsReady(() => {
      const load = () => void loadDeferred().catch(() => undefined);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
      else setTimeout(load, 200);
    });
  }
  return () => {
    waiting.delete(callback);
  };
}

export { echarts };
