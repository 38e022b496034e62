/**
 * Issue 13, point 6, in real Chromium against dist-http: a back end that adds fields the
 * contract does not know (an `id` on every body, an `updatedAt` on every object inside it)
 * still gets the whole dashboard drawn — map, key figures, every panel — and each unknown field
 * is noted once in the console; a wrong type on a known field is still named on screen.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard, watchPage } from './browser';

let browser: Browser;
let context: BrowserContext | undefined;
let current: Page | undefined;

/** Closes the last page's context once its routes in flight are let go. */
async function closeCurrent(): Promise<void> {
  await current?.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
  await context?.close().catch(() => undefined);
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeCurrent();
  await browser?.close();
});

async function freshPage(): Promise<Page> {
  await closeCurrent();
  context = await newContext(browser, { width: 1920, height: 1080 });
  const page = await context.newPage();
  watchPage(page);
  current = page;
  return page;
}

/** What a richer back end sends: `id` on the body, `updatedAt` on every object inside it. */
function withExtras(body: unknown): unknown {
  const nested = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) return v.map((item) => nested(item));
    if (typeof v !== 'object' || v === null) return v;
    const entries = Object.entries(v).map(([k, item]) => [k, nested(item, k)] as const);
    // `series` is a record keyed by metric id: a key there is data, not a field.
    if (key === 'series') return Object.fromEntries(entries);
    return { ...Object.fromEntries(entries), updatedAt: '2026-11-30T08:00:00+08:00' };
  };
  return { id: 'rec-7f3a', ...(nested(body) as object) };
}

/** The endpoint of an API path, region codes folded (`/regions/{code}/summary`). */
const endpointOf = (url: string) => new URL(url).pathname.replace(/\/\d+(?=\/|$)/g, '/{code}');

/** Serves the mock API's answers through `change`, recording which endpoints were asked. */
async function rewriteApi(page: Page, change: (endpoint: string, body: unknown) => unknown): Promise<Set<string>> {
  const seen = new Set<string>();
  await page.route(`${inject('apiUrl')}/api/v1/**`, async (route: Route) => {
    const response = await route.fetch();
    const endpoint = endpointOf(route.request().url());
    if (!response.ok()) return route.fulfill({ response });
    seen.add(endpoint);
    const headers = { ...response.headers() };
    delete headers['content-length'];
    delete headers['content-encoding'];
    delete headers.etag;
    await route.fulfill({ status: 200, headers, body: JSON.stringify(change(endpoint, await response.json())) });
  });
  return seen;
}

describe('a back end that sends fields the contract does not know', () => {
  it('gets map, key figures and every panel drawn, each unknown field noted once in the console', async () => {
    const page = await freshPage();
    const notes: string[] = [];
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.text().includes('unknown fields ignored')) notes.push(msg.text());
    });
    const seen = await rewriteApi(page, (_endpoint, body) => withExtras(body));
    await page.goto(inject('httpUrl'), { waitUntil: 'load' });
    const state = await waitForDashboard(page, 60_000);
    expect(state.boundaries).toBeGreaterThan(0);
    expect(Object.values(state.alerts)).toEqual([0, 0, 0, 0]);
    const figures = page.getByTestId('key-figures');
    await figures.getByText('常住人口').first().waitFor();
    expect(await figures.getByRole('alert').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect([...seen]).toEqual(
      expect.arrayContaining([
        '/api/v1/meta',
        '/api/v1/regions/{code}',
        '/api/v1/regions/{code}/boundaries',
        '/api/v1/regions/{code}/summary',
        '/api/v1/regions/{code}/ethnic',
        '/api/v1/regions/{code}/employment',
        '/api/v1/regions/{code}/events',
        '/api/v1/regions/{code}/disputes',
        '/api/v1/regions/{code}/children-metric',
      ]),
    );
    // Once per endpoint (and field), not once per response.
    const noted = notes.map((n) => /\] (\S+):/.exec(n)?.[1]);
    expect(new Set(noted).size).toBe(noted.length);
    expect(noted).toEqual(expect.arrayContaining(['/api/v1/meta', '/api/v1/regions/{code}/summary']));
    expect(notes.find((n) => n.includes('/summary:'))).toMatch(/coverage\.updatedAt.*\bid\b/);
  });

  it('still names a known field of the wrong type', async () => {
    const page = await freshPage();
    await rewriteApi(page, (endpoint, body) => {
      const rich = withExtras(body) as Record<string, unknown>;
      return endpoint.endsWith('/summary') ? { ...rich, residents: '120000' } : rich;
    });
    await page.goto(inject('httpUrl'), { waitUntil: 'load' });
    const alert = page.getByTestId('key-figures').getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('字段 residents');
  });
});
