// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { issueEnrolment, issueToken, SESSION_COOKIE, SESSION_LIFETIME_MS } from '../auth/authenticate';
import { memoryAuthStore } from '../auth/store';
import { testApp } from './test-app';

type App = Awaited<ReturnType<typeof testApp>>['app'];

async function signIn(app: App, body: object, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/v1/session', payload: body, headers });
}

function sessionCookie(res: { cookies: { name: string; value: string }[] }): string {
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return cookie.value;
}

describe('who may read the API', () => {
  it('is open until the first token is created (mode auto), closed from then on, also after revoking it', async () => {
    const { app, store } = await testApp();
    expect((await app.inject({ url: '/api/v1/meta' })).statusCode).toBe(200);
    const { record } = await issueToken(store, '综治中心大屏');
    await store.revokeToken(record.id, new Date());
    // The mode's answer is cached for a few seconds: a fresh app sees the token at once.
    const fresh = await testApp({ store });
    const res = await fresh.app.inject({ url: '/api/v1/meta' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'auth-required', message: '需要登录：请输入访问令牌' } });
    await Promise.all([app.close(), fresh.app.close()]);
  });

  it('mode required without any token refuses; mode off lets everyone in', async () => {
    const required = await testApp({ mode: 'required' });
    expect((await required.app.inject({ url: '/api/v1/meta' })).statusCode).toBe(401);
    const store = memoryAuthStore();
    await issueToken(store, '大屏');
    const off = await testApp({ mode: 'off', store });
    expect((await off.app.inject({ url: '/api/v1/meta' })).statusCode).toBe(200);
    await Promise.all([required.app.close(), off.app.close()]);
  });

  it('takes a valid bearer token; answers a missing, unknown, malformed and revoked one as docs/api.md says', async () => {
    const store = memoryAuthStore();
    const { token, record } = await issueToken(store, '综治中心大屏');
    const { app } = await testApp({ store });
    const get = (authorization: string) => app.inject({ url: '/api/v1/meta', headers: { authorization } });
    expect((await get(`Bearer ${token}`)).statusCode).toBe(200);
    const unknown = await get(`Bearer slt_${'A'.repeat(43)}`);
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([401, 'bad-token']);
    const garbage = await get('Bearer <script>');
    expect([garbage.statusCode, garbage.json().error.code]).toEqual([401, 'bad-token']);
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', `Bearer ${token} extra`, token]) {
      const res = await get(header);
      expect([res.statusCode, res.json().error.code], header).toEqual([400, 'bad-authorization']);
    }
    await store.revokeToken(record.id, new Date());
    const revoked = await get(`Bearer ${token}`);
    expect(revoked.statusCode).toBe(403);
    expect(revoked.json()).toEqual({ error: { code: 'token-revoked', message: '访问令牌已被吊销' } });
    await app.close();
  });

  it('health, the sign-in endpoint and the dashboard itself need no token', async () => {
    const store = memoryAuthStore();
    await issueToken(store, '大屏');
    const { app } = await testApp({ store });
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    expect((await signIn(app, { token: 'wrong' })).statusCode).toBe(401);
    await app.close();
  });
});

