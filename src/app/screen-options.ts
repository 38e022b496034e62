/**
 * Settings of the unattended big screen, read from the link so a wall can be set up without a
 * rebuild: `?mode=screen&refresh=120&dwell=12&idle=60&tour=0`. Values are seconds and bounded,
 * so a typo cannot hammer the API or freeze the tour.
 */
export interface ScreenOptions {
  /** Statistics refresh interval, ms. */
  refreshMs: number;
  /** How long the tour stays on one region, ms. */
  dwellMs: number;
  /** How long after the last touch, key or pointer move the tour resumes, ms. */
  idleMs: number;
  /** Whether the tour runs at all (screen mode only). */
  tour: boolean;
}

export const SCREEN_DEFAULTS = { dwellMs: 15_000, idleMs: 60_000 } as const;

/** Bounds in seconds. The lower ones are low enough for the soak benchmark's shortened cycles. */
const BOUNDS = {
  // As low as 0.25 s only so the soak benchmark can run hundreds of cycles in minutes.
  refresh: [0.25, 24 * 3600],
  dwell: [0.2, 3600],
  idle: [0.2, 24 * 3600],
} as const;

function seconds(search: URLSearchParams, key: keyof typeof BOUNDS): number | null {
  const raw = search.get(key);
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) return null;
  const [lo, hi] = BOUNDS[key];
  return Math.round(Math.min(hi, Math.max(lo, n)) * 1000);
}

/** Pure: options from the query string; link parameters only count in screen mode. */
export function readScreenOptions(search: string, screenMode: boolean, configRefreshMs: number): ScreenOptions {
  const s = new URLSearchParams(search);
  const fallback = { refreshMs: configRefreshMs, dwellMs: SCREEN_DEFAULTS.dwellMs, idleMs: SCREEN_DEFAULTS.idleMs };
  if (!screenMode) return { ...fallback, tour: false };
  return {
    refreshMs: seconds(s, 'refresh') ?? fallback.refreshMs,
    dwellMs: seconds(s, 'dwell') ?? fallback.dwellMs,
    idleMs: seconds(s, 'idle') ?? fallback.idleMs,
    tour: s.get('tour') !== '0',
  };
}
