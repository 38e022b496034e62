/**
 * A statistician's path through a panel in real Chromium: switch the disputes panel of a town to
 * its table for a quarter, read the comparison with the same quarter last year, export CSV and
 * .xlsx (real downloads) and read both files back.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, waitForDashboard, watchPage } from './browser';
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

describe('indicator panel tables and exports', () => {
  it('switches the disputes panel to its table, exports CSV and .xlsx, and both read back', async () => {
    const context = await newContext(browser, { width: 1920, height: 1080 });
    try {
      const page = await context.newPage();
      const problems = watchPage(page);
      const base = inject('httpUrl');
      // Find a town: the first child of the root.
      await page.goto(base);
      await waitForDashboard(page);
      const api = inject('apiUrl');
      const meta = (await (await fetch(`${api}/api/v1/meta`)).json()) as { rootCode: string; lastMonth: string };
      const root = (await (await fetch(`${api}/api/v1/regions/${meta.rootCode}`)).json()) as {
        children: { code: string; name: string }[];
      };
      const town = root.children[0]!;
      const quarter = `${meta.lastMonth.slice(0, 4)}-Q${Math.ceil(Number(meta.lastMonth.slice(5, 7)) / 3) - 1 || 1}`;
      await page.goto(`${base}?region=${town.code}&period=${quarter}`);
      await waitForDashboard(page);

      const panel = page.getByTestId('panel-disputes');
      await panel.getByRole('button', { name: '表格' }).click();
      const table = panel.getByTestId('data-table');
      await table.waitFor();
      // The comparison with the same quarter last year, with its counts, is on screen.
      await panel
        .getByText(/^同比 上年同期/)
        .first()
        .waitFor({ timeout: 10_000 });
      const rateRow = table.locator('tr', { has: page.locator('th', { hasText: /^化解率$/ }) });
      const cells = await rateRow.locator('td').allInnerTexts();
      expect(cells[0]).toMatch(/^\d[\d,]*$/);
      expect(cells[1]).toMatch(/^\d[\d,]*$/);
      expect(cells[2]).toMatch(/%$/);
      await page.screenshot({ path: join(ARTIFACTS, 'panels-disputes-table-1920x1080.png') });

      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'CSV' }).click(),
      ]);
      expect(csvDownload.suggestedFilename()).toBe(`${town.name}_${town.code}_${quarter}_矛盾纠纷化解.csv`);
      const csvPath = join(ARTIFACTS, 'panels-export.csv');
      await csvDownload.saveAs(csvPath);
      const csvBytes = readFileSync(csvPath);
      expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = csvBytes.toString('utf8').slice(1);
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe('矛盾纠纷化解');
      expect(lines[1]).toBe(`区域：${town.name}（${town.code}）`);
      // What the comparison rows compare with, like the panel's subtitle says.
      expect(lines[3]).toMatch(/^比较期：同比：\d{4}年第\d季度；环比：\d{4}年第\d季度$/);
      // The on-screen rate row, unformatted.
      const num = (s: string) => s.replace(/,/g, '');
      expect(lines).toContain(
        `化解率,${num(cells[0]!)},${num(cells[1]!)},${cells[2]!.replace('%', '')},本期化解 ÷ 本期受理（件）,${cells[4] ?? ''}`,
      );
      // The file says which counts are flows of the quarter and which is the stock at its end.
      expect(lines.some((l) => l.startsWith('期末办理中,'))).toBe(true);
      expect(lines.some((l) => l.startsWith('本期受理,'))).toBe(true);
      // Every row of the on-screen table is in the file.
      const screenRows = await table.locator('tbody tr').count();
      const sectionCount = await table.locator('table').count();
      expect(lines.filter((l) => l !== '').length).toBe(5 + sectionCount * 2 + screenRows + 1 + 3);

      const [xlsxDownload] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Excel' }).click(),
      ]);
      expect(xlsxDownload.suggestedFilename()).toBe(`${town.name}_${town.code}_${quarter}_矛盾纠纷化解.xlsx`);
      const xlsxPath = join(ARTIFACTS, 'panels-export.xlsx');
      await xlsxDownload.saveAs(xlsxPath);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsxPath);
      const ws = wb.worksheets[0]!;
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0]).toEqual(['矛盾纠纷化解']);
      const rate = rows.find((r) => r[0] === '化解率' && r.length > 1)!;
      expect(rate[1]).toBe(Number(num(cells[0]!)));
      expect(rate[2]).toBe(Number(num(cells[1]!)));
      expect(rows.length).toBe(lines.filter((l) => l !== '').length);

      expect(unexpected(problems.pageErrors, [])).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
