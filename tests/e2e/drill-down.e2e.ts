/**
 * Drill-down as a statistician uses it, in real Chromium against the production build (in-browser
 * mock): clicking children on the map down to a grid, the breadcrumb, the browser's Back, a deep
 * link, the ranking, a bad code in the URL, and colouring the map by a chart slice.
 * Children are clicked where their name labels sit (labels let clicks through to the canvas).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, watchPage, type PageProblems } from './browser';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const VIEWPORT = { width: 1920, height: 1080 };

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
  context = await newContext(browser, VIEWPORT);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: PageProblems;
}

async function open(query: string): Promise<Opened> {
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(new URL(query, inject('mswUrl')).href, { waitUntil: 'load' });
  return { page, problems };
}

function regionParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get('region');
}

/** The region the dashboard shows: breadcrumb end, map drawn, ethnic panel titled for it. */
async function waitForRegion(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const current = document.querySelector('nav[aria-label="区划层级"] [aria-current="page"]')?.textContent;
      const drawn = document.querySelector('[data-testid="map"]')?.getAttribute('data-boundaries');
      const subtitle = document.querySelector('[data-testid="panel-ethnic"] .panel__subtitle')?.textContent ?? '';
      return current === n && drawn !== null && drawn !== undefined && subtitle.startsWith(`${n} · `);
    },
    name,
    { timeout: 20_000, polling: 100 },
  );
}

