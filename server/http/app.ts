import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Authenticator } from '../auth/authenticate';
import { registerAuth } from './auth-plugin';
import { errorBody, handleError, HttpError, sendError } from './errors';
import { registerHealth } from './health';
import { LOG_SERIALIZERS, registerRequestLog } from './request-log';
import { buildPolicy, headerPolicy, registerSecurityHeaders } from './security-headers';
import { registerApiOnlyNotFound, registerStaticSite } from './static-site';

/** Largest request body (the sign-in form's JSON is ~100 bytes). */
export const MAX_BODY_BYTES = 16 * 1024;
/** Largest response body; the dashboard refuses more anyway (MAX_RESPONSE_BYTES, src/lib/api-client.ts). */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface AppOptions {
  /** The built dashboard (`dist/`), or null to serve the API only. */
  distDir: string | null;
  /** Origins (scheme://host[:port]) another dashboard may read the API from; same origin needs none. */
  corsOrigins: readonly string[];
  /** `frame-ancestors` sources (default `'none'`: nobody may frame the screen). */
  frameAncestors?: string;
  authenticator: Authenticator;
  /** Resolves when the database answers (readiness). */
  ping: () => Promise<void>;
  /** The /api/v1 data routes (server/http/api-routes.ts) with their options. */
  api?: { plugin: FastifyPluginAsync<never>; options: object };
  /** Requests per minute per client address (default 1200). */
  rateLimitPerMinute?: number;
  maxResponseBytes?: number;
  /** Where log lines go (default stdout); tests pass a stream to read them. */
  logStream?: NodeJS.WritableStream;
  logLevel?: string;
  /** Honour X-Forwarded-For/-Proto from these proxies (`true`, or a comma-separated address list). */
  trustProxy?: boolean | string;
  secureCookie?: boolean;
}

export interface ShiliuApp {
  app: FastifyInstance;
  /** Stops taking requests (503 on new ones, readiness fails), finishes those in flight, closes. */
  shutdown(): Promise<void>;
}

/**
 * The Shiliu server's HTTP side (docs/deployment.md): the dashboard, the JSON API of
 * docs/api.md behind the token check, health endpoints, and the protections every answer
 * gets (CSP and other headers, CORS for configured origins only, compression, rate limit,
 * size caps, the error body on every 4xx/5xx).
 */
export async function buildApp(options: AppOptions): Promise<ShiliuApp> {
  const maxResponse = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  let accepting = true;
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      serializers: LOG_SERIALIZERS,
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // Our own line per request (request-log.ts): Fastify's logs the URL.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: options.trustProxy ?? false,
    // Our own 503 with the error body (onRequest below), not Fastify's.
    return503OnClosing: false,
    // Region codes are 6–20 digits; anything far longer is not a path of this API.
    routerOptions: { maxParamLength: 64 },
    // Malformed URLs and over-long parameters get the error body too.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void sendError(
        reply,
        tooLong ? 414 : 400,
        tooLong ? 'url-too-long' : 'bad-url',
        tooLong ? '请求地址过长' : '请求地址格式无效',
      );
    },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const [status, code, message] =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'headers-too-large', '请求头过大']
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'request-timeout', '请求超时']
            : [400, 'bad-request', '请求格式无效'];
      const body = JSON.stringify(errorBody(code, message));
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status} Error\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy();
    },
  });

  app.setErrorHandler(handleError);
  registerRequestLog(app);

  app.addHook('onRequest', async (_request, reply) => {
    if (accepting) return;
    reply.header('connection', 'close');
    throw new HttpError(503, 'shutting-down', '服务正在停止，请稍后重试', { 'retry-after': '5' });
  });

  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 1200,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'rate-limited', `请求过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后重试`),
  });
  await app.register(fastifyCors, {
    // Only listed origins get CORS headers; same-origin requests need none.
    origin: [...options.corsOrigins],
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: ['Retry-After'],
    credentials: true,
    maxAge: 600,
  });
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    // Brotli's default (11) costs seconds on a province's grid geometry; 5 is close in size.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });

  const csp = options.distDir ? buildPolicy(options.distDir) : null;
  const frameAncestors = options.frameAncestors ?? "'none'";
  registerSecurityHeaders(app, { csp: csp ? headerPolicy(csp, frameAncestors) : null, frameAncestors });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!accepting) reply.header('connection', 'close');
    const size =
      typeof payload === 'string' ? Buffer.byteLength(payload) : Buffer.isBuffer(payload) ? payload.length : 0;
    if (size <= maxResponse) return payload;
    request.log.error({ size }, 'response over the size cap');
    reply.code(500).type('application/json; charset=utf-8').removeHeader('etag');
    const mb = Math.round(maxResponse / 1024 / 1024);
    return JSON.stringify(errorBody('response-too-large', `返回数据超过上限（${mb} MB），请缩小查询范围`));
  });

  registerHealth(app, { ping: options.ping, accepting: () => accepting });
  await registerAuth(app, {
    authenticator: options.authenticator,
    secureCookie: options.secureCookie,
    allowedOrigins: options.corsOrigins,
  });
  if (options.api) await app.register(options.api.plugin, options.api.options as never);
  if (options.distDir) await registerStaticSite(app, options.distDir);
  else registerApiOnlyNotFound(app);

  let closing: Promise<void> | null = null;
  return {
    app,
    shutdown() {
      accepting = false;
      closing ??= app.close();
      return closing;
    },
  };
}
