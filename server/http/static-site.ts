import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SERVED_MARKER } from '@/config/served-marker';
import { sendError } from './errors';

/**
 * The built dashboard from `dist/`: hashed assets cached for a year, `index.html` never, and
 * every other GET that is not an API or server path answered with `index.html` (the app routes
 * by query string, but a bookmarked path must still load it). The index is sent with the
 * marker meta tag (src/config/served-marker.ts) that tells the app it is served by this
 * server: it then reads the API on its own origin and never starts the mock.
 */
export function servedIndex(html: string): string {
  const tag = `<meta name="${SERVED_MARKER.name}" content="${SERVED_MARKER.content}">`;
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) throw new Error('dist/index.html has no <head>');
  const end = html.indexOf('>', at) + 1;
  return html.slice(0, end) + tag + html.slice(end);
}

/** Paths that never fall back to the app: a missing API route is a JSON 404. */
function isServerPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/healthz') || url.startsWith('/readyz');
}

export async function registerStaticSite(app: FastifyInstance, distDir: string): Promise<void> {
  const root = resolve(distDir);
  const index = servedIndex(readFileSync(join(root, 'index.html'), 'utf8'));
  const sendIndex = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);

  await app.register(fastifyStatic, {
    root,
    index: false,
    // Nothing starting with a dot (.env, .git) is ever served.
    dotfiles: 'ignore',
    serveDotFiles: false,
    cacheControl: false,
    setHeaders(reply, path) {
      // Vite's hashed file names change with their content.
      const immutable = path.startsWith(join(root, 'assets'));
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !isServerPath(path);
    // A missing asset (old tab after a release) must not get HTML back as JavaScript.
    if (wantsPage && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path)) return sendIndex(request, reply);
    return sendError(reply, 404, 'not-found', '未找到该地址');
  });
}

/** Without a build (API only), every unknown path is a JSON 404. */
export function registerApiOnlyNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'not-found', '未找到该地址'));
}
