import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
 * Where a build records the policy it was made with, next to Vite's manifest. `vite preview`
 * (and any server that serves the build) sends this one, not one computed from its own
 * environment: a build made with `VITE_API_BASE_URL` and previewed without it would otherwise
 * get two policies, and the stricter (`connect-src 'self'`) blocks every API request.
 */
export const BUILT_POLICY_FILE = '.vite/csp.json';

/** What a build writes to BUILT_POLICY_FILE. */
export interface BuiltPolicy {
  /** The header value (with frame-ancestors). */
  header: string;
  /** The `<meta http-equiv>` value the build's index.html carries. */
  meta: string;
  sources: CspSources;
}

/** The policy recorded by the build in `outDir`, or null when there is none (older build). */
export function readBuiltPolicy(outDir: string): BuiltPolicy | null {
  const file = join(outDir, BUILT_POLICY_FILE);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuiltPolicy>;
  return typeof parsed.header === 'string' && typeof parsed.meta === 'string' ? (parsed as BuiltPolicy) : null;
}

/**
 * Puts the Content-Security-Policy (above) into the built index.html as a
 * `<meta http-equiv>`, so any static server enforces it, records it in BUILT_POLICY_FILE, and
 * sends that recorded policy as a header (with frame-ancestors) from `vite preview`. Build
 * only: the dev server injects an inline script (React Fast Refresh) that a strict policy
 * would block.
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
    generateBundle() {
      const built: BuiltPolicy = {
        header: contentSecurityPolicy(sources),
        meta: contentSecurityPolicy(sources, { forMeta: true }),
        sources,
      };
      this.emitFile({ type: 'asset', fileName: BUILT_POLICY_FILE, source: `${JSON.stringify(built, null, 2)}\n` });
    },
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      const built = readBuiltPolicy(outDir);
      if (!built) {
        server.config.logger.warn(
          `[shiliu-csp] ${join(outDir, BUILT_POLICY_FILE)} is missing (build made before it existed?): ` +
            'sending a policy from this environment; rebuild so that preview sends the one the build was made with.',
        );
      }
      const policy = built?.header ?? contentSecurityPolicy(sourcesFrom(server.config.env));
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
