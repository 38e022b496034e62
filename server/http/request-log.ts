import type { FastifyInstance } from 'fastify';

/**
 * One line per request: method, route pattern (`/api/v1/regions/:code`, never the URL with
 * its values), status and time. Fastify's own request logging is off: it logs the URL, and a
 * URL or a header can carry a token, an enrolment code or a person's name; no line here ever
 * holds a header, a cookie, a query string or a token's name.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    request.log.info(
      {
        method: request.method,
        // Files and unmatched URLs are logged as such: their text is whatever the client sent.
        route: route === '/*' ? '(static)' : route && !route.includes('*') ? route : '(unmatched)',
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
