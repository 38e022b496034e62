// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVED_MARKER } from '@/config/served-marker';
import { BUILD_POLICY, fakeDist, testApp } from './test-app';

let dist: ReturnType<typeof fakeDist>;
beforeEach(() => {
  dist = fakeDist();
});
afterEach(() => dist.remove());

describe('the dashboard from the build', () => {
  it("serves index.html with the server's marker and the build's own CSP as a header, plus frame-ancestors", async () => {
    const { app } = await testApp({ distDir: dist.dir });
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain(`<meta name="${SERVED_MARKER.name}" content="${SERVED_MARKER.content}">`);
    expect(res.headers['content-security-policy']).toBe(`${BUILD_POLICY}; frame-ancestors 'none'`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-cache');
    await app.close();
  });

  it('prefers the csp.txt the build wrote, and takes frame-ancestors from the server setting', async () => {
    writeFileSync(
      join(dist.dir, 'csp.txt'),
      "default-src 'self'; img-src 'self' https://*.tianditu.gov.cn; frame-ancestors 'none'\n",
    );
    const { app } = await testApp({ distDir: dist.dir, frameAncestors: 'https://portal.example.cn' });
    const res = await app.inject({ url: '/' });
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; img-src 'self' https://*.tianditu.gov.cn; frame-ancestors https://portal.example.cn",
    );
    await app.close();
  });

  it('answers any page path with the app, a missing asset or API path with a JSON 404, and never a dot file', async () => {
    const { app } = await testApp({ distDir: dist.dir });
    const page = await app.inject({ url: '/screens/hall?mode=screen' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    for (const url of ['/assets/gone-123.js', '/api/v1/nothing-here', '/.env']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not-found', message: '未找到该地址' } });
    }
    await app.close();
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    const { app } = await testApp({ distDir: dist.dir });
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.headers['cache-control']).toBe('no-cache');
    await app.close();
  });

  it('without a build, sends a policy that allows nothing (JSON needs nothing)', async () => {
    const { app } = await testApp();
    const res = await app.inject({ url: '/api/v1/meta' });
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect((await app.inject({ url: '/' })).statusCode).toBe(404);
    await app.close();
  });
});

describe('CORS, compression, size cap', () => {
  it('answers CORS for configured origins only', async () => {
    const { app } = await testApp({ corsOrigins: ['http://10.1.2.3:8080'] });
    const allowed = await app.inject({ url: '/api/v1/meta', headers: { origin: 'http://10.1.2.3:8080' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://10.1.2.3:8080');
    const other = await app.inject({ url: '/api/v1/meta', headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/meta',
      headers: {
        origin: 'http://10.1.2.3:8080',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
    await app.close();
  });

  it('compresses JSON for clients that accept it', async () => {
    const { app } = await testApp();
    const res = await app.inject({ url: '/api/v1/meta', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.rawPayload.length).toBeLessThan(1000);
    await app.close();
  });

  it('refuses to send a body over the response cap, with the error body', async () => {
    const { app } = await testApp({ maxResponseBytes: 4096 });
    const res = await app.inject({ url: '/api/v1/huge' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('response-too-large');
    expect((await app.inject({ url: '/api/v1/regions/532398' })).statusCode).toBe(200);
    await app.close();
  });
});

describe('health and the database', () => {
  it('/healthz is alive; /readyz follows the database', async () => {
    let up = true;
    const { app } = await testApp({
      ping: async () => {
        if (!up) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
    });
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
    up = false;
    const down = await app.inject({ url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('database-unavailable');
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    await app.close();
  });

  it('a database that cannot be reached answers 503 with the error body; a bug answers 500 without details', async () => {
    const { app } = await testApp();
    const down = await app.inject({ url: '/api/v1/db-down' });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.json()).toEqual({ error: { code: 'database-unavailable', message: '数据库暂时无法连接，请稍后重试' } });
    const bug = await app.inject({ url: '/api/v1/bug' });
    expect(bug.statusCode).toBe(500);
    expect(bug.json()).toEqual({ error: { code: 'internal', message: '服务器内部错误' } });
    await app.close();
  });
});
