import { useLayoutEffect, useRef, useState } from 'react';

/**
 * How tightly a fixed-height box must set its content to show all of it: 0 as designed, then
 * each level denser (the box's CSS says what a level changes), up to `maxLevel`. Measured
 * again whenever the box or its content changes size, so a stat list beside a chart never
 * cuts its last figures (issue 14: 零就业家庭, 越级上访 clipped in a month view at 1920 px).
 */
export function useFitLevel<T extends HTMLElement>(maxLevel: number, content: unknown) {
  const ref = useRef<T>(null);
  const [level, setLevel] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const fit = () => {
      // Start over from the loosest setting: the box may have grown since.
      let next = 0;
      el.dataset.fit = '0';
      while (next < maxLevel && el.scrollHeight > el.clientHeight + 1) {
        next += 1;
        el.dataset.fit = String(next);
      }
      setLevel(next);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    let size = { w: el.clientWidth, h: el.clientHeight };
    const observer = new ResizeObserver(() => {
      if (Math.abs(el.clientWidth - size.w) < 1 && Math.abs(el.clientHeight - size.h) < 1) return;
      size = { w: el.clientWidth, h: el.clientHeight };
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [maxLevel, content]);
  return { ref, level };
}
