/**
 * The versioned paths of the JSON API, shared by the client and the mock handlers.
 * Documented for implementers in docs/api.md.
 */
export const API_PREFIX = '/api/v1';

export const paths = {
  meta: () => `${API_PREFIX}/meta`,
  region: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}`,
  boundaries: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/boundaries`,
  summary: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/summary`,
  ethnic: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/ethnic`,
  employment: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/employment`,
  events: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/events`,
  disputes: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/disputes`,
  childMetric: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/children-metric`,
  series: (code: string) => `${API_PREFIX}/regions/${encodeURIComponent(code)}/series`,
} as const;

/** MSW-style route patterns for the same paths (used by mocks/handlers.ts). */
export const routes = {
  meta: `${API_PREFIX}/meta`,
  region: `${API_PREFIX}/regions/:code`,
  boundaries: `${API_PREFIX}/regions/:code/boundaries`,
  summary: `${API_PREFIX}/regions/:code/summary`,
  ethnic: `${API_PREFIX}/regions/:code/ethnic`,
  employment: `${API_PREFIX}/regions/:code/employment`,
  events: `${API_PREFIX}/regions/:code/events`,
  disputes: `${API_PREFIX}/regions/:code/disputes`,
  childMetric: `${API_PREFIX}/regions/:code/children-metric`,
  series: `${API_PREFIX}/regions/:code/series`,
} as const;

/** Error body for 4xx/5xx responses. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}
