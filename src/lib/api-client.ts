import { z } from 'zod/mini';
import { endpointPattern, unknownFields } from '@/api/unknown-fields';
import { config } from '@/config/env';

// zod 4 probes `new Function` to compile fast parsers. The production build runs under a CSP
// without 'unsafe-eval' (docs/security.md), where the probe fails anyway but is still reported
// as a violation on every load; jitless skips it.
z.config({ jitless: true });

/**
 * Largest response body accepted, bytes. A province's grids at `?level=grid` (50k cells) are
 * ~15 MB; anything far beyond is a broken or hostile server and would freeze the screen.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** What went wrong, in terms a person can act on. */
export type ApiErrorKind =
  | 'network' // no answer: refused, DNS, no route (reason 'unreachable'), or refused by CORS (reason 'cors')
  | 'timeout'
  | 'auth' // 401/403: sign-in needed; never retried
  | 'not-found' // 404
  | 'rate-limit' // 429, with retryAfterMs
  | 'server' // 5xx
  | 'http' // other 4xx
  | 'parse' // body is not JSON (or truncated)
  | 'too-large' // body above the size cap
  | 'schema'; // JSON that does not match the contract

/**
 * Why a request got no answer the page may read: `unreachable` — refused, DNS, no route;
 * `cors` — the server answered but does not allow this page's origin (CORS).
 */
export type NetworkReason = 'unreachable' | 'cors';

/** The one error type every API call raises. `endpoint` and `field` say where it went wrong. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    readonly endpoint: string,
    message: string,
    readonly options: { status?: number; field?: string; retryAfterMs?: number; reason?: NetworkReason } = {},
  ) {
    super(message);
  }
  get status(): number | undefined {
    return this.options.status;
  }
  get field(): string | undefined {
    return this.options.field;
  }
  get retryAfterMs(): number | undefined {
    return this.options.retryAfterMs;
  }
  /** For a network error: whether the server answered but CORS kept the answer from the page. */
  get reason(): NetworkReason | undefined {
    return this.options.reason;
  }
  /** Whether retrying can help (auth errors and contract violations won't fix themselves). */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'rate-limit';
  }
}

/** Formats a zod issue path as `features[3].properties.name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export interface RequestOptions {
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  baseUrl: string | null;
  token: string | null;
  timeoutMs: number;
  /** Size cap of a response body, bytes (default MAX_RESPONSE_BYTES). */
  maxResponseBytes?: number;
  fetch?: typeof fetch;
}

class BodyTooLarge extends Error {}

/** How long the CORS probe may take before the server counts as unreachable. */
const PROBE_TIMEOUT_MS = 5000;

/**
 * A cross-origin fetch that fails says nothing about why: a refused connection and a CORS
 * refusal are the same TypeError. Asking the same URL again in `no-cors` mode tells them apart:
 * an opaque answer means the server is up and the failure was CORS; a failure means no answer.
 * (The page's CSP allows the URL, since the first request got as far as the network; a CSP
 * block is told apart by its `securitypolicyviolation`, features/connection/boot-status.tsx.)
 */
async function networkReason(doFetch: typeof fetch, url: URL, timeoutMs: number): Promise<NetworkReason> {
  const page = globalThis.location?.origin;
  if (!page || url.origin === page) return 'unreachable';
  try {
    await doFetch(url, {
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(Math.min(timeoutMs, PROBE_TIMEOUT_MS)),
    });
    return 'cors';
  } catch {
    return 'unreachable';
  }
}

/** Reads a body as text, giving up (and cancelling the download) once it passes `max` bytes. */
async function readCapped(response: Response, max: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Chunks are kept as bytes and decoded once at the end, rather than decoded and appended to
  // a string chunk by chunk (this reader showed in start-up CPU profiles).
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function statusError(endpoint: string, status: number, retryAfter: string | null): ApiError {
  if (status === 401 || status === 403) {
    return new ApiError('auth', endpoint, status === 401 ? '需要登录：访问令牌缺失或已过期' : '无权访问该数据', {
      status,
    });
  }
  if (status === 404) return new ApiError('not-found', endpoint, '未找到该数据（404）', { status });
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(retryAfter);
    return new ApiError('rate-limit', endpoint, '请求过于频繁（429），稍后自动重试', { status, retryAfterMs });
  }
  if (status >= 500) return new ApiError('server', endpoint, `服务器错误（${status}）`, { status });
  return new ApiError('http', endpoint, `请求被拒绝（${status}）`, { status });
}

