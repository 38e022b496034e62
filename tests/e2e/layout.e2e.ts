/**
 * The statistician's laptop and the meeting-room projector (issue 14, point 4): below the
 * big-screen breakpoint the dashboard reflows into two columns, then one, and the page
 * scrolls; no block covers another and no text is cut.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard, watchPage } from './browser';
import { readLayoutProblems } from './layout-check';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1024, height: 768, columns: 1 },
  { width: 1100, height: 800, columns: 1 },
  { width: 1366, height: 768, columns: 2 },
];

describe('layout below the big-screen breakpoint', () => {
  it.for(SIZES)('reflows at $width×$height without overlap or clipping', async ({ width, height, columns }) => {
    const context = await newContext(browser, { width, height });
    try {
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(inject('mswUrl'));
      await waitForDashboard(page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(ARTIFACTS, `layout-${width}x${height}.png`), fullPage: true });
      const layout = await readLayoutProblems(page);
      expect(layout.blocks).toBeGreaterThanOrEqual(7);
      expect(layout.overlaps, 'blocks overlapping').toEqual([]);
      expect(layout.clipped, 'texts cut').toEqual([]);
      // Two columns of panels, then one: count the distinct left edges of the four panels.
      const lefts = await page
        .locator('section[data-testid^="panel-"]:not([data-testid="panel-ranking"])')
        .evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().left)))]);
      expect(lefts.length, `panel columns at ${width} px`).toBe(columns);
      // The page scrolls instead of squashing the panels (and never sideways).
      const scroll = await page.evaluate(() => {
        window.scrollTo(0, 200);
        return { y: window.scrollY, sw: document.scrollingElement?.scrollWidth ?? 0 };
      });
      expect(scroll.y, 'the page scrolls').toBeGreaterThan(0);
      expect(scroll.sw, 'no sideways scroll').toBeLessThanOrEqual(width);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
