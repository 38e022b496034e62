import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of the build being served, as the build wrote it
 * (scripts/csp-plugin.ts, docs/security.md). The server never makes up a policy of its own:
 * the one in the build knows the build's API and tile origins. Read from `dist/csp.txt` when
 * the build wrote one, else from the `<meta http-equiv>` in `dist/index.html` (the same policy
 * without `frame-ancestors`, which a meta tag cannot carry).
 */
export function buildPolicy(distDir: string): string | null {
  const file = join(distDir, 'csp.txt');
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8').trim();
    if (text) return text;
  }
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1]
    ? meta[1]
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : null;
}

/**
 * The header form: the build's policy with `frame-ancestors` set to `frameAncestors`
 * (replacing any the build put there), so a portal that may frame the screen is a setting
 * of the server, not a rebuild.
 */
export function headerPolicy(policy: string, frameAncestors: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^frame-ancestors(\s|$)/i.test(d));
  directives.push(`frame-ancestors ${frameAncestors}`);
  return directives.join('; ');
}

export interface SecurityHeaderOptions {
  /** Header policy (headerPolicy), or null when no build is served (API only). */
  csp: string | null;
  /** `frame-ancestors` sources, e.g. `'none'` or `https://portal.example.cn`. */
  frameAncestors: string;
}

/** nosniff, no referrer, the CSP on every answer (documents and API alike). */
export function registerSecurityHeaders(app: FastifyInstance, { csp, frameAncestors }: SecurityHeaderOptions): void {
  // Without a build nothing served is a document: JSON needs no source at all.
  const policy = csp ?? `default-src 'none'; frame-ancestors ${frameAncestors}`;
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('content-security-policy', policy);
    return payload;
  });
}
