import { useEffect, useState } from 'react';
import { onAllChartsReady } from '@/components/chart/chart-ready';

export const FULL_RENDER_MARK = 'shiliu:first-full-render';

/**
 * Marks the first full render — map boundaries drawn and every panel settled with its charts
 * finished — once per page load, for the benchmark (performance mark) and the browser tests
 * (`<html data-full-render>`). Call from the component that contains the map and the panels:
 * its effect runs after theirs, so they have registered with the chart registry by then.
 */
export function useFullRenderMark(mapDrawn: boolean): void {
  const [chartsReady, setChartsReady] = useState(false);
  useEffect(() => onAllChartsReady(() => setChartsReady(true)), []);
  useEffect(() => {
    if (!mapDrawn || !chartsReady || document.documentElement.dataset.fullRender === 'true') return;
    performance.mark(FULL_RENDER_MARK);
    document.documentElement.dataset.fullRender = 'true';
  }, [mapDrawn, chartsReady]);
}