describe('signing in: one token or link, then a cookie', () => {
  it('exchanges the token for an HttpOnly, SameSite=Strict session cookie that reads the API', async () => {
    const store = memoryAuthStore();
    const { token } = await issueToken(store, '综治中心大屏');
    const { app } = await testApp({ store });
    const res = await signIn(app, { token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ signedIn: true });
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/);
    expect(raw).toMatch(/SameSite=Strict/);
    expect(raw).toMatch(/Path=\//);
    expect(raw).toMatch(/Expires=/);
    expect(raw).not.toMatch(/Secure/); // plain http: a Secure cookie would never come back
    expect(raw).not.toContain(token);
    const session = sessionCookie(res);
    expect((await app.inject({ url: '/api/v1/meta', cookies: { [SESSION_COOKIE]: session } })).statusCode).toBe(200);
    await app.close();
  });

  it('marks the cookie Secure behind an https proxy, or when told to', async () => {
    const store = memoryAuthStore();
    const { token } = await issueToken(store, '大屏');
    const proxied = await testApp({ store, trustProxy: '127.0.0.1' });
    const res = await signIn(proxied.app, { token }, { 'x-forwarded-proto': 'https' });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    const forced = await testApp({ store, secureCookie: true });
    expect(String((await signIn(forced.app, { token })).headers['set-cookie'])).toMatch(/Secure/);
    await Promise.all([proxied.app.close(), forced.app.close()]);
  });

  it('an enrolment link works once, then never again; an expired one not at all', async () => {
    const store = memoryAuthStore();
    const { enrolment, record } = await issueToken(store, '会议室电视');
    const { app } = await testApp({ store });
    const first = await signIn(app, { enrolment });
    expect(first.statusCode).toBe(200);
    expect(
      (await app.inject({ url: '/api/v1/meta', cookies: { [SESSION_COOKIE]: sessionCookie(first) } })).statusCode,
    ).toBe(200);
    const again = await signIn(app, { enrolment });
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('bad-enrolment');
    expect(again.headers['set-cookie']).toBeUndefined();
    const old = await issueEnrolment(store, record.id, new Date(Date.now() - 8 * 24 * 3600_000));
    expect((await signIn(app, { enrolment: old.enrolment })).statusCode).toBe(401);
    await app.close();
  });

  it('revoking the token ends its sessions and its unused links', async () => {
    const store = memoryAuthStore();
    const { token, record } = await issueToken(store, '大屏');
    const spare = await issueEnrolment(store, record.id);
    const { app } = await testApp({ store });
    const session = sessionCookie(await signIn(app, { token }));
    await store.revokeToken(record.id, new Date());
    const res = await app.inject({ url: '/api/v1/meta', cookies: { [SESSION_COOKIE]: session } });
    expect(res.statusCode).toBe(401);
    expect((await signIn(app, { enrolment: spare.enrolment })).statusCode).toBe(401);
    expect((await signIn(app, { token })).statusCode).toBe(403);
    await app.close();
  });

  it('signing out deletes the session and clears the cookie', async () => {
    const store = memoryAuthStore();
    const { token } = await issueToken(store, '大屏');
    const { app } = await testApp({ store });
    const session = sessionCookie(await signIn(app, { token }));
    const out = await app.inject({ method: 'DELETE', url: '/api/v1/session', cookies: { [SESSION_COOKIE]: session } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect((await app.inject({ url: '/api/v1/meta', cookies: { [SESSION_COOKIE]: session } })).statusCode).toBe(401);
    await app.close();
  });

  it('renews a session in use once a day, and refuses an expired one', async () => {
    const store = memoryAuthStore();
    const { token } = await issueToken(store, '大屏');
    let now = new Date('2026-12-01T08:00:00Z');
    const { app } = await testApp({ store, now: () => now });
    const session = sessionCookie(await signIn(app, { token }));
    const read = () => app.inject({ url: '/api/v1/meta', cookies: { [SESSION_COOKIE]: session } });
    expect((await read()).headers['set-cookie']).toBeUndefined();
    now = new Date(now.getTime() + 2 * 24 * 3600_000);
    const renewed = await read();
    expect(renewed.statusCode).toBe(200);
    expect(sessionCookie(renewed)).toBe(session);
    now = new Date(now.getTime() + SESSION_LIFETIME_MS + 1000);
    const expired = await read();
    expect([expired.statusCode, expired.json().error.code]).toEqual([401, 'session-expired']);
    await app.close();
  });

  it('refuses a sign-in from another site and a malformed session cookie', async () => {
    const store = memoryAuthStore();
    const { token } = await issueToken(store, '大屏');
    const { app } = await testApp({ store });
    const cross = await signIn(app, { token }, { origin: 'https://evil.example' });
    expect([cross.statusCode, cross.json().error.code]).toEqual([403, 'cross-origin-sign-in']);
    expect((await signIn(app, { token }, { origin: 'http://localhost:80' })).statusCode).toBe(200);
    const bad = await app.inject({ url: '/api/v1/meta', cookies: { [SESSION_COOKIE]: 'forged' } });
    expect([bad.statusCode, bad.json().error.code]).toEqual([401, 'bad-session']);
    await app.close();
  });
});
