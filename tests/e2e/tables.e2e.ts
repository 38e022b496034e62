/**
 * Every panel's table at a laptop's and a 1080p screen's size: each number inside the panel's
 * visible box (the 按民族 table was 926 px wide in a 479 px panel, its numbers out of sight).
 * The ranking has a table, CSV and .xlsx like the other panels, read back here.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, waitForDashboard, watchPage } from './browser';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const PANELS = ['panel-ethnic', 'panel-employment', 'panel-events', 'panel-disputes', 'panel-ranking'];
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

describe('the ranking as a table and as files', () => {
  it('shows the ranking as a table and exports the same rows as CSV and .xlsx', async () => {
    const context = await newContext(browser, { width: 1920, height: 1080 }, { acceptDownloads: true });
    try {
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(inject('mswUrl'));
      await waitForDashboard(page);
      const panel = page.getByTestId('panel-ranking');
      const listed = await panel.locator('.ranking__list li').count();
      const first = (await panel.locator('.ranking__list li .ranking__name').first().innerText()).trim();
      const firstValue = (await panel.locator('.ranking__list li .ranking__value').first().innerText()).trim();
      await panel.getByRole('button', { name: '表格' }).click();
      const table = panel.getByTestId('data-table');
      await table.waitFor();
      await panel.screenshot({ path: join(ARTIFACTS, 'tables-ranking-1920x1080.png') });
      expect(await table.locator('tbody tr').count()).toBe(listed);
      const top = await table.locator('tbody tr').first().locator('th, td').allInnerTexts();
      expect(top.slice(0, 2)).toEqual([first, '1']);
      expect(top[3]).toBe(firstValue.replace(/\*$/, ''));

      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'CSV' }).click(),
      ]);
      expect(csvDownload.suggestedFilename()).toMatch(/_下级排名\.csv$/);
      const csvPath = join(ARTIFACTS, 'tables-ranking.csv');
      await csvDownload.saveAs(csvPath);
      const lines = readFileSync(csvPath, 'utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('下级排名');
      expect(lines.some((l) => /^统计期：.*截至/.test(l))).toBe(true);
      const header = lines.findIndex((l) => l.startsWith('区域,名次,区划代码,'));
      expect(header).toBeGreaterThan(0);
      expect(lines[header + 1]!.startsWith(`${first},1,`)).toBe(true);
      expect(lines.slice(header + 1, header + 1 + listed).every((l) => l.split(',').length >= 5)).toBe(true);

      const [xlsxDownload] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Excel' }).click(),
      ]);
      expect(xlsxDownload.suggestedFilename()).toMatch(/_下级排名\.xlsx$/);
      const xlsxPath = join(ARTIFACTS, 'tables-ranking.xlsx');
      await xlsxDownload.saveAs(xlsxPath);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsxPath);
      const rows: unknown[][] = [];
      wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      const topRow = rows.find((r) => r[0] === first && r[1] === 1);
      expect(topRow).toBeDefined();
      expect(typeof topRow![3]).toBe('number');
      expect(unexpected(problems.pageErrors, [])).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
