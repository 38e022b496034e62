import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { LngLatBox } from './geometry';
import { legendPadding } from './legend-padding';

function legendOf(container: HTMLElement): HTMLElement | null {
  return container.parentElement?.querySelector<HTMLElement>('.map-legend') ?? null;
}

function legendBox(container: HTMLElement): { width: number; height: number } | null {
  const el = legendOf(container);
  return el ? { width: el.offsetWidth, height: el.offsetHeight } : null;
}

/**
 * Keeps the map framed on the current region: fits its bounds when the region changes
 * (animated after the first), and on every container resize calls `invalidateSize()` — which
 * react-leaflet never does — then refits if the size changed, unless the user has panned or
 * zoomed since.
 */
export function MapViewController({ box, regionKey }: { box: LngLatBox | null; regionKey: string }) {
  const map = useMap();
  const boxRef = useRef(box);
  const userMovedRef = useRef(false);
  const fittingRef = useRef(false);
  const fittedOnceRef = useRef(false);
  const pendingRef = useRef(false);

  useEffect(() => {
    boxRef.current = box;
  }, [box]);

  const hasBox = box !== null;
  useEffect(() => {
    function fit(animate: boolean) {
      const b = boxRef.current;
      if (!b) return;
      const size = map.getSize();
      if (size.x === 0 || size.y === 0) {
        // Nothing to fit into yet: the resize observer fits once the container has a size.
        pendingRef.current = true;
        return;
      }
      pendingRef.current = false;
      fittingRef.current = true;
      map.fitBounds(
        [
          [b[1], b[0]],
          [b[3], b[2]],
        ],
        { ...legendPadding(size, legendBox(map.getContainer())), animate },
      );
      // A fit without animation has finished (and fired its events) by now.
      if (!animate) fittingRef.current = false;
      fittedOnceRef.current = true;
    }

    // Resizing in the middle of an animated fit leaves Leaflet's canvas drawn at the old zoom:
    // a resize seen while a fit runs waits for its moveend.
    let resizeWaiting = false;
    function onResize() {
      if (fittingRef.current) {
        resizeWaiting = true;
        return;
      }
      const before = map.getSize();
      map.invalidateSize({ pan: false });
      const after = map.getSize();
      const changed = before.x !== after.x || before.y !== after.y;
      if (pendingRef.current || (changed && !userMovedRef.current)) fit(false);
    }

    // A move we did not start is the user's: stop refitting on resize until the next region.
    const onMoveStart = () => {
      if (!fittingRef.current) userMovedRef.current = true;
    };
    const onMoveEnd = () => {
      fittingRef.current = false;
      if (resizeWaiting) {
        resizeWaiting = false;
        onResize();
      }
    };
    map.on('movestart', onMoveStart);
    map.on('moveend', onMoveEnd);

    userMovedRef.current = false;
    fit(fittedOnceRef.current);

    let observer: ResizeObserver | null = null;
    let frame = 0;
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        // One update per frame however many resize entries arrive.
        frame = requestAnimationFrame(onResize);
      });
      observer.observe(map.getContainer());
    }
    // The legend arrives with the metric's data, after the first fit, and changes size with
    // the metric: refit around it (unless the user moved the map).
    let legendSize = legendBox(map.getContainer());
    const onLegend = () => {
      const now = legendBox(map.getContainer());
      if (now?.width === legendSize?.width && now?.height === legendSize?.height) return;
      legendSize = now;
      if (!userMovedRef.current && !fittingRef.current) fit(false);
    };
    const legendResize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onLegend);
    const watchLegend = () => {
      legendResize?.disconnect();
      const el = legendOf(map.getContainer());
      if (el) legendResize?.observe(el);
      onLegend();
    };
    // Only the stage's own children (the legend mounting), not Leaflet's busy panes below.
    const legendMount = typeof MutationObserver === 'undefined' ? null : new MutationObserver(watchLegend);
    const stage = map.getContainer().parentElement;
    if (stage) legendMount?.observe(stage, { childList: true });
    watchLegend();
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      legendResize?.disconnect();
      legendMount?.disconnect();
      map.off('movestart', onMoveStart);
      map.off('moveend', onMoveEnd);
    };
  }, [map, regionKey, hasBox]);

  return null;
}
