/**
 * A presented slide on the projectors and screens of a meeting room (issue 14, point 5): no
 * editing controls, everything inside the window without scrolling, nothing overlapping or
 * cut, and the map legend clear of the top-ranked region.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard, watchPage } from './browser';
import { SHOWN_CELLS } from '../../src/testing/chart-layout';
import { readLayoutProblems } from './layout-check';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
let browser: Browser;
let rootCode: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
  const meta = (await (await fetch(`${inject('apiUrl')}/api/v1/meta`)).json()) as { rootCode: string };
  rootCode = meta.rootCode;
});
afterAll(async () => {
  await browser?.close();
});

function deck(region: string, theme: 'light' | 'dark'): string {
  const scene = {
    id: 's1',
    region,
    period: '2026',
    metric: null,
    focus: null,
    title: '全县概况',
    takeaway: '要点',
    theme,
  };
  return JSON.stringify({
    version: 1,
    activeId: 'd1',
    decks: [{ id: 'd1', name: '汇报', updatedAt: '2026-12-01T00:00:00.000Z', scenes: [scene] }],
  });
}

/** Rectangles of the legend and of the top-ranked child's name on the map. */
function legendAndTopLabel(page: Page) {
  return page.evaluate(() => {
    const top = document.querySelector('.ranking__row .ranking__name')?.textContent ?? '';
    const label = [...document.querySelectorAll('.region-map__label')].find((l) => l.textContent === top);
    const legend = document.querySelector('.region-map .map-legend');
    const box = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    };
    return { top, label: box(label), legend: box(legend) };
  });
}

describe('presented slide', () => {
  it.for([
    { width: 1280, height: 800, theme: 'light' as const },
    { width: 1920, height: 1080, theme: 'light' as const },
    { width: 3840, height: 2160, theme: 'dark' as const },
  ])('fits $width×$height with no editing controls', async ({ width, height, theme }) => {
    const context = await newContext(browser, { width, height });
    try {
      await context.addInitScript((d) => localStorage.setItem('shiliu.decks', d), deck(rootCode, theme));
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(inject('mswUrl'));
      await waitForDashboard(page);
      await page.getByRole('button', { name: /^演示/ }).click();
      await page.getByRole('button', { name: '开始演示' }).click();
      await page.getByTestId('presenter-bar').waitFor();
      await waitForDashboard(page);
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(ARTIFACTS, `presenter-slide-${width}x${height}.png`) });

      const controls = await page
        .locator(
          '.panel__tools, .region-map__bar, .leaflet-control-zoom, .period-select, .presenter-tools, select, [role="tablist"] + * select',
        )
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.className));
      expect(controls, 'editing controls on the slide').toEqual([]);

      const layout = await readLayoutProblems(page);
      expect(layout.overlaps).toEqual([]);
      expect(layout.clipped).toEqual([]);
      const fit = await page.evaluate(() => {
        const bar = document.querySelector('[data-testid="presenter-bar"]')!.getBoundingClientRect();
        const lowest = Math.max(
          ...[...document.querySelectorAll('section[data-testid^="panel-"], [data-testid="map"]')].map(
            (e) => e.getBoundingClientRect().bottom,
          ),
        );
        return {
          sh: document.documentElement.scrollHeight,
          sw: document.documentElement.scrollWidth,
          lowest,
          barTop: bar.top,
        };
      });
      expect(fit.sh, 'no vertical scroll').toBeLessThanOrEqual(height);
      expect(fit.sw, 'no sideways scroll').toBeLessThanOrEqual(width);
      expect(fit.lowest, 'panels end above the scene strip').toBeLessThanOrEqual(fit.barTop + 1);

      // Charts are laid out for their box (src/testing/chart-layout.ts checks the labels at these
      // sizes): each is at least as large as measured there, and its caption does not repeat
      // the region and period of the panel header.
      const cells = await page.evaluate(() =>
        Object.fromEntries(
          ['ethnic', 'events', 'disputes'].map((id) => {
            const host = document.querySelector(`[data-testid="panel-${id}"] .echart__host`)!;
            const caption = host.parentElement!.querySelector('.echart__caption') as HTMLElement;
            return [id, { width: host.clientWidth, height: host.clientHeight, caption: caption.innerText }];
          }),
        ),
      );
      const shown = SHOWN_CELLS.find((c) => c.where === `演示 ${width}×${height}`)!;
      for (const id of ['ethnic', 'events', 'disputes'] as const) {
        const [w, h] = shown[id];
        expect(cells[id]!.width, `${id} chart width`).toBeGreaterThanOrEqual(w - 1);
        expect(cells[id]!.height, `${id} chart height`).toBeGreaterThanOrEqual(h - 1);
        expect(cells[id]!.caption, `${id} caption`).not.toContain(' · ');
      }

      const { top, label, legend } = await legendAndTopLabel(page);
      expect(label, `label of the top-ranked ${top} on the map`).not.toBeNull();
      if (label && legend) {
        const apart =
          label.right <= legend.left ||
          label.left >= legend.right ||
          label.bottom <= legend.top ||
          label.top >= legend.bottom;
        expect(apart, `legend ${JSON.stringify(legend)} covers ${top} ${JSON.stringify(label)}`).toBe(true);
      }
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('saves no scene from a page that cannot show its region', async () => {
    const context = await newContext(browser, { width: 1280, height: 800 });
    try {
      const page = await context.newPage();
      await page.goto(`${inject('mswUrl')}?region=532398999999&period=2026-Q3`);
      await page.getByRole('alert').getByText('无法显示该区域').waitFor();
      await page.getByRole('button', { name: /^演示/ }).click();
      const add = page.getByRole('dialog', { name: '演示文稿' }).getByRole('button', { name: '添加当前视图为场景' });
      await add.waitFor();
      expect(await add.isDisabled()).toBe(true);
      // It says why, instead of a title without a region (" · 2026年第3季度").
      const why = page.getByTestId('deck-unavailable');
      expect(await why.textContent()).toBe(
        '当前页面没有可显示的区域，不能添加为场景：未找到区划代码“532398999999”对应的区域。',
      );
      expect(await page.getByRole('dialog', { name: '演示文稿' }).textContent()).not.toContain(' · 2026年第3季度');
    } finally {
      await context.close();
    }
  });
});
