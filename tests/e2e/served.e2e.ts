/**
 * The dashboard against Shiliu's own server (`npm run serve`), over the demo county as a county
 * would import it (tests/e2e/served.ts): sign-in with the one-time link and with a typed token,
 * the first screen and a drill-down drawn from the database, and the server's answers equal
 * to the mock's for the same county — the data went through the import commands, not into the
 * tables directly.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoDataset } from '../../server/import/boundaries/testing/demo-files';
import { createMockAnswers } from '../../mocks/handlers';
import { PANEL_IDS, launchBrowser, newContext, unexpected, waitForDashboard, watchPage } from './browser';
import type { PageProblems } from './browser';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const VIEWPORT = { width: 1920, height: 1080 };
const ds = demoDataset();

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

async function fresh(): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await newContext(browser, VIEWPORT);
  contexts.push(context);
  const page = await context.newPage();
  return { context, page, problems: watchPage(page) };
}

async function expectCountyDrawn(page: Page): Promise<void> {
  const state = await waitForDashboard(page, 45_000);
  expect(state.boundaries).toBe(ds.root.children.length);
  expect(state.alerts, 'panel alerts').toEqual(Object.fromEntries(PANEL_IDS.map((id) => [id, 0])));
  // The county's own data: no demo mark.
  expect(await page.getByText('演示数据').count()).toBe(0);
  expect(await page.getByTestId('key-figures').innerText()).toMatch(/\d/);
}

function expectHealthy(problems: PageProblems, also: RegExp[] = []): void {
  expect(problems.pageErrors, 'uncaught errors in the page').toEqual([]);
  expect(unexpected(problems.consoleErrors, [/favicon\.ico/, ...also]), 'console errors').toEqual([]);
}

describe('the dashboard served by npm run serve from the imported county', () => {
  it('signs a screen in with its one-time link, keeps no token in the address, and stays signed in', async () => {
    const { context, page, problems } = await fresh();
    await page.goto(inject('servedEnrolUrl'), { waitUntil: 'load' });
    await expectCountyDrawn(page);
    expect(new URL(page.url()).hash).toBe('');
    const cookies = await context.cookies();
    expect(cookies.length).toBeGreaterThan(0);
    expect(cookies.every((c) => c.httpOnly && c.sameSite !== 'None')).toBe(true);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(inject('servedToken'));
    await page.screenshot({ path: join(ARTIFACTS, 'served-1920x1080.png') });

    await page.reload({ waitUntil: 'load' });
    await expectCountyDrawn(page);
    expectHealthy(problems);
  });

  it('asks a browser without a session for the token, and the typed token opens the dashboard', async () => {
    const { page, problems } = await fresh();
    await page.goto(inject('servedUrl'), { waitUntil: 'load' });
    await page.getByRole('heading', { name: '需要登录' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('访问令牌').fill('slt_not-a-token');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('访问令牌无效').waitFor({ timeout: 10_000 });
    await page.getByLabel('访问令牌').fill(inject('servedToken'));
    await page.getByRole('button', { name: '登录' }).click();
    await expectCountyDrawn(page);
    // The refused sign-in and the requests made before it are answered 401 on purpose.
    expectHealthy(problems, [/\b401\b/, /Failed to load resource/i]);
  });

  it('drills into a town and draws its communities and panels from the database', async () => {
    const { page, problems } = await fresh();
    await page.goto(inject('servedUrl'), { waitUntil: 'load' });
    await page.getByLabel('访问令牌').fill(inject('servedToken'));
    await page.getByRole('button', { name: '登录' }).click();
    await expectCountyDrawn(page);
    const town = ds.root.children[1]!;
    await page.goto(new URL(`?region=${town.code}`, inject('servedUrl')).href, { waitUntil: 'load' });
    await expect
      .poll(() => page.locator('nav[aria-label="区划层级"] [aria-current="page"]').textContent(), { timeout: 30_000 })
      .toBe(town.name);
    const state = await waitForDashboard(page, 30_000);
    expect(state.boundaries).toBe(town.children.length);
    expect(state.alerts).toEqual(Object.fromEntries(PANEL_IDS.map((id) => [id, 0])));
    for (const id of PANEL_IDS) {
      await expect
        .poll(() => page.locator(`[data-testid="${id}"] .panel__subtitle`).textContent())
        .toMatch(new RegExp(`^${town.name} · `));
    }
    expectHealthy(problems, [/\b401\b/, /Failed to load resource/i]);
  });
});

describe('the server answers what the mock answers for the same county, after the import commands', () => {
  const mock = createMockAnswers({ size: 'county', asOf: '2026-11-22T00:00:00Z' });
  const get = async (path: string): Promise<{ status: number; body: unknown }> => {
    const res = await fetch(new URL(`api/v1/${path}`, inject('servedUrl')), {
      headers: { authorization: `Bearer ${inject('servedToken')}` },
    });
    return { status: res.status, body: await res.json() };
  };

  it('summary, ethnic, employment, events and disputes of the county, a town and a grid, period by period', async () => {
    const town = ds.root.children[0]!;
    const grid = ds.tree.grids[ds.tree.grids.length - 1]!.node;
    for (const node of [ds.root, town, grid]) {
      for (const period of [null, '2026-11', '2026-Q3', '2025', '2025-06..2026-02']) {
        const q = period ? `?period=${period}` : '';
        for (const [name, answer] of [
          ['summary', mock.summary],
          ['ethnic', mock.ethnic],
          ['employment', mock.employment],
          ['events', mock.events],
          ['disputes', mock.disputes],
        ] as const) {
          const served = await get(`regions/${node.code}/${name}${q}`);
          expect(served.status, `${node.code} ${name} ${period}`).toBe(200);
          expect(served.body, `${node.code} ${name} ${period}`).toEqual(await answer(node.code, period));
        }
      }
    }
  });

  it('children metrics and series of the county', async () => {
    for (const metric of ['minorityShare', 'disputeResolutionRate', 'placementsPer1000']) {
      const served = await get(`regions/${ds.root.code}/children-metric?metric=${metric}&period=2026`);
      expect(served.body, metric).toEqual(await mock.childMetric(ds.root.code, metric, '2026', null));
    }
    const served = await get(`regions/${ds.root.code}/series?metrics=residents,disputeResolutionRate`);
    expect(served.body).toEqual(await mock.series(ds.root.code, 'residents,disputeResolutionRate', null, null));
  });
});
