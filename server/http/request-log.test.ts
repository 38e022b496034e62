// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { issueToken, SESSION_COOKIE } from '../auth/authenticate';
import { memoryAuthStore } from '../auth/store';
import { fakeDist, testApp } from './test-app';

describe('request logs', () => {
  it('say route, status and time of every request, and never a token, a cookie, a code or a person', async () => {
    const store = memoryAuthStore();
    const tokenName = '张伟的笔记本';
    const { token, enrolment } = await issueToken(store, tokenName);
    const other = await issueToken(store, '李娜');
    const dist = fakeDist();
    const { app, log } = await testApp({ store, distDir: dist.dir });
    const person = '王秀英';
    const signedIn = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { enrolment } });
    const session = signedIn.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
    expect(session).not.toBe('');
    const requests = [
      { url: '/api/v1/meta', headers: { authorization: `Bearer ${token}` } },
      {
        url: `/api/v1/regions/532398?name=${encodeURIComponent(person)}&token=${token}`,
        cookies: { [SESSION_COOKIE]: session },
      },
      { url: `/api/v1/regions/${encodeURIComponent(person)}`, headers: { authorization: `Bearer ${token}` } },
      { url: `/?enrol=${other.enrolment}#x` },
      { url: `/${encodeURIComponent(person)}/${token}` },
      { url: '/api/v1/meta', headers: { authorization: `Bearer ${token}x` } },
      { url: '/api/v1/db-down', headers: { authorization: `Bearer ${token}` } },
      { url: '/api/v1/bug', headers: { authorization: `Bearer ${token}` } },
    ];
    for (const r of requests) await app.inject(r);
    await app.inject({ method: 'POST', url: '/api/v1/session', payload: { token: other.token } });
    await app.close();
    dist.remove();

    const text = log.text();
    for (const secret of [token, enrolment, other.token, other.enrolment, session, tokenName, '李娜', person]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
    }
    const lines = log.lines().filter((l) => l.msg === 'request');
    expect(lines).toHaveLength(requests.length + 2);
    expect(lines.map((l) => [l.method, l.route, l.status])).toEqual([
      ['POST', '/api/v1/session', 200],
      ['GET', '/api/v1/meta', 200],
      ['GET', '/api/v1/regions/:code', 200],
      ['GET', '/api/v1/regions/:code', 400],
      ['GET', '/', 200],
      ['GET', '(app page)', 200],
      ['GET', '/api/v1/meta', 401],
      ['GET', '/api/v1/db-down', 503],
      ['GET', '/api/v1/bug', 500],
      ['POST', '/api/v1/session', 200],
    ]);
    for (const l of lines) expect(typeof l.ms).toBe('number');
    // Nothing else about the request: no url, headers, address.
    for (const l of log.lines()) {
      expect(l).not.toHaveProperty('req.url');
      expect(JSON.stringify(l)).not.toMatch(/authorization|cookie|remoteAddress/i);
    }
  });
});
