import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '@/api/endpoints';
import type { Authenticator } from '../auth/authenticate';
import { SESSION_COOKIE } from '../auth/authenticate';
import { HttpError, sendError } from './errors';

/** `POST /api/v1/session` and `DELETE /api/v1/session` (docs/api.md "Signing in"). */
export const SESSION_PATH = `${API_PREFIX}/session`;

export interface AuthPluginOptions {
  authenticator: Authenticator;
  /** Force the cookie's Secure flag; otherwise set when the request came over https. */
  secureCookie?: boolean;
  /** Other origins allowed to sign in (the CORS origins). */
  allowedOrigins: readonly string[];
}

function cookieOptions(request: FastifyRequest, secure: boolean | undefined, expires: Date) {
  return {
    path: '/',
    httpOnly: true,
    // Strict: the cookie is never sent with a request another site starts, so no other page
    // can read the API as the screen. The dashboard's HTML is public, so a link from a chat
    // app (a cross-site navigation) still opens it; its API requests are same-site.
    sameSite: 'strict' as const,
    secure: secure ?? request.protocol === 'https',
    expires,
  };
}

/** Host and port as the URL parser normalises them (a default port dropped), scheme aside: TLS may end at a proxy. */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}

/** Reads `{token}` or `{enrolment}` from the sign-in body, or throws a 400 naming the fault. */
function signInBody(body: unknown): { token: string } | { enrolment: string } {
  const o = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
  if (o && typeof o.token === 'string' && o.enrolment === undefined) return { token: o.token.trim() };
  if (o && typeof o.enrolment === 'string' && o.token === undefined) return { enrolment: o.enrolment.trim() };
  throw new HttpError(400, 'bad-sign-in', '登录请求应为 {"token": "…"} 或 {"enrolment": "…"}');
}

/**
 * Sessions for the dashboard: the token (typed into the sign-in form) or a one-time enrolment
 * code (from the link `…/#enrol=…`) is exchanged once for an HttpOnly cookie; from then on the
 * browser sends the cookie and the page never holds a secret. Scripts and other servers may
 * send `Authorization: Bearer` instead. Every other /api/v1 request is checked here.
 */
export async function registerAuth(
  app: FastifyInstance,
  { authenticator, secureCookie, allowedOrigins }: AuthPluginOptions,
) {
  await app.register(fastifyCookie);

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith(`${API_PREFIX}/`) || path === SESSION_PATH || request.method === 'OPTIONS') return;
    const result = await authenticator.check({
      authorization: request.headers.authorization,
      session: request.cookies[SESSION_COOKIE],
    });
    if (result?.renewedUntil) {
      const session = request.cookies[SESSION_COOKIE] ?? '';
      reply.setCookie(SESSION_COOKIE, session, cookieOptions(request, secureCookie, result.renewedUntil));
    }
  });

  const signIn = async (request: FastifyRequest, reply: FastifyReply) => {
    // Another site's page must not sign this browser in (login CSRF); browsers always send
    // Origin with a POST.
    const origin = request.headers.origin;
    if (origin !== undefined && !sameHost(origin, request.host) && !allowedOrigins.includes(origin)) {
      throw new HttpError(403, 'cross-origin-sign-in', '不接受来自其他网站的登录请求');
    }
    const body = signInBody(request.body);
    const opened =
      'token' in body
        ? await authenticator.signInWithToken(body.token)
        : await authenticator.signInWithEnrolment(body.enrolment);
    reply.setCookie(SESSION_COOKIE, opened.session, cookieOptions(request, secureCookie, opened.expiresAt));
    return reply.header('cache-control', 'no-store').send({ signedIn: true });
  };
  // Brute force is hopeless against 256-bit secrets; the tighter limit keeps log noise down.
  app.post(SESSION_PATH, { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, signIn);

  app.delete(SESSION_PATH, async (request, reply) => {
    await authenticator.signOut(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
    return reply.code(204).send();
  });

  app.get(SESSION_PATH, async (_request, reply) =>
    sendError(
      reply.header('allow', 'POST, DELETE'),
      405,
      'method-not-allowed',
      '此地址只接受 POST（登录）和 DELETE（退出）',
    ),
  );
}