/**
 * Creates the single fetch wrapper: base URL, bearer token, timeout, and a schema parse of
 * every response inside the call, so nothing unvalidated reaches a component.
 */
export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  /** `endpoint field` pairs already noted: once each, not once per response or per poll. */
  const noted = new Set<string>();

  /** Notes, once each, the fields of a response the contract does not know (they are ignored). */
  function noteUnknownFields(pathname: string, raw: unknown, parsed: unknown) {
    const endpoint = endpointPattern(pathname);
    const fresh = unknownFields(raw, parsed).filter((field) => {
      const key = `${endpoint} ${field}`;
      if (noted.has(key)) return false;
      noted.add(key);
      return true;
    });
    if (fresh.length > 0) {
      console.info(`[shiliu] ${endpoint}: unknown fields ignored (docs/api.md "Evolution"): ${fresh.join(', ')}`);
    }
  }

  async function get<S extends z.core.$ZodType>(
    path: string,
    schema: S,
    req: RequestOptions = {},
  ): Promise<z.infer<S>> {
    const url = new URL(path, options.baseUrl ?? globalThis.location?.origin ?? 'http://localhost');
    for (const [k, v] of Object.entries(req.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    const endpoint = url.pathname + url.search;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), options.timeoutMs);
    const onAbort = () => controller.abort(req.signal?.reason);
    req.signal?.addEventListener('abort', onAbort, { once: true });

    try {
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: {
            Accept: 'application/json',
            ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          },
          signal: controller.signal,
        });
      } catch (e) {
        if (req.signal?.aborted) throw e; // cancelled by the caller (Query): not an error to show
        if (controller.signal.aborted) {
          throw new ApiError('timeout', endpoint, `请求超时（超过 ${Math.round(options.timeoutMs / 1000)} 秒）`);
        }
        const reason = await networkReason(doFetch, url, options.timeoutMs);
        if (req.signal?.aborted) throw e;
        throw new ApiError(
          'network',
          endpoint,
          reason === 'cors' ? '数据接口未允许本页面跨域访问（CORS）' : '无法连接数据接口',
          { reason },
        );
      }
      if (!response.ok) throw statusError(endpoint, response.status, response.headers.get('Retry-After'));

      let body: unknown;
      try {
        body = JSON.parse(await readCapped(response, maxBytes));
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          const mb = Math.round(maxBytes / 1024 / 1024);
          throw new ApiError('too-large', endpoint, `返回数据过大（超过 ${mb} MB），已停止加载`, {
            status: response.status,
          });
        }
        if (controller.signal.aborted && !req.signal?.aborted) {
          throw new ApiError('timeout', endpoint, `请求超时（超过 ${Math.round(options.timeoutMs / 1000)} 秒）`);
        }
        if (req.signal?.aborted) throw e;
        throw new ApiError('parse', endpoint, '返回内容不是有效的 JSON（可能被截断）', { status: response.status });
      }
      const parsed = z.safeParse(schema, body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue ? formatPath(issue.path) || '(根)' : '(根)';
        throw new ApiError('schema', endpoint, `数据格式不符：字段 ${field} ${issue?.message ?? ''}`.trim(), {
          status: response.status,
          field,
        });
      }
      noteUnknownFields(url.pathname, body, parsed.data);
      return parsed.data;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  }

  return { get };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const api: ApiClient = createApiClient({
  baseUrl: config.apiBaseUrl,
  token: config.apiToken,
  timeoutMs: config.apiTimeoutMs,
});
