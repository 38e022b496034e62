/**
 * Every panel's table at a laptop's and a 1080p screen's size: each number inside the panel's
 * visible box (the 按民族 table was 926 px wide in a 479 px panel, its numbers out of sight).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, waitForDashboard, watchPage } from './browser';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const PANELS = ['panel-ethnic', 'panel-employment', 'panel-events', 'panel-disputes'];
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Numeric and withheld cells of the panel's table that are not wholly inside its visible box. */
function hiddenNumbers(page: Page, testId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const box = document.querySelector(`[data-testid="${id}"] [data-testid="data-table"]`);
    if (!box) return ['no table'];
    const b = box.getBoundingClientRect();
    const out: string[] = [];
    for (const cell of box.querySelectorAll('.is-number, .is-suppressed')) {
      const r = cell.getBoundingClientRect();
      if (r.left < b.left - 1 || r.right > b.right + 1) {
        const row = cell.closest('tr')?.querySelector('th')?.textContent ?? '';
        out.push(
          `${row}: ${cell.textContent} at ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(b.left)}–${Math.round(b.right)}`,
        );
      }
    }
    return out;
  }, testId);
}

describe('panel tables fit their panel', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`shows every number of every table at ${width}×${height}`, async () => {
      const context = await newContext(browser, { width, height });
      try {
        const page = await context.newPage();
        const problems = watchPage(page);
        await page.goto(inject('mswUrl'));
        await waitForDashboard(page);
        for (const id of PANELS) {
          const panel = page.getByTestId(id);
          await panel.getByRole('button', { name: '表格' }).click();
          await panel.getByTestId('data-table').waitFor();
          if (id === 'panel-ethnic') {
            await panel.screenshot({ path: join(ARTIFACTS, `tables-ethnic-${width}x${height}.png`) });
          }
          expect(await hiddenNumbers(page, id), id).toEqual([]);
          // The row names stay when a table must scroll sideways (a very narrow window).
          const sticky = await panel
            .locator('[data-testid="data-table"] tbody th')
            .first()
            .evaluate((th) => getComputedStyle(th).position);
          expect(sticky, id).toBe('sticky');
          await panel.getByRole('button', { name: '图表' }).click();
        }
        expect(unexpected(problems.pageErrors, [])).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
