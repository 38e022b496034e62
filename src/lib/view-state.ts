import { useCallback, useSyncExternalStore } from 'react';

/**
 * The view lives in the URL (?region=…&period=…&metric=…&mode=…) so reloading or sharing a
 * link restores it, and the browser's Back/Forward walk the drill-down history.
 * Values are read as untrusted strings; the app validates them against the data.
 */
export type ViewMode = 'dashboard' | 'screen' | 'present';

export interface ViewState {
  region: string | null;
  period: string | null;
  metric: string | null;
  mode: ViewMode;
}

const MODES: readonly ViewMode[] = ['dashboard', 'screen', 'present'];
/** Anything longer is not a code or period of ours; cap to keep hostile links harmless. */
const MAX_PARAM = 64;

function param(search: URLSearchParams, key: string): string | null {
  const v = search.get(key);
  return v === null || v === '' ? null : v.slice(0, MAX_PARAM);
}

export function parseViewState(search: string): ViewState {
  const s = new URLSearchParams(search);
  const mode = s.get('mode');
  return {
    region: param(s, 'region'),
    period: param(s, 'period'),
    metric: param(s, 'metric'),
    mode: MODES.includes(mode as ViewMode) ? (mode as ViewMode) : 'dashboard',
  };
}

export function serializeViewState(state: ViewState): string {
  const s = new URLSearchParams();
  if (state.region) s.set('region', state.region);
  if (state.period) s.set('period', state.period);
  if (state.metric) s.set('metric', state.metric);
  if (state.mode !== 'dashboard') s.set('mode', state.mode);
  const q = s.toString();
  return q ? `?${q}` : '';
}

const listeners = new Set<() => void>();
let cachedSearch: string | null = null;
let cachedState: ViewState = parseViewState('');

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

function notify(): void {
  for (const l of listeners) l();
}

function getSnapshot(): ViewState {
  const search = window.location.search;
  if (search !== cachedSearch) {
    cachedSearch = search;
    cachedState = parseViewState(search);
  }
  return cachedState;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (period/metric tweaks, fixes). */
  replace?: boolean;
}

/** Reads the view from the URL and writes changes back; a change of region adds a history entry. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>, options?: NavigateOptions) => void] {
  const state = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  const update = useCallback((patch: Partial<ViewState>, options: NavigateOptions = {}) => {
    const next = { ...getSnapshot(), ...patch };
    const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    notify();
  }, []);
  return [state, update];
}
