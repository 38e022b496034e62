/**
 * The first screen, in real Chromium, against the production build, in both data modes:
 * the in-browser mock (MSW service worker) and the JSON API over HTTP (mocks/server.ts).
 * Assertions follow the DOM contract in tests/e2e/README.md; screenshots go to
 * tests/e2e/artifacts/ for people to look at (pixels are never compared).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  PANEL_IDS,
  launchBrowser,
  newContext,
  readDashboardState,
  unexpected,
  waitForDashboard,
  watchPage,
} from './browser';
import type { PageProblems, Viewport } from './browser';
import { ROOT, setOutage } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const FULL_HD: Viewport = { width: 1920, height: 1080 };

/** Accessible names of the four panels (their headings), by test id. */
const PANEL_NAMES: Record<(typeof PANEL_IDS)[number], string> = {
  'panel-ethnic': '民族构成',
  'panel-employment': '就业安置',
  'panel-events': '活动参与',
  'panel-disputes': '矛盾纠纷化解',
};

/** Console errors a healthy page may still show (none of them come from the app's own code). */
const BENIGN_CONSOLE = [/favicon\.ico/];
/** During an API outage the browser itself logs every 503 response as a console error. */
const OUTAGE_CONSOLE = [...BENIGN_CONSOLE, /\b503\b/, /Service Unavailable/i, /Failed to load resource/i];

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
}

async function openPage(url: string, viewport: Viewport, context?: BrowserContext): Promise<Opened> {
  const ctx = context ?? (await newContext(browser, viewport));
  if (!context) contexts.push(ctx);
  const page = await ctx.newPage();
  await page.setViewportSize(viewport);
  const problems = watchPage(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context: ctx, page, problems };
}

function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(ARTIFACTS, name), fullPage: false });
}

/** Saves what the page looked like when a test failed, and prints what went wrong in it. */
function onFailure(opened: () => Opened | undefined, name: string) {
  return async () => {
    const o = opened();
    if (!o) return;
    await shot(o.page, `failed-${name}.png`).catch(() => undefined);
    console.error(`[e2e] ${name}: page errors`, o.problems.pageErrors, 'console errors', o.problems.consoleErrors);
  };
}

async function expectFirstScreen(page: Page): Promise<void> {
  const state = await waitForDashboard(page, 30_000);
  expect(state.boundaries).toBeGreaterThan(0);

  for (const id of PANEL_IDS) {
    // <section aria-labelledby=heading> is a landmark "region" named by its heading.
    const region = page.getByRole('region', { name: PANEL_NAMES[id], exact: true });
    await expect.poll(() => region.getAttribute('data-testid')).toBe(id);
    expect(await region.isVisible()).toBe(true);
  }
  expect(
    Object.values(state.alerts).every((n) => n === 0),
    `panel alerts: ${JSON.stringify(state.alerts)}`,
  ).toBe(true);

  const keyFigures = page.getByTestId('key-figures');
  expect(await keyFigures.isVisible()).toBe(true);
  expect(await keyFigures.innerText()).toMatch(/\d/);

  expect(await page.getByText('演示数据').first().isVisible()).toBe(true);

  // The bench measures up to this mark; it must come once everything above is drawn.
  await expect.poll(async () => (await readDashboardState(page)).fullRender, { timeout: 10_000 }).toBe(true);
  expect((await readDashboardState(page)).hasMark).toBe(true);
}

function expectHealthy(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught errors in the page').toEqual([]);
  expect(unexpected(problems.consoleErrors, BENIGN_CONSOLE), 'console errors in the page').toEqual([]);
}

const MODES = [
  { mode: 'in-browser mock (MSW)', urlKey: 'mswUrl', screenshot: 'dashboard-1920x1080.png' },
  { mode: 'HTTP mock API', urlKey: 'httpUrl', screenshot: 'dashboard-http-1920x1080.png' },
] as const;

