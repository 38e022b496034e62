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
  /** `?grids=all`: the map draws every grid below the region at once (显示全部网格). */
  grids?: boolean;
  /** `?classes=jenks`: natural breaks instead of the default quantile classes on the map. */
  classes?: 'quantile' | 'jenks';
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
    ...(s.get('grids') === 'all' ? { grids: true } : {}),
    ...(s.get('classes') === 'jenks' ? { classes: 'jenks' as const } : {}),
  };
}

export function serializeViewState(state: ViewState): string {
  const s = new URLSearchParams();
  if (state.region) s.set('region', state.region);
  if (state.period) s.set('period', state.period);
  if (state.metric) s.set('metric', state.metric);
  if (state.mode !== 'dashboard') s.set('mode', state.mode);
  if (state.grids) s.set('grids', 'all');
  if (state.classes === 'jenks') s.set('classes', 'jenks');
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

/** The view in the address bar now: the one parse that `useViewState` and the start-up prefetch share. */
export function currentViewState(): ViewState {
  const search = window.location.search;
  if (search !== cachedSearch) {
    cachedSearch = search;
    cachedState = parseViewState(search);
  }
  return cachedState;
}

/** Big-screen settings (`?refresh=&dwell=&idle=&tour=`, src/app/screen-options.ts) survive navigation. */
const SCREEN_PARAMS = ['refresh', 'dwell', 'idle', 'tour'] as const;

function withScreenParams(query: string): string {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams(query);
  for (const key of SCREEN_PARAMS) {
    const v = current.get(key);
    if (v !== null) next.set(key, v);
  }
  const q = next.toString();
  return q ? `?${q}` : '';
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (period/metric tweaks, fixes). */
  replace?: boolean;
}

/** Reads the view from the URL and writes changes back; a change of region adds a history entry. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>, options?: NavigateOptions) => void] {
  const state = useSyncExternalStore(subscribe, currentViewState, currentViewState);
  const update = useCallback((patch: Partial<ViewState>, options: NavigateOptions = {}) => {
    const next = { ...currentViewState(), ...patch };
    const url = `${window.location.pathname}${withScreenParams(serializeViewState(next))}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    notify();
  }, []);
  return [state, update];
}
