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
  expect(Object.values(state.alerts).every((n) => n === 0), `panel alerts: ${JSON.stringify(state.alerts)}`).toBe(
    true,
  );

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
    let opened: Opened | undefined;
    onTestFailed(onFailure(() => opened, `${urlKey}-1920x1080`));
    opened = await openPage(inject(urlKey), FULL_HD);
    await expectFirstScreen(opened.page);
    await shot(opened.page, screenshot);
    expectHealthy(opened.problems);
  });
});

describe('dashboard on big screens (screenshots to look at)', () => {
  const sizes: Viewport[] = [
    { width: 3840, height: 2160 },
    { width: 5760, height: 1080 },
  ];
  it.for(sizes)('renders at $width×$height', async ({ width, height }, { onTestFailed }) => {
    let opened: Opened | undefined;
    onTestFailed(onFailure(() => opened, `${width}x${height}`));
    opened = await openPage(inject('mswUrl'), { width, height });
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

describe('dashboard when the HTTP API is down', () => {
  it('shows alerts in the panels instead of a blank screen, and recovers after a retry', async ({
    onTestFailed,
  }) => {
    const apiUrl = inject('apiUrl');
    let opened: Opened | undefined;
    onTestFailed(onFailure(() => opened, 'outage'));
    await setOutage(apiUrl, true);
    try {
      opened = await openPage(inject('httpUrl'), FULL_HD);
      const { page } = opened;
      // Generous: the query client may retry with back-off before it gives up.
      await expect
        .poll(async () => Object.values((await readDashboardState(page)).alerts).every((n) => n > 0), {
          timeout: 45_000,
          interval: 250,
        })
        .toBe(true);
      expect((await page.locator('body').innerText()).trim().length, 'page has visible text').toBeGreaterThan(0);
      await shot(page, 'dashboard-outage-1920x1080.png');

      await setOutage(apiUrl, false);
      const retryButtons = page.locator('[data-testid^="panel-"] [role="alert"] button');
      const retries = await retryButtons.count();
      if (retries > 0) {
        // One click may retry every failed query; click on while buttons remain.
        for (let i = 0; i < retries && (await retryButtons.count()) > 0; i++) {
          await retryButtons.first().click();
        }
      } else {
        await page.reload({ waitUntil: 'load' });
      }
      console.log(`[e2e] outage recovery via ${retries > 0 ? `${retries} retry button(s)` : 'page reload'}`);
      const state = await waitForDashboard(page, 30_000);
      expect(Object.values(state.alerts).every((n) => n === 0), `alerts after recovery: ${JSON.stringify(state.alerts)}`)
        .toBe(true);
    } finally {
      await setOutage(apiUrl, false);
    }
    expect(opened.problems.pageErrors, 'uncaught errors in the page').toEqual([]);
    const other = unexpected(opened.problems.consoleErrors, OUTAGE_CONSOLE);
    if (other.length > 0) console.warn('[e2e] console errors during outage (not failing):', other);
  }, 120_000);
});