describe.each(MODES)('dashboard with $mode', ({ urlKey, screenshot }) => {
  it('draws the map, four panels, key figures and the 演示数据 mark at 1920×1080', async ({ onTestFailed }) => {
    const opened = await openPage(inject(urlKey), FULL_HD);
    onTestFailed(onFailure(() => opened, `${urlKey}-1920x1080`));
    await expectFirstScreen(opened.page);
    await shot(opened.page, screenshot);
    expectHealthy(opened.problems);
  });
});

describe('dashboard start-up over the HTTP API', () => {
  it('gets the map and panel code and the catalogue from index.html preloads, each fetched once', async () => {
    const context = await newContext(browser, FULL_HD);
    contexts.push(context);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const problems = watchPage(page);
    await page.goto(inject('httpUrl'), { waitUntil: 'load' });
    await expectFirstScreen(page);

    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map((l) =>
        l.getAttribute('href'),
      ),
    );
    expect(preloads.some((h) => /\/assets\/region-map-[\w-]+\.js$/.test(h ?? ''))).toBe(true);
    expect(preloads.some((h) => /\/assets\/panels-[\w-]+\.js$/.test(h ?? ''))).toBe(true);
    expect(preloads.some((h) => h?.endsWith('/api/v1/meta'))).toBe(true);
    // A preload the app's own request did not match would show as a second request.
    expect(requested.filter((p) => p === '/api/v1/meta')).toHaveLength(1);
    for (const file of new Set(requested.filter((p) => p.startsWith('/assets/')))) {
      expect(
        requested.filter((p) => p === file),
        file,
      ).toHaveLength(1);
    }
    expectHealthy(problems);
  });
});

describe('dashboard when the map code cannot be loaded', () => {
  it('says so in the map’s place, draws the panels, and the reload button brings the map back', async ({
    onTestFailed,
  }) => {
    const context = await newContext(browser, FULL_HD);
    contexts.push(context);
    const mapChunk = /\/assets\/region-map-[\w-]+\.js$/;
    await context.route(mapChunk, (route) => route.abort('connectionfailed'));
    const page = await context.newPage();
    const problems = watchPage(page);
    onTestFailed(onFailure(() => ({ context, page, problems }), 'map-chunk-failed'));
    await page.goto(inject('httpUrl'), { waitUntil: 'load' });

    const alert = page.getByRole('alert').filter({ hasText: '地图的程序文件未能加载' });
    await alert.waitFor({ timeout: 30_000 });
    for (const id of PANEL_IDS) {
      await page.waitForSelector(`[data-testid="${id}"] [data-chart-ready="true"]`, { timeout: 30_000 });
    }
    expect(await page.getByTestId('key-figures').innerText()).toMatch(/\d/);
    await shot(page, 'dashboard-map-chunk-failed-1920x1080.png');
    expect(problems.pageErrors, 'uncaught errors in the page').toEqual([]);

    await context.unroute(mapChunk);
    await page.getByRole('button', { name: '重新加载页面' }).click();
    const state = await waitForDashboard(page, 30_000);
    expect(state.boundaries).toBeGreaterThan(0);
  });
});

describe('dashboard on big screens (screenshots to look at)', () => {
  const sizes: Viewport[] = [
    { width: 3840, height: 2160 },
    { width: 5760, height: 1080 },
  ];
  it.for(sizes)('renders at $width×$height', async ({ width, height }, { onTestFailed }) => {
    const opened = await openPage(inject('mswUrl'), { width, height });
    onTestFailed(onFailure(() => opened, `${width}x${height}`));
    await waitForDashboard(opened.page, 30_000);
    const overflow = await opened.page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    }));
    console.log(`[e2e] ${width}×${height}: document ${overflow.scrollWidth}×${overflow.scrollHeight}`);
    await shot(opened.page, `dashboard-${width}x${height}.png`);
    expectHealthy(opened.problems);
  });
});

/** Clicks the buttons inside alerts (the apps's 重试) until none is left; false when there were none. */
async function clickRetries(page: Page, scope: string): Promise<boolean> {
  const buttons = page.locator(`${scope} [role="alert"] button`);
  const initial = await buttons.count();
  // One click may retry several failed queries, so re-count after each.
  // A click may also remove the other alerts while the next click is on its way (the element is
  // detached mid-click): that is success, not failure, so such a click is not an error here.
  for (let i = 0; i < initial && (await buttons.count()) > 0; i++) {
    await buttons
      .first()
      .click({ timeout: 5_000 })
      .catch(async (error: unknown) => {
        if ((await buttons.count()) > 0) throw error;
      });
  }
  return initial > 0;
}

