/**
 * The statistician's laptop and the meeting-room projector (issue 14, point 4): below the
 * big-screen breakpoint the dashboard reflows into two columns, then one, and the page
 * scrolls; no block covers another and no text is cut — in both themes, and in a month and a
 * quarter view too (their stat lists carry the most deltas: 零就业家庭, 越级上访 were cut). On a
 * portrait page (1080×1920) normal mode scrolls too, panels two by two, and the ranking shows
 * every row (the totem's fixed layout gave it 4 of 8 rows in a box that scrolled).
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

interface Case {
  width: number;
  height: number;
  columns: number;
  theme: 'dark' | 'light';
  /** `?period=`; '' for the default view (year to date). */
  period: string;
  /** Whether the page itself scrolls (below the breakpoint, and on a portrait page). */
  scrolls: boolean;
}

const CASES: Case[] = [
  { width: 1024, height: 768, columns: 1, theme: 'dark', period: '', scrolls: true },
  { width: 1100, height: 800, columns: 1, theme: 'dark', period: '', scrolls: true },
  { width: 1366, height: 768, columns: 2, theme: 'dark', period: '', scrolls: true },
  { width: 1024, height: 768, columns: 1, theme: 'light', period: '2026-Q3', scrolls: true },
  { width: 1100, height: 800, columns: 1, theme: 'light', period: '2026-10', scrolls: true },
  { width: 1366, height: 768, columns: 2, theme: 'light', period: '2026-10', scrolls: true },
  { width: 1080, height: 1920, columns: 2, theme: 'dark', period: '', scrolls: true },
  { width: 1080, height: 1920, columns: 2, theme: 'light', period: '2026-10', scrolls: true },
];

describe('layout below the big-screen breakpoint', () => {
  it.for(CASES)(
    'reflows at $width×$height ($theme, period $period) without overlap or clipping',
    async ({ width, height, columns, theme, period, scrolls }) => {
      const context = await newContext(browser, { width, height });
      try {
        await context.addInitScript((t) => localStorage.setItem('shiliu.theme', t), theme);
        const page = await context.newPage();
        const problems = watchPage(page);
        await page.goto(`${inject('mswUrl')}${period ? `?period=${period}` : ''}`);
        await waitForDashboard(page);
        await page.waitForTimeout(300);
        const name = `layout-${width}x${height}-${theme}${period ? `-${period}` : ''}`;
        await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
        const layout = await readLayoutProblems(page);
        expect(layout.blocks).toBeGreaterThanOrEqual(7);
        expect(layout.overlaps, 'blocks overlapping').toEqual([]);
        expect(layout.clipped, 'texts cut').toEqual([]);
        // Two columns of panels, then one: count the distinct left edges of the four panels.
        const lefts = await page
          .locator('section[data-testid^="panel-"]:not([data-testid="panel-ranking"])')
          .evaluateAll((els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().left)))]);
        expect(lefts.length, `panel columns at ${width} px`).toBe(columns);
        // The ranking shows all its rows, not a few in a box that scrolls.
        const ranking = await page
          .locator('[data-testid="panel-ranking"] .ranking__list')
          .evaluate((l) => ({ rows: l.children.length, scroll: l.scrollHeight, client: l.clientHeight }));
        expect(ranking.rows, 'ranking rows').toBeGreaterThanOrEqual(8);
        expect(ranking.scroll, 'every ranking row in view').toBeLessThanOrEqual(ranking.client + 1);
        // The page scrolls instead of squashing the panels (and never sideways).
        const scroll = await page.evaluate(() => {
          window.scrollTo(0, 200);
          return { y: window.scrollY, sw: document.scrollingElement?.scrollWidth ?? 0 };
        });
        if (scrolls) expect(scroll.y, 'the page scrolls').toBeGreaterThan(0);
        else expect(scroll.y, 'the totem fits its window').toBe(0);
        expect(scroll.sw, 'no sideways scroll').toBeLessThanOrEqual(width);
        // The page's glow is drawn once, not again at every window height down a scrolling page.
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundRepeat)).toBe('no-repeat');
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
