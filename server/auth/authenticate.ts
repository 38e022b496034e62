import { HttpError } from '../http/errors';
import { hashSecret, isWellFormedSecret, newSecret } from './secrets';
import type { AuthStore } from './store';

/**
 * Who may read the API (docs/deployment.md "Tokens"):
 * - `required`: every /api/v1 request needs a session cookie or `Authorization: Bearer`;
 * - `off`: nobody needs anything (a screen on a closed network);
 * - `auto` (default): required as soon as a token was ever created — revoking the last one
 *   does not open the API again.
 */
export type AuthMode = 'required' | 'off' | 'auto';

export const SESSION_COOKIE = 'shiliu_session';
/** A session lasts this long after its last renewal; a screen in use renews it by itself. */
export const SESSION_LIFETIME_MS = 180 * 24 * 3600_000;
/** Renewed (new expiry, cookie sent again) once less than this is left. */
const RENEW_BELOW_MS = SESSION_LIFETIME_MS - 24 * 3600_000;
export const ENROLMENT_LIFETIME_MS = 7 * 24 * 3600_000;
/** How long `auto` trusts its answer to "was a token ever created?" (one query per window). */
const MODE_CACHE_MS = 5_000;

export interface Credentials {
  /** The raw `Authorization` header, if any. */
  authorization: string | undefined;
  /** The session cookie's value, if any. */
  session: string | undefined;
}

export interface Authenticated {
  tokenId: number;
  /** Set when the session was renewed: send the cookie again with this expiry. */
  renewedUntil?: Date;
}

const unauthorized = (code: string, message: string) => new HttpError(401, code, message);

export function createAuthenticator(store: AuthStore, mode: AuthMode, now: () => Date = () => new Date()) {
  let cached: { at: number; required: boolean } | null = null;

  async function required(): Promise<boolean> {
    if (mode !== 'auto') return mode === 'required';
    const t = now().getTime();
    if (cached && t - cached.at < MODE_CACHE_MS) return cached.required;
    cached = { at: t, required: await store.anyTokenEver() };
    return cached.required;
  }

  async function fromToken(header: string): Promise<Authenticated> {
    const match = /^Bearer +(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw new HttpError(400, 'bad-authorization', 'Authorization 请求头格式无效：应为 “Bearer 令牌”');
    if (!isWellFormedSecret('token', match[1])) throw unauthorized('bad-token', '访问令牌无效');
    const token = await store.findToken(hashSecret(match[1]));
    if (!token) throw unauthorized('bad-token', '访问令牌无效');
    if (token.revokedAt) throw new HttpError(403, 'token-revoked', '访问令牌已被吊销');
    return { tokenId: token.id };
  }

  async function fromSession(value: string): Promise<Authenticated> {
    if (!isWellFormedSecret('session', value)) throw unauthorized('bad-session', '登录已失效，请重新登录');
    const hash = hashSecret(value);
    const session = await store.findSession(hash);
    const t = now();
    if (!session || session.expiresAt <= t) throw unauthorized('session-expired', '登录已过期，请重新登录');
    if (session.tokenRevoked) throw new HttpError(403, 'token-revoked', '访问令牌已被吊销，请用新令牌重新登录');
    if (session.expiresAt.getTime() - t.getTime() > RENEW_BELOW_MS) return { tokenId: session.tokenId };
    const renewedUntil = new Date(t.getTime() + SESSION_LIFETIME_MS);
    await store.extendSession(hash, renewedUntil);
    return { tokenId: session.tokenId, renewedUntil };
  }

  return {
    required,
    /** Throws the 400/401/403 of docs/api.md; null when no credentials are needed. */
    async check(credentials: Credentials): Promise<Authenticated | null> {
      if (!(await required())) return null;
      // A bearer header is explicit: it wins over a cookie the browser may also send.
      if (credentials.authorization !== undefined) return fromToken(credentials.authorization);
      if (credentials.session) return fromSession(credentials.session);
      throw unauthorized('auth-required', '需要登录：请输入访问令牌');
    },
    /** Opens a session for a token typed into the sign-in form. */
    async signInWithToken(token: string): Promise<{ session: string; expiresAt: Date }> {
      const { tokenId } = await fromToken(`Bearer ${token}`);
      return open(tokenId);
    },
    /** Opens a session for an enrolment code; the code is used up. */
    async signInWithEnrolment(code: string): Promise<{ session: string; expiresAt: Date }> {
      const bad = unauthorized('bad-enrolment', '登录链接无效、已使用或已过期，请向管理员索取新链接');
      if (!isWellFormedSecret('enrolment', code)) throw bad;
      const tokenId = await store.consumeEnrolment(hashSecret(code), now());
      if (tokenId === null) throw bad;
      return open(tokenId);
    },
    async signOut(session: string | undefined): Promise<void> {
      if (session && isWellFormedSecret('session', session)) await store.deleteSession(hashSecret(session));
    },
  };

  async function open(tokenId: number) {
    const session = newSecret('session');
    const expiresAt = new Date(now().getTime() + SESSION_LIFETIME_MS);
    await store.createSession(tokenId, hashSecret(session), expiresAt);
    return { session, expiresAt };
  }
}

export type Authenticator = ReturnType<typeof createAuthenticator>;

/** Creates a token and its first enrolment code (both shown once, stored hashed). */
export async function issueToken(store: AuthStore, name: string, at = new Date()) {
  const token = newSecret('token');
  const record = await store.createToken(name, hashSecret(token), at);
  const enrolment = await issueEnrolment(store, record.id, at);
  return { record, token, ...enrolment };
}

export async function issueEnrolment(store: AuthStore, tokenId: number, at = new Date()) {
  const enrolment = newSecret('enrolment');
  const enrolmentExpiresAt = new Date(at.getTime() + ENROLMENT_LIFETIME_MS);
  await store.createEnrolment(tokenId, hashSecret(enrolment), enrolmentExpiresAt);
  return { enrolment, enrolmentExpiresAt };
}
