/**
 * The unattended big screen on a window below its one-screen breakpoint (a 1366×768 TV, a
 * 1280×800 or 1024×768 projector; issue 14's done-when for screen mode at every size): the page
 * reflows taller than the window, and nobody scrolls a wall, so it turns its own pages — every
 * block (key figures, map, ranking, the four panels) is shown whole in each cycle, the page
 * comes back to the top, and a person's input holds the page. Before, only the map and the
 * ranking were ever on screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard, watchPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BLOCKS = '[data-testid="key-figures"], [data-testid="map"], section[data-testid^="panel-"]';

/** Which blocks are wholly inside the window now, and where the page is scrolled. */
function look(page: Page): Promise<{ whole: string[]; all: string[]; y: number }> {
  return page.evaluate((sel) => {
    const els = [...document.querySelectorAll<HTMLElement>(sel)];
    const name = (el: HTMLElement) => el.dataset.testid ?? '';
    return {
      all: els.map(name),
      whole: els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
        })
        .map(name),
      y: window.scrollY,
    };
  }, BLOCKS);
}

describe('big screen on a small window', () => {
  it.for([
    { width: 1366, height: 768, theme: 'dark' },
    { width: 1280, height: 800, theme: 'light' },
    { width: 1024, height: 768, theme: 'dark' },
  ])(
    'turns its pages: every block whole once per cycle at $width×$height ($theme)',
    async ({ width, height, theme }) => {
      const context = await newContext(browser, { width, height });
      try {
        await context.addInitScript((t) => localStorage.setItem('shiliu.theme', t), theme);
        const page = await context.newPage();
        const problems = watchPage(page);
        await page.goto(`${inject('mswUrl')}?mode=screen&dwell=1.2`);
        await waitForDashboard(page);
        const seen = new Set<string>();
        let all: string[] = [];
        let left = false;
        let back = false;
        const until = Date.now() + 40_000;
        while (Date.now() < until && !back) {
          const now = await look(page);
          all = now.all;
          for (const n of now.whole) seen.add(n);
          if (now.y > 100) left = true;
          if (left && now.y === 0 && seen.size === all.length) back = true;
          await page.waitForTimeout(150);
        }
        expect(all.length, 'blocks').toBeGreaterThanOrEqual(6);
        expect(
          all.filter((n) => !seen.has(n)),
          'blocks never shown whole',
        ).toEqual([]);
        expect(back, 'the page came back to the top after its last page').toBe(true);

        // Someone at the wall: the page holds where it is.
        await page.waitForFunction(() => window.scrollY > 100, undefined, { timeout: 10_000 });
        await page.mouse.move(width / 2, height / 2);
        await page.waitForTimeout(400);
        const held = await page.evaluate(() => window.scrollY);
        await page.mouse.move(width / 2 + 10, height / 2);
        await page.waitForTimeout(2_500);
        expect(await page.evaluate(() => window.scrollY), 'input holds the page').toBe(held);
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
