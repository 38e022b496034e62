import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy the production build is served with (docs/security.md). No
 * 'unsafe-eval' and no inline script or style: text from the API can never become code, even if
 * some markup slipped through. The API origin (connect-src) and the tile server (img-src) are
 * the only other origins, taken from the build configuration.
 */
export interface CspSources {
  /** `VITE_API_BASE_URL`, already validated (src/config/env.ts); null → same origin (mock). */
  apiBaseUrl: string | null;
  /** `VITE_TILE_URL` template, already validated; null → no base map. */
  tileUrl: string | null;
}

/** The origin a tile template loads from; `{s}` subdomains become a `*.` wildcard. */
export function tileSource(template: string): string | null {
  const wildcard = /^(https?:\/\/)[^/]*\{s\}[^./]*\./.exec(template);
  const concrete = template.replace(/\{[a-z]+\}/g, '0');
  try {
    const url = new URL(concrete);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!wildcard) return url.origin;
    const rest = url.host.split('.').slice(1).join('.');
    return `${url.protocol}//*.${rest}`;
  } catch {
    return null;
  }
}

function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The policy as one header value. `forMeta` leaves out what a `<meta http-equiv>` cannot carry
 * (frame-ancestors), so the same function serves the header and the meta tag.
 */
export function contentSecurityPolicy(sources: CspSources, { forMeta = false } = {}): string {
  const api = originOf(sources.apiBaseUrl);
  const tiles = sources.tileUrl ? tileSource(sources.tileUrl) : null;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    // Leaflet and ECharts position elements through element.style (CSSOM), which CSP allows;
    // no inline <style> or style="" attribute is needed.
    ['style-src', "'self'"],
    // data: for exported PNGs, blob: for downloads made in the page.
    ['img-src', "'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", ...(api ? [api] : [])],
    // The mock API's service worker (demo mode) is served from the app's own origin.
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
    ...(forMeta ? [] : ([['frame-ancestors', "'none'"]] as [string, ...string[]][])),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

function sourcesFrom(env: Record<string, string | undefined>): CspSources {
  return { apiBaseUrl: env.VITE_API_BASE_URL?.trim() || null, tileUrl: env.VITE_TILE_URL?.trim() || null };
}

/**
 * Puts the Content-Security-Policy (above) into the built index.html as a
 * `<meta http-equiv>`, so any static server enforces it, and sends it as a header (with
 * frame-ancestors) from `vite preview`. Build only: the dev server injects an inline script
 * (React Fast Refresh) that a strict policy would block.
 */
export function cspPlugin(): Plugin {
  let sources: CspSources = { apiBaseUrl: null, tileUrl: null };
  return {
    name: 'shiliu-csp',
    configResolved(config) {
      sources = sourcesFrom(config.env);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html;
        return [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: contentSecurityPolicy(sources, { forMeta: true }),
            },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    configurePreviewServer(server) {
      const policy = contentSecurityPolicy(sourcesFrom(server.config.env));
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
