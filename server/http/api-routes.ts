/**
 * `apiRoutes`: a Fastify 5 plugin that registers the JSON API of docs/api.md (`/api/v1/*`)
 * over one answer layer (server/answers). The app shell (server/http/app.ts) registers it
 * after its CORS, rate-limit, auth and compression plugins:
 *
 *     await app.register(apiRoutes, { answers: createAnswers(databaseFacts(db)) });
 *
 * Options: `answers` (required); `cacheBytes` (default 64 MiB) bounds the in-memory cache of
 * serialized answers. Routes are absolute (`/api/v1/...`, from src/api/endpoints.ts): register
 * without a prefix.
 *
 * - Parameters are validated by the answer layer with the client's zod schemas; a malformed
 *   code, period, metric or level answers 400 with `{"error": {"code", "message"}}` naming it,
 *   before any facts are read. A parameter given twice is a 400 too.
 * - Every 200 carries an ETag derived from the data's version (meta.lastUpdated, from the
 *   import log) and the request URL, and `Cache-Control: no-cache`: a screen's refresh with
 *   `If-None-Match` gets a 304 without the facts being read, and while the data stays the same
 *   each answer is computed once (then served from memory).
 * - Unknown paths under /api/v1 answer a JSON 404, other methods than GET/HEAD a 405.
 *   Errors that are not ApiErrors are rethrown to the app's error handler (500, or 503 when
 *   the database is down).
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX, routes } from '@/api/endpoints';
import type { ApiErrorBody } from '@/api/endpoints';
import type { Answers } from '../answers/answers';
import { ApiError } from '../answers/api-error';
import { AnswerCache } from './answer-cache';

export interface ApiRoutesOptions {
  answers: Answers;
  cacheBytes?: number;
}

type Query = Record<string, string | string[] | undefined>;
type Params = { code?: string };
type Answer = (code: string, q: (name: string) => string | null) => Promise<unknown>;

const JSON_TYPE = 'application/json; charset=utf-8';

function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const body: ApiErrorBody = { error: { code, message } };
  return reply.code(status).header('cache-control', 'no-store').type(JSON_TYPE).send(body);
}

/** One value of a query parameter; null when absent. */
function param(query: Query, name: string): string | null {
  const value = query[name];
  if (Array.isArray(value)) throw new ApiError(400, 'repeated-parameter', `参数 ${name} 只能出现一次`);
  return value ?? null;
}

/** Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110). */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
}

export const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (app, options) => {
  const { answers } = options;
  const cache = new AnswerCache(options.cacheBytes ?? 64 * 1024 * 1024);

  const handle = (answer: Answer) => async (request: FastifyRequest, reply: FastifyReply) => {
    const query = (request.query ?? {}) as Query;
    const code = (request.params as Params).code ?? '';
    try {
      const version = await answers.version();
      const url = request.url;
      const etag = `"${createHash('sha1').update(version).update('\n').update(url).digest('base64url')}"`;
      reply.header('etag', etag).header('cache-control', 'no-cache').header('vary', 'Accept-Encoding');
      if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      let body = cache.get(etag);
      if (body === undefined) {
        body = JSON.stringify(await answer(code, (name) => param(query, name)));
        cache.set(etag, body);
      }
      return reply.type(JSON_TYPE).send(body);
    } catch (error) {
      if (error instanceof ApiError) {
        reply.removeHeader('etag');
        return sendError(reply, error.status, error.code, error.message);
      }
      throw error;
    }
  };

  const indicator =
    (pick: (a: Answers) => (code: string, period: string | null) => Promise<unknown>): Answer =>
    (code, q) =>
      pick(answers).call(answers, code, q('period'));

  app.get(
    routes.meta,
    handle(() => answers.meta()),
  );
  app.get(
    routes.region,
    handle((code) => answers.region(code)),
  );
  app.get(
    routes.boundaries,
    handle((code, q) => answers.boundaries(code, q('level'))),
  );
  app.get(routes.summary, handle(indicator((a) => a.summary)));
  app.get(routes.ethnic, handle(indicator((a) => a.ethnic)));
  app.get(routes.employment, handle(indicator((a) => a.employment)));
  app.get(routes.events, handle(indicator((a) => a.events)));
  app.get(routes.disputes, handle(indicator((a) => a.disputes)));
  app.get(
    routes.childMetric,
    handle((code, q) => answers.childMetric(code, q('metric'), q('period'), q('level'))),
  );
  app.get(
    routes.series,
    handle((code, q) => answers.series(code, q('metrics'), q('from'), q('to'))),
  );
  // Anything else under the API prefix: a JSON 404 (GET) or 405 (writes), never the dashboard's page.
  app.get(`${API_PREFIX}/*`, async (request, reply) =>
    sendError(reply, 404, 'no-such-endpoint', `接口不存在：${request.url.split('?')[0]?.slice(0, 200) ?? ''}`),
  );
  app.route({
    method: ['POST', 'PUT', 'PATCH', 'DELETE'],
    url: `${API_PREFIX}/*`,
    handler: async (request, reply) =>
      sendError(reply, 405, 'method-not-allowed', `接口只支持 GET 请求，收到 ${request.method}`),
  });
};
