import { useSyncExternalStore } from 'react';
import { chartThemeKey, readChartTheme, type ChartTheme } from '@/lib/chart-theme';

/**
 * The current chart theme, re-read when `data-theme` flips (dark screen ↔ light projector)
 * or the window resizes (the root font size follows the screen). One set of observers is
 * shared by every chart and removed when the last chart unmounts, so nothing leaks on a
 * screen that runs for days.
 */
let cached: ChartTheme | null = null;
let cachedKey = '';
const listeners = new Set<() => void>();
let detach: (() => void) | null = null;

function refresh(): boolean {
  const next = readChartTheme();
  const key = chartThemeKey(next);
  if (key === cachedKey && cached) return false;
  cached = next;
  cachedKey = key;
  return true;
}

function notifyIfChanged(): void {
  if (refresh()) for (const l of [...listeners]) l();
}

function attach(): () => void {
  let frame = 0;
  const onResize = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(notifyIfChanged);
  };
  const observer = new MutationObserver(notifyIfChanged);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'style', 'class'] });
  window.addEventListener('resize', onResize);
  const motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
  motion?.addEventListener('change', notifyIfChanged);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('resize', onResize);
    motion?.removeEventListener('change', notifyIfChanged);
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!detach) {
    detach = attach();
    // The theme may have changed while nobody was listening.
    queueMicrotask(notifyIfChanged);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && detach) {
      detach();
      detach = null;
    }
  };
}

function getSnapshot(): ChartTheme {
  if (!cached) refresh();
  return cached as ChartTheme;
}

export function useChartTheme(): ChartTheme {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
