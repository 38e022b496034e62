import { echarts } from './echarts-setup';

/** Selector of the element each EChart draws into (see echart.tsx). */
export const CHART_HOST_SELECTOR = '.echart__host';

/**
 * The chart drawn into `host` as a PNG data URL, re-rendered by ECharts at `pixelRatio` (a new
 * paint at that resolution, not an upscaled copy of the screen canvas). Null when no live chart
 * is there. The background is left transparent so the caller's composition shows through.
 */
export function chartImageUrl(host: Element, pixelRatio: number): string | null {
  if (!(host instanceof HTMLElement)) return null;
  const chart = echarts.getInstanceByDom(host);
  if (!chart || chart.isDisposed()) return null;
  return chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: 'rgba(0,0,0,0)' });
}
