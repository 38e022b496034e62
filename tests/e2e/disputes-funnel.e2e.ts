/**
 * The 受理→化解 tab of 矛盾纠纷化解 (issue 14, point 6): it draws a funnel of four stages and
 * throws nothing, opened before and after the deferred chart parts arrived.
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

/** Share of the chart's canvas pixels that differ from its top-left corner (the background). */
function paintedShare(page: Page): Promise<number> {
  return page
    .getByTestId('panel-disputes')
    .locator('[role="tabpanel"] canvas')
    .first()
    .evaluate((c) => {
      const canvas = c as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0) painted++;
      return painted / (data.length / 4);
    });
}

describe('disputes funnel', () => {
  it.for([{ wait: 0 }, { wait: 3000 }])(
    'draws 受理→化解 (opened $wait ms after the first screen)',
    async ({ wait }) => {
      const context = await newContext(browser, { width: 1920, height: 1080 });
      try {
        const page = await context.newPage();
        const problems = watchPage(page);
        await page.goto(inject('mswUrl'));
        await waitForDashboard(page);
        await page.waitForTimeout(wait);
        const panel = page.getByTestId('panel-disputes');
        await panel.getByRole('tab', { name: '受理→化解' }).click();
        await panel.locator('[role="tabpanel"] [data-chart-ready="true"]').waitFor({ timeout: 10_000 });
        await page.waitForTimeout(1200); // the funnel's entry animation
        expect(problems.pageErrors).toEqual([]);
        expect(await paintedShare(page), 'the funnel paints part of its canvas').toBeGreaterThan(0.05);
      } finally {
        await context.close();
      }
    },
  );
});