/** Clicks the child whose name label is shown first on the map; returns its name. */
async function clickFirstLabel(page: Page): Promise<string> {
  const label = page.locator('.region-map__label').first();
  await label.waitFor({ timeout: 10_000 });
  // Let the animated fit finish so the label does not move under the pointer.
  await page.waitForTimeout(400);
  const name = (await label.textContent()) ?? '';
  const box = await label.boundingBox();
  if (!box) throw new Error('label has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return name;
}

function crumbs(page: Page): Promise<string[]> {
  return page.locator('nav[aria-label="区划层级"] li').allTextContents();
}

function expectHealthy(problems: PageProblems): void {
  expect(problems.pageErrors).toEqual([]);
  expect(unexpected(problems.consoleErrors, [/favicon\.ico/])).toEqual([]);
}

describe('drill-down', () => {
  it('drills county → town → community → grid by clicking the map, then goes back up', async () => {
    const { page, problems } = await open('/');
    await page.waitForSelector('nav[aria-label="区划层级"] [aria-current="page"]');
    const root = (await page.locator('nav[aria-label="区划层级"] [aria-current="page"]').textContent()) ?? '';
    await waitForRegion(page, root);
    const rootCode = regionParam(page);

    const path: { name: string; code: string }[] = [];
    for (const digits of [9, 12, 15]) {
      const name = await clickFirstLabel(page);
      await waitForRegion(page, name);
      const code = regionParam(page) ?? '';
      expect(code).toHaveLength(digits);
      if (path.length > 0) expect(code.startsWith(path.at(-1)!.code)).toBe(true);
      path.push({ name, code });
      expect(await crumbs(page)).toEqual([root, ...path.map((p) => p.name)]);
      for (const id of ['panel-employment', 'panel-events', 'panel-disputes']) {
        await expect
          .poll(() => page.locator(`[data-testid="${id}"] .panel__subtitle`).textContent())
          .toMatch(new RegExp(`^${name} · `));
      }
    }
    expect(rootCode).toBeNull();

    // A grid: its buildings on the map, the grid's own figures in the panels, nothing to rank.
    await expect
      .poll(async () => Number(await page.getByTestId('map').getAttribute('data-boundaries')))
      .toBeGreaterThan(0);
    expect(await page.getByTestId('panel-ranking').innerText()).toMatch(/楼栋不单独提供统计数据/);
    expect(await page.getByText('Backspace').isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'drill-grid-1920x1080.png') });

    // Up with the breadcrumb, down again with Forward, up with Back and with Backspace.
    await page.getByRole('navigation', { name: '区划层级' }).getByRole('link', { name: path[0]!.name }).click();
    await waitForRegion(page, path[0]!.name);
    expect(regionParam(page)).toBe(path[0]!.code);
    await page.goBack();
    await waitForRegion(page, path[2]!.name);
    await page.goBack();
    await waitForRegion(page, path[1]!.name);
    expect(regionParam(page)).toBe(path[1]!.code);
    await page.goForward();
    await waitForRegion(page, path[2]!.name);
    await page.locator('body').press('Backspace');
    await waitForRegion(page, path[1]!.name);
    expectHealthy(problems);
    await page.close();
  });

  it('opens a deep link to a grid directly and shows the path to it', async () => {
    const api = inject('apiUrl');
    interface Ref {
      code: string;
      name: string;
      level: string;
    }
    type RegionJson = Ref & { ancestors: Ref[]; children: Ref[] };
    const get = async <T>(path: string) => (await (await fetch(`${api}/api/v1/${path}`)).json()) as T;
    const meta = await get<{ rootCode: string }>('meta');
    let region = await get<RegionJson>(`regions/${meta.rootCode}`);
    while (region.level !== 'grid') region = await get<RegionJson>(`regions/${region.children.at(-1)?.code}`);
    const { page, problems } = await open(`/?region=${region.code}&period=2026-Q2&metric=residents`);
    await waitForRegion(page, region.name);
    expect(await crumbs(page)).toEqual([...region.ancestors.map((a) => a.name), region.name]);
    expect(await page.getByRole('combobox', { name: '地图指标' }).inputValue()).toBe('residents');
    expect(await page.locator('[data-testid="panel-ethnic"] .panel__subtitle').textContent()).toMatch(/2026年第2季度/);
    expectHealthy(problems);
    await page.close();
  });

  it('links ranking rows and the map, and drills from a row by click and by Enter', async () => {
    const { page, problems } = await open('/');
    const current = page.locator('nav[aria-label="区划层级"] [aria-current="page"]');
    await current.waitFor();
    const root = (await current.textContent()) ?? '';
    const ranking = page.getByTestId('panel-ranking');
    const rows = ranking.locator('li');
    await rows.first().waitFor();
    const names = await ranking.locator('.ranking__name').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    const ranks = await ranking.locator('.ranking__rank').allTextContents();
    expect(ranks[0]).toBe('1');

    // Hovering a child on the map marks its row.
    const label = page.locator('.region-map__label').first();
    await page.waitForTimeout(400);
    const labelName = (await label.textContent()) ?? '';
    const box = (await label.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => ranking.locator('[data-highlighted="true"] .ranking__name').textContent()).toBe(labelName);
    await page.mouse.move(5, 5);

    const second = names[1]!;
    await ranking
      .getByRole('button', { name: new RegExp(`^\\S*\\s*${second}`) })
      .first()
      .click();
    await waitForRegion(page, second);
    await page.goBack();
    await waitForRegion(page, root);
    await ranking.locator('li').nth(2).locator('button').focus();
    const third = (await ranking.locator('li').nth(2).locator('.ranking__name').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await waitForRegion(page, third);
    expectHealthy(problems);
    await page.close();
  });

  it('explains a malformed or unknown code and offers the way back to the top', async () => {
    for (const [code, message] of [
      ['12ab', /格式无效/],
      ['999999', /未找到/],
    ] as const) {
      const { page } = await open(`/?region=${code}`);
      const alert = page.getByRole('alert').filter({ hasText: '无法显示该区域' });
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toMatch(message);
      await alert.getByRole('button', { name: /返回.*首页/ }).click();
      await page.waitForSelector('[data-testid="map"][data-boundaries]');
      expect(regionParam(page)).toBeNull();
      await page.close();
    }
  });

  it('colours the map by a clicked ethnic group and clears it with the chip', async () => {
    const { page, problems } = await open('/');
    const chart = page.locator('[data-testid="panel-ethnic"] [data-chart-ready="true"]').first();
    await chart.waitFor({ timeout: 20_000 });
    const host = (await chart.locator('.echart__host').boundingBox())!;
    // The ring starts at 12 o'clock with the largest group (over half): its 3 o'clock point.
    const r = (Math.min(host.width, host.height) / 2) * 0.45;
    await page.mouse.click(host.x + host.width / 2 + r, host.y + host.height * 0.45);
    const chip = page.locator('.slice-chip');
    await chip.waitFor({ timeout: 5_000 });
    const group = (await chip.locator('strong').textContent()) ?? '';
    expect(group).toMatch(/族$/);
    expect(new URL(page.url()).searchParams.get('metric')).toMatch(/^ethnic:\d\d$/);
    const select = page.getByRole('combobox', { name: '地图指标' });
    expect(await select.locator('option:checked').textContent()).toContain(group);
    await expect.poll(() => page.locator('.map-legend__title').textContent()).toContain(group);
    await page.screenshot({ path: join(ARTIFACTS, 'drill-slice-1920x1080.png') });

    await chip.getByRole('button').click();
    await chip.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('metric')).toBeNull();
    expectHealthy(problems);
    await page.close();
  });
});
