import type { FastifyInstance } from 'fastify';

/**
 * One line per request: method, route pattern (`/api/v1/regions/:code`, never the URL with
 * its values), status and time. Fastify's own request logging is off: it logs the URL, and a
 * URL or a header can carry a token, an enrolment code or a person's name; no line here ever
 * holds a header, a cookie, a query string or a token's name.
 */
function label(route: string | undefined, status: number): string {
  if (route === '/*') return '(static)';
  if (route === undefined) return status === 404 ? '(unmatched)' : '(app page)';
  return route.includes('*') ? '(unmatched)' : route;
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        // Files, the app's page for any path, and unmatched URLs are logged as such: their
        // text is whatever the client sent.
        route: label(request.routeOptions.url, reply.statusCode),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}

/** pino options: no request/response serializers that could print headers or URLs. */
export const LOG_SERIALIZERS = {
  req: () => ({}),
  res: () => ({}),
};
