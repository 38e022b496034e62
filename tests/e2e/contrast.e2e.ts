/**
 * Light and dark themes (issue 14, point 9): every text on screen meets WCAG AA against what is
 * behind it — 4.5:1, or 3:1 for large text — on the dashboard with a tab and a switch selected,
 * and on the big screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard } from './browser';
import { readContrastFailures } from './contrast-check';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('contrast', () => {
  it.for([
    { theme: 'dark', query: '' },
    { theme: 'light', query: '' },
    { theme: 'dark', query: '?mode=screen&dwell=600' },
    { theme: 'light', query: '?period=2026-Q3' },
  ])('every text meets WCAG AA: $theme theme $query', async ({ theme, query }) => {
    const context = await newContext(browser, { width: 1920, height: 1080 });
    try {
      await context.addInitScript((t) => localStorage.setItem('shiliu.theme', t), theme);
      const page = await context.newPage();
      await page.goto(`${inject('mswUrl')}${query}`);
      await waitForDashboard(page);
      if (theme === 'light' && query.includes('mode=screen')) {
        await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
      }
      if (!query.includes('mode=screen')) {
        // A selected second tab and the table view: the states the light theme got wrong.
        await page.getByTestId('panel-disputes').getByRole('tab', { name: '类别' }).click();
        await page.getByTestId('panel-ethnic').getByRole('button', { name: '表格' }).click();
      }
      await page.waitForTimeout(600);
      const failures = await readContrastFailures(page);
      expect(failures).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
