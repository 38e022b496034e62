import { isServedByShiliu } from './served-marker';

/**
 * Build-time configuration (Vite `VITE_*` variables, see README "Configuration").
 * Nothing here has a default key or a default tile server: no base map is the default.
 */
export type TileCrs = 'wgs84' | 'gcj02';

/**
 * Where the data comes from: `remote` — the API at VITE_API_BASE_URL; `same-origin` — the page
 * was served by Shiliu's server (`npm run serve`), which marks the index.html it sends
 * (src/config/served-marker.ts), so the API is on the page's own origin; `mock` — neither: the
 * built-in demo (MSW) serves.
 */
export type ApiSource = 'remote' | 'same-origin' | 'mock';

export interface AppConfig {
  /** Origin of the JSON API, e.g. http://127.0.0.1:8787; null → the page's origin or the mock (apiSource). */
  apiBaseUrl: string | null;
  apiSource: ApiSource;
  /** Optional bearer token sent with every API request. */
  apiToken: string | null;
  /** Per-request timeout, ms. */
  apiTimeoutMs: number;
  /** Optional XYZ tile URL template ({z}/{x}/{y}, optional {s}); null → no base map. */
  tileUrl: string | null;
  tileCrs: TileCrs;
  tileAttribution: string;
  tileSubdomains: string;
  /** Statistics refresh interval, ms (geometry is never refetched). */
  refreshIntervalMs: number;
  /** Problems found while reading the configuration, shown on screen. */
  problems: string[];
}

function clean(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function positiveInt(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.round(n) : fallback;
}

/**
 * Reads and checks configuration; pure, so it is unit-tested with any env object.
 * `servedByShiliu`: the page carries the marker of Shiliu's server.
 */
export function readConfig(env: Record<string, unknown>, { servedByShiliu = false } = {}): AppConfig {
  const problems: string[] = [];
  let apiBaseUrl = clean(env.VITE_API_BASE_URL);
  if (apiBaseUrl) {
    try {
      const u = new URL(apiBaseUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
      apiBaseUrl = u.origin + u.pathname.replace(/\/+$/, '');
    } catch {
      problems.push(`API 地址配置无效：${apiBaseUrl}（应为 http(s)://主机:端口）`);
      apiBaseUrl = null;
    }
  }
  let tileUrl = clean(env.VITE_TILE_URL);
  // {z}, {x} and {y} in any order: Tianditu puts them in the query as x={x}&y={y}&l={z}.
  if (tileUrl && !(/^https?:\/\/./.test(tileUrl) && ['{z}', '{x}', '{y}'].every((p) => tileUrl?.includes(p)))) {
    problems.push('底图地址配置无效：应为含 {z}/{x}/{y} 的 http(s) 地址，已不加载底图');
    tileUrl = null;
  }
  const crs = clean(env.VITE_TILE_CRS)?.toLowerCase();
  if (crs && crs !== 'wgs84' && crs !== 'gcj02') {
    problems.push(`底图坐标系配置无效：${crs}（应为 wgs84 或 gcj02），按 wgs84 处理`);
  }
  return {
    apiBaseUrl,
    apiSource: apiBaseUrl ? 'remote' : servedByShiliu ? 'same-origin' : 'mock',
    apiToken: clean(env.VITE_API_TOKEN),
    apiTimeoutMs: positiveInt(env.VITE_API_TIMEOUT_MS, 15_000),
    tileUrl,
    tileCrs: crs === 'gcj02' ? 'gcj02' : 'wgs84',
    tileAttribution: clean(env.VITE_TILE_ATTRIBUTION) ?? '',
    tileSubdomains: clean(env.VITE_TILE_SUBDOMAINS) ?? 'abc',
    refreshIntervalMs: positiveInt(env.VITE_REFRESH_INTERVAL_MS, 5 * 60_000),
    problems,
  };
}

export const config: AppConfig = readConfig(import.meta.env, {
  servedByShiliu: isServedByShiliu(typeof document === 'undefined' ? undefined : document),
});

/** True when no API is configured, the page is not served by Shiliu's server, and the built-in mock (MSW) serves. */
export const usesMockApi = config.apiSource === 'mock';