describe('dashboard when the HTTP API is down', () => {
  it('shows an alert instead of a blank screen on a fresh load, and recovers after 重试', async ({ onTestFailed }) => {
    const apiUrl = inject('apiUrl');
    let opened: Opened | undefined;
    onTestFailed(onFailure(() => opened, 'outage'));
    await setOutage(apiUrl, true);
    try {
      opened = await openPage(inject('httpUrl'), FULL_HD);
      const { page } = opened;
      // Generous: the query client retries with back-off before it gives up.
      const alert = page.locator('[role="alert"]:visible').first();
      await alert.waitFor({ state: 'visible', timeout: 45_000 });
      expect(await alert.innerText()).toMatch(/\S/);
      const inPanels = Object.values((await readDashboardState(page)).alerts).filter((n) => n > 0).length;
      // Without the catalogue (/meta) the app cannot lay out panels and shows one page-level
      // alert; once it has it, each panel shows its own.
      console.log(
        `[e2e] outage on a fresh load: alerts in ${inPanels}/4 panels${inPanels ? '' : ' (page-level alert)'}`,
      );
      expect((await page.locator('body').innerText()).trim().length, 'page has visible text').toBeGreaterThan(0);
      await shot(page, 'dashboard-outage-1920x1080.png');

      await setOutage(apiUrl, false);
      const clicked = await clickRetries(page, 'body');
      if (!clicked) await page.reload({ waitUntil: 'load' });
      console.log(`[e2e] outage recovery via ${clicked ? '重试 button' : 'page reload'}`);
      const state = await waitForDashboard(page, 30_000);
      expect(
        Object.values(state.alerts).every((n) => n === 0),
        `alerts after recovery: ${JSON.stringify(state.alerts)}`,
      ).toBe(true);
    } finally {
      await setOutage(apiUrl, false);
    }
    expect(opened.problems.pageErrors, 'uncaught errors in the page').toEqual([]);
    const other = unexpected(opened.problems.consoleErrors, OUTAGE_CONSOLE);
    if (other.length > 0) console.warn('[e2e] console errors during outage (not failing):', other);
  }, 120_000);

  it('shows an alert inside each panel whose data fails, with map and key figures still drawn, then recovers', async ({
    onTestFailed,
  }) => {
    const context = await newContext(browser, FULL_HD);
    contexts.push(context);
    // Only the four panels' endpoints answer 503; catalogue, regions and boundaries still work.
    const panelData = /\/api\/v1\/regions\/[^/]+\/(ethnic|employment|events|disputes)(\?|$)/;
    let failing = true;
    await context.route(panelData, (route) => {
      if (!failing || route.request().method() === 'OPTIONS') return route.continue();
      return route.fulfill({
        status: 503,
        headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'unavailable', message: 'e2e: panel data down' } }),
      });
    });
    const opened = await openPage(inject('httpUrl'), FULL_HD, context);
    onTestFailed(onFailure(() => opened, 'panel-outage'));
    const { page } = opened;
    await expect
      .poll(async () => Object.values((await readDashboardState(page)).alerts).every((n) => n > 0), {
        timeout: 45_000,
        interval: 250,
      })
      .toBe(true);
    await expect.poll(async () => (await readDashboardState(page)).boundaries, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('key-figures').isVisible()).toBe(true);
    await shot(page, 'dashboard-panel-outage-1920x1080.png');

    failing = false;
    expect(await clickRetries(page, '[data-testid^="panel-"]'), 'panels offer 重试').toBe(true);
    const state = await waitForDashboard(page, 30_000);
    expect(
      Object.values(state.alerts).every((n) => n === 0),
      `alerts after recovery: ${JSON.stringify(state.alerts)}`,
    ).toBe(true);
    expect(opened.problems.pageErrors, 'uncaught errors in the page').toEqual([]);
  }, 120_000);
});
