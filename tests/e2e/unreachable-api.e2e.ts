/**
 * A wall started while its API cannot be reached (issue 13, points 2 and 3), in real Chromium
 * against dist-http (built with VITE_API_BASE_URL, served by `vite preview` without it):
 * within 5 s the screen names the address, the kind of failure and the retry; it recovers by
 * itself when the API answers; a CSP that blocks the API is named as such; a server that answers
 * without CORS headers is told apart from a closed port.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard, watchPage } from './browser';
import { freePort } from './servers';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await context
    ?.pages()[0]
    ?.unrouteAll({ behavior: 'ignoreErrors' })
    .catch(() => undefined);
  await context?.close().catch(() => undefined);
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  await context
    ?.pages()[0]
    ?.unrouteAll({ behavior: 'ignoreErrors' })
    .catch(() => undefined);
  await context?.close().catch(() => undefined);
  context = await newContext(browser, { width: 1920, height: 1080 });
  const page = await context.newPage();
  watchPage(page);
  return page;
}

function screenUrl(): string {
  const u = new URL(inject('httpUrl'));
  u.search = '?mode=screen';
  return u.toString();
}

describe('a screen whose API cannot be reached', () => {
  it('vite preview sends the policy the build was made with, so the HTTP build reaches its API', async () => {
    const res = await fetch(inject('httpUrl'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`connect-src 'self' ${new URL(inject('apiUrl')).origin}`);
    const page = await freshPage();
    await page.goto(screenUrl(), { waitUntil: 'load' });
    await waitForDashboard(page, 30_000);
  });

  it('says within 5 s that the connection is refused, which address, that it retries; then recovers alone', async () => {
    const page = await freshPage();
    const api = `${inject('apiUrl')}/**`;
    await page.route(api, (route) => route.abort('connectionrefused'));
    const started = Date.now();
    await page.goto(screenUrl(), { waitUntil: 'load' });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const text = await alert.innerText();
    expect(text).toContain('无法连接数据接口');
    expect(text).toContain(`${inject('apiUrl')}/api/v1/meta`);
    expect(text).toContain('正在自动重试');
    expect(text).toContain('docs/troubleshooting.md');
    await expect.poll(() => alert.innerText(), { timeout: 30_000, interval: 500 }).toMatch(/下次重试：\d+ 秒后/);
    await page.unroute(api);
    await waitForDashboard(page, 60_000);
  });

  it('names a Content-Security-Policy that blocks the API', async () => {
    const page = await freshPage();
    // The old preview bug: a header policy stricter than the build's meta tag.
    const page0 = new URL(inject('httpUrl'));
    const isDocument = (url: URL) => url.origin === page0.origin && url.pathname === '/';
    await page.route(isDocument, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "connect-src 'self'" },
      });
    });
    await page.goto(screenUrl(), { waitUntil: 'load' });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 5_000 });
    await expect.poll(() => alert.innerText(), { timeout: 5_000 }).toContain('数据接口被页面的安全策略拦截');
  });

  describe('tells CORS from a refused connection', () => {
    let noCors: Server;
    let noCorsOrigin: string;
    beforeAll(async () => {
      // Answers every request with JSON, but without any Access-Control-* header.
      noCors = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end('{}');
      });
      await new Promise<void>((resolve) => noCors.listen(0, '127.0.0.1', resolve));
      const addr = noCors.address();
      noCorsOrigin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    });
    afterAll(() => new Promise<void>((resolve) => noCors?.close(() => resolve())));

    /**
     * Opens the screen with every API request sent on to `origin` instead (the build's CSP
     * allows only the API's origin, so the request leaves for that address and is redirected
     * under the page's feet, as a moved or misconfigured server would answer).
     */
    async function screenAgainst(origin: string) {
      const page = await freshPage();
      const api = inject('apiUrl');
      await page.route(`${api}/**`, (route) => route.continue({ url: route.request().url().replace(api, origin) }));
      await page.goto(screenUrl(), { waitUntil: 'load' });
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 10_000 });
      return alert;
    }

    it('a server that answers without CORS headers: says CORS and names the origin to allow', async () => {
      const alert = await screenAgainst(noCorsOrigin);
      const pageOrigin = new URL(inject('httpUrl')).origin;
      await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain('CORS');
      const text = await alert.innerText();
      expect(text).toContain('数据接口未允许本页面跨域访问（CORS）');
      expect(text).toContain(`SHILIU_CORS_ORIGINS=${pageOrigin}`);
      expect(text).not.toContain('连接被拒绝');
    });

    it('a closed port: says the connection is refused, not CORS', async () => {
      const alert = await screenAgainst(`http://127.0.0.1:${await freePort()}`);
      await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toContain('无法连接数据接口');
      const text = await alert.innerText();
      expect(text).toContain('连接被拒绝');
      expect(text).not.toContain('CORS');
    });
  });
});
