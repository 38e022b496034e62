/**
 * 显示全部网格: every grid of the demo county on the map at once, in URL state, and a click on
 * one still drills to that grid. (Prefecture and province scale are measured by the bench:
 * bench/pan-zoom.ts.)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, waitForDashboard, watchPage } from './browser';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
});

const boundaries = (page: Page) =>
  page.getByTestId('map').evaluate((el) => Number(el.getAttribute('data-boundaries') ?? NaN));

describe('all grids at once', () => {
  it('shows every grid of the county, keeps it in the URL, and a click still drills', async ({ onTestFailed }) => {
    context = await newContext(browser, { width: 1600, height: 900 });
    const page = await context.newPage();
    const problems = watchPage(page);
    onTestFailed(async () => {
      await page.screenshot({ path: join(ARTIFACTS, 'failed-scale.png') }).catch(() => undefined);
      console.error('[e2e] scale', problems);
    });
    await page.goto(inject('mswUrl'));
    await waitForDashboard(page);
    const children = await boundaries(page);
    // What the county has, according to the data itself (the API's catalogue).
    const gridCount = await page.evaluate(async () => {
      const res = await fetch('/api/v1/meta');
      return ((await res.json()) as { gridCount: number }).gridCount;
    });
    expect(gridCount).toBeGreaterThan(200);
    expect(children).toBeLessThan(gridCount);

    const toggle = page.getByRole('button', { name: '显示全部网格' });
    await toggle.click();
    await expect.poll(() => boundaries(page), { timeout: 20_000 }).toBe(gridCount);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('grids')).toBe('all');
    // Coloured like any level: the legend counts every grid.
    const legend = await page.locator('.region-map').innerText();
    expect(legend).toMatch(/个/);
    await page.screenshot({ path: join(ARTIFACTS, 'all-grids-1600x900.png') });

    // Reloading the link restores the same view.
    await page.reload();
    await expect.poll(() => boundaries(page), { timeout: 20_000 }).toBe(gridCount);

    // A click in the middle of the county lands on a grid, which becomes the current region.
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = page.locator('.region-map__tooltip');
    await expect.poll(() => tip.innerText(), { timeout: 5_000 }).toMatch(/网格/);
    const hovered = (await tip.innerText()).match(/\d{15}/)?.[0];
    expect(hovered).toBeDefined();
    // Every community has a 第二网格: the tooltip says which community and town this one is in.
    const parentLine = tip.locator('.region-map-tip__parent');
    await expect.poll(() => parentLine.count(), { timeout: 5_000 }).toBe(1);
    const [community, town] = (await parentLine.innerText()).split(' · ');
    expect(community).toMatch(/社区|村/);
    expect(town).toMatch(/镇|乡|街道/);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe(hovered);
    await expect
      .poll(() => page.getByRole('navigation', { name: '区划层级' }).innerText(), { timeout: 10_000 })
      .toMatch(/网格/);
    // The same names as the breadcrumb of the grid drilled into.
    const crumbs = await page.getByRole('navigation', { name: '区划层级' }).innerText();
    expect(crumbs).toContain(community);
    expect(crumbs).toContain(town);
    // A grid's own children (buildings) are drawn, and the switch is not offered there.
    expect(await toggle.count()).toBe(0);

    // Back returns to all grids of the county.
    await page.goBack();
    await expect.poll(() => boundaries(page), { timeout: 20_000 }).toBe(gridCount);
    // And switching it off gives the county's own children again.
    await page.getByRole('button', { name: '显示全部网格' }).click();
    await expect.poll(() => boundaries(page), { timeout: 20_000 }).toBe(children);
    expect(new URL(page.url()).searchParams.get('grids')).toBeNull();

    expect(problems.pageErrors).toEqual([]);
    expect(unexpected(problems.consoleErrors, [/favicon\.ico/])).toEqual([]);
  });
});
