/**
 * The built app against the HTTP mock API's `official-names` scenario: communities and villages
 * under their long official names (…社区居民委员会, …村民委员会) and no display name, as a real back
 * end sends them. The town's map must still label most of them (short names derived by the
 * client), while the tooltip and the ranking's hover title keep the official name.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, watchPage } from './browser';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
/** 羊街镇, the demo town with the most communities and villages (13). */
const TOWN = '532398102';

const apiUrl = inject('apiUrl');
const httpUrl = inject('httpUrl');
let browser: Browser;
let context: BrowserContext;

async function scenario(name: string): Promise<void> {
  const res = await fetch(`${apiUrl}/__control/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (!res.ok) throw new Error(`/__control/scenario → ${res.status}`);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await scenario('official-names');
  browser = await launchBrowser();
  context = await newContext(browser, { width: 1920, height: 1080 });
});

afterAll(async () => {
  await scenario('healthy').catch(() => undefined);
  await context?.close().catch(() => undefined);
  await browser?.close();
});

async function children(): Promise<{ code: string; name: string }[]> {
  const res = await fetch(`${apiUrl}/api/v1/regions/${TOWN}`);
  return ((await res.json()) as { children: { code: string; name: string }[] }).children;
}

async function openTown(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${httpUrl}/?region=${TOWN}`, { waitUntil: 'load' });
  await page.locator('[data-testid="map"][data-boundaries]').waitFor({ timeout: 30_000 });
  await page.locator('.region-map__label').first().waitFor({ timeout: 10_000 });
  // Let the animated fit end so labels are placed for the final zoom.
  await page.waitForTimeout(800);
  return page;
}

describe('a town whose communities have long official names', () => {
  it('labels most of them on its map with their short names', async () => {
    const kids = await children();
    expect(kids.length).toBeGreaterThanOrEqual(12);
    expect(kids.every((c) => c.name.endsWith('委员会'))).toBe(true);
    const page = await openTown();
    const problems = watchPage(page);
    const labels = await page.locator('.region-map__label').allTextContents();
    await page.screenshot({ path: join(ARTIFACTS, 'long-names-town.png') });
    expect(labels.length).toBeGreaterThanOrEqual(Math.ceil(kids.length * 0.6));
    expect(labels.filter((l) => l.includes('委员会'))).toEqual([]);
    expect(labels.every((l) => /(社区|村)$/.test(l))).toBe(true);
    expect(unexpected(problems.consoleErrors, [/favicon\.ico/])).toEqual([]);
    await page.close();
  });

  it('keeps the official name in the map tooltip and the ranking title', async () => {
    const kids = await children();
    const page = await openTown();
    const label = page.locator('.region-map__label').first();
    const short = (await label.textContent()) ?? '';
    const official = kids.find((c) => c.name.startsWith(short.replace(/(社区|村)$/, '')))?.name ?? '';
    expect(official).toMatch(/委员会$/);
    const box = await label.boundingBox();
    if (!box) throw new Error('label has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect
      .poll(() => page.locator('.region-map-tip__name').first().textContent(), { timeout: 5000 })
      .toBe(official);
    const row = page.locator('.ranking__row', { hasText: short }).first();
    await expect.poll(() => row.locator('.ranking__name').textContent()).toBe(short);
    expect(await row.getAttribute('title')).toContain(official);
    await page.close();
  });
});
