/**
 * Numbers that mislead (issue 14, points 1–2), as a user sees them on 1 December 2026, when
 * the data hold one day of December: the year's 同比 says what it compares with (the same
 * days last year), 月 opens November — the last complete month — and the header says why,
 * and a trend that ends in the running month marks it (dashed, 截至12月1日 in the tooltip)
 * instead of ending in a cliff. The in-browser mock dates its data by the page's clock.
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

async function openOn1December(search: string, width = 1920, height = 1080): Promise<Page> {
  const context = await newContext(browser, { width, height });
  const page = await context.newPage();
  // The clock starts on 1 December and runs (charts animate; the generator's "now").
  await page.clock.install({ time: new Date('2026-12-01T12:00:00+08:00') });
  watchPage(page);
  await page.goto(`${inject('mswUrl')}${search}`);
  await waitForDashboard(page, 45_000);
  return page;
}

describe('a partial current period on 1 December', () => {
  it('compares year to date with 1 January – 1 December last year, and says so', async () => {
    const page = await openOn1December('');
    try {
      await expect.poll(() => page.locator('.dash-header__period').textContent()).toBe('2026年（截至12月1日）');
      expect(await page.getByTestId('comparison-basis').textContent()).toBe('同比：2025年1月1日—12月1日');
      const subtitle = page.getByTestId('panel-employment').locator('.panel__subtitle');
      await expect.poll(() => subtitle.textContent()).toContain('2026年（截至12月1日）');
      // Every panel says so, the ranking included (its values are of the same partial span).
      const subtitles = await page
        .locator('section[data-testid^="panel-"] .panel__subtitle')
        .evaluateAll((els) => els.map((e) => e.closest('section')?.dataset.testid + ' ' + e.textContent));
      expect(subtitles.length).toBe(5);
      for (const s of subtitles) expect(s).toContain('2026年（截至12月1日）');
    } finally {
      await page.context().close();
    }
  }, 90_000);

  it('opens 月 on November, says why in the header, and marks December in the monthly trend', async () => {
    const page = await openOn1December('');
    try {
      await page.getByRole('group', { name: '统计期' }).getByRole('button', { name: '月', exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('2026-11');
      expect(await page.getByTestId('young-period-note').textContent()).toBe(
        '2026年12月仅有1天数据（截至12月1日），显示上一个完整月份',
      );

      // December picked on purpose: its trend ends in a marked, not a collapsed, month.
      await page.goto(`${inject('mswUrl')}?period=2026-12`);
      await waitForDashboard(page, 45_000);
      const panel = page.getByTestId('panel-employment');
      await panel.getByRole('tab', { name: '月度' }).click();
      const chart = panel.locator('[data-testid="chart"][data-chart-ready="true"]');
      await chart.waitFor();
      expect(await panel.locator('.echart__caption').textContent()).toMatch(/2026年12月（截至12月1日）$/);
      // Hover the last month's column: the axis tooltip names it as partial.
      const box = (await chart.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.97, box.y + box.height * 0.6);
      await expect
        .poll(
          () =>
            panel
              .locator('div')
              .filter({ hasText: /截至12月1日，不足一月/ })
              .count(),
          { timeout: 10_000 },
        )
        .toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  }, 90_000);

  it('keeps the 截至… qualifier readable: no panel subtitle or chart caption ends in an ellipsis', async () => {
    const page = await openOn1December('', 1366, 768);
    try {
      await expect
        .poll(() => page.getByTestId('panel-ethnic').locator('.panel__subtitle').textContent())
        .toContain('截至12月1日');
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.panel__subtitle, .echart__caption')]
          .filter((el) => el.textContent?.includes('截至') && el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent),
      );
      expect(cut).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 90_000);
});
