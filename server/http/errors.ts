import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '@/api/endpoints';

/**
 * Every 4xx/5xx this server sends carries docs/api.md's error body
 * `{"error": {"code", "message"}}`, the message in Chinese (the dashboard shows it). Errors
 * thrown anywhere (routes, plugins, Fastify itself) end here; nothing echoes what the client
 * sent, so a token or a hostile string never comes back in a body or a log line.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorBody(code: string, message: string): ApiErrorBody {
  return { error: { code, message } };
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send(errorBody(code, message));
}

/** PostgreSQL SQLSTATE classes and Node socket errors that mean "the database is not there". */
const DB_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * Whether an error says the database cannot be reached (pg: SQLSTATE 08xxx connection
 * exceptions, 57P01–57P03 shutdown/cannot connect now, 53300 too many connections, socket
 * errors; PGlite: a closed instance). Those answer 503, so screens keep their last data and
 * retry, instead of a 500 that looks like a bug.
 */
export function isDatabaseDown(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof HttpError) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (DB_DOWN_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300') return true;
  }
  if (
    /PGlite is closed|Connection terminated|connection timeout|database system is (starting|shutting)/i.test(
      error.message,
    )
  )
    return true;
  return error.cause !== undefined && isDatabaseDown(error.cause);
}

/** Fastify's own 4xx errors (bad JSON, body too large, wrong content type…) in Chinese. */
function frameworkMessage(error: FastifyError): { code: string; message: string } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'body-too-large', message: '请求体过大' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'bad-content-type', message: '请求体类型不支持：应为 application/json' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'bad-json', message: '请求体不是有效的 JSON' };
    case 'FST_ERR_BAD_URL':
      return { code: 'bad-url', message: '请求地址格式无效' };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { code: 'url-too-long', message: '请求地址过长' };
    default:
      return { code: 'bad-request', message: '请求无效' };
  }
}

/** The app's error handler: HttpError as is, database down → 503, Fastify 4xx, else 500. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpError) {
    reply.headers(error.headers);
    void sendError(reply, error.statusCode, error.code, error.message);
    return;
  }
  if (isDatabaseDown(error)) {
    // The type only: a driver's message can quote parameters.
    request.log.error({ errType: error.name, errCode: (error as { code?: unknown }).code }, 'database unreachable');
    void sendError(reply.header('retry-after', '5'), 503, 'database-unavailable', '数据库暂时无法连接，请稍后重试');
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const { code, message } = frameworkMessage(error as FastifyError);
    void sendError(reply, status, code, message);
    return;
  }
  request.log.error(
    { errType: error.name, errCode: (error as { code?: unknown }).code, stack: error.stack },
    'internal',
  );
  void sendError(reply, 500, 'internal', '服务器内部错误');
}
