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
import { SHOWN_CELLS, type ShownCell } from '../../src/testing/chart-layout';
import { rankingRowsInView, readLayoutProblems } from './layout-check';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
let browser: Browser;
let rootCode: string;
/** A town of the county: its 上级与同级 tab has a parent and siblings to compare with. */
let townCode: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
  const meta = (await (await fetch(`${inject('apiUrl')}/api/v1/meta`)).json()) as { rootCode: string };
  rootCode = meta.rootCode;
  const root = (await (await fetch(`${inject('apiUrl')}/api/v1/regions/${rootCode}`)).json()) as {
    children: { code: string }[];
  };
  townCode = root.children[0]!.code;
});
afterAll(async () => {
  await browser?.close();
});

const FOCUSES = [null, 'ethnic', 'employment', 'events', 'disputes', 'map'] as const;
const PANELS = ['ethnic', 'employment', 'events', 'disputes'] as const;
type PanelId = (typeof PANELS)[number];

/**
 * One deck of the county's year: no focus, then each panel and the map in focus; last a town
 * with 民族构成 in focus (its 上级与同级 chart).
 */
function deck(county: string, town: string, theme: 'light' | 'dark'): string {
  const scenes = [...FOCUSES, 'ethnic' as const].map((focus, i) => ({
    id: `s${i}`,
    region: i === FOCUSES.length ? town : county,
    period: '2026',
    metric: null,
    focus,
    title: '全县概况',
    takeaway: '要点',
    theme,
  }));
  return JSON.stringify({
    version: 1,
    activeId: 'd1',
    decks: [{ id: 'd1', name: '汇报', updatedAt: '2026-12-01T00:00:00.000Z', scenes }],
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

/** The map legend leaves the top-ranked child's name readable. */
async function expectLegendClearOfTop(page: Page): Promise<void> {
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
}

/** Which blocks the slide shows (map, ranking, panels), by test id. */
function shownBlocks(page: Page): Promise<string[]> {
  return page
    .locator('section[data-testid^="panel-"], [data-testid="map"]')
    .evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => (e as HTMLElement).dataset.testid ?? ''),
    );
}

/** Nothing to edit, nothing overlapping or cut, nothing below the scene strip or off the window. */
async function expectFits(page: Page, width: number, height: number, where: string): Promise<void> {
  const controls = await page
    .locator(
      '.panel__tools, .region-map__bar, .leaflet-control-zoom, .period-select, .presenter-tools, select, [role="tablist"] + * select',
    )
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.className));
  expect(controls, `${where}: editing controls on the slide`).toEqual([]);
  const layout = await readLayoutProblems(page);
  expect(layout.overlaps, where).toEqual([]);
  expect(layout.clipped, where).toEqual([]);
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
  expect(fit.sh, `${where}: no vertical scroll`).toBeLessThanOrEqual(height);
  expect(fit.sw, `${where}: no sideways scroll`).toBeLessThanOrEqual(width);
  expect(fit.lowest, `${where}: panels end above the scene strip`).toBeLessThanOrEqual(fit.barTop + 1);
}

/**
 * The chart cell of a panel's shown tab and its caption, once the chart has drawn; null when the
 * tab says why it has no chart (a county has no 上级与同级).
 */
async function chartCell(page: Page, id: PanelId) {
  const panel = page.getByTestId(`panel-${id}`);
  const settled = await page.waitForFunction(
    (testId) => {
      const tab = document.querySelector(`[data-testid="${testId}"] [role="tabpanel"]`);
      if (tab?.querySelector('[data-chart-ready="true"]')) return 'chart';
      const notice = tab?.querySelector('.panel__notice')?.textContent ?? '';
      return notice && !notice.startsWith('正在加载') ? 'notice' : false;
    },
    `panel-${id}`,
    { timeout: 20_000, polling: 100 },
  );
  if ((await settled.jsonValue()) !== 'chart') return null;
  return panel.locator('[role="tabpanel"] .echart__host').evaluate((host) => {
    const caption = host.parentElement!.querySelector('.echart__caption') as HTMLElement | null;
    return { width: host.clientWidth, height: host.clientHeight, caption: caption?.innerText ?? '' };
  });
}

/**
 * Every tab of a panel in turn (月度 trends, 上级与同级, 公益岗位/培训/零就业, 受理→化解 …):
 * the slide still fits, and each chart is at least as large as measured in chart-layout.ts,
 * where its labels are checked at that size, and its caption does not repeat the region and
 * period of the panel header.
 */
async function expectEveryTab(page: Page, id: PanelId, shown: ShownCell, size: [number, number]) {
  const panel = page.getByTestId(`panel-${id}`);
  const tabs = await panel.getByRole('tab').all();
  const [w, h] = shown[id];
  for (const tab of tabs.length > 0 ? tabs : [null]) {
    await tab?.click();
    const name = `${shown.where} ${id} ${(await tab?.textContent()) ?? ''}`;
    const cell = await chartCell(page, id);
    await panel.screenshot({
      path: join(ARTIFACTS, `presenter-slide-${size.join('x')}-${id}-${tabs.indexOf(tab!)}.png`),
    });
    if (cell) {
      if (MEASURE) console.log(`${name}: ${cell.width}×${cell.height} rem ${await rootFont(page)}`);
      expect(cell.width, `${name}: chart width`).toBeGreaterThanOrEqual(w - 1);
      expect(cell.height, `${name}: chart height`).toBeGreaterThanOrEqual(h - 1);
      expect(cell.caption, `${name}: caption`).not.toContain(' · ');
    }
    await expectFits(page, size[0], size[1], name);
  }
  await tabs[0]?.click();
}

function rootFont(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
}

async function present(width: number, height: number, theme: 'light' | 'dark') {
  // Charts draw at once (no animation): a tab's chart is measured and shot as it stays.
  const context = await newContext(browser, { width, height }, { reducedMotion: 'reduce' });
  await context.addInitScript((d) => localStorage.setItem('shiliu.decks', d), deck(rootCode, townCode, theme));
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(inject('mswUrl'));
  await waitForDashboard(page);
  await page.getByRole('button', { name: /^演示/ }).click();
  await page.getByRole('button', { name: '开始演示' }).click();
  await page.getByTestId('presenter-bar').waitFor();
  await waitForDashboard(page);
  await page.waitForTimeout(800);
  return { context, page, problems };
}

/** Steps to the next scene with the clicker and waits for its focus to show. */
async function nextScene(page: Page, focus: string | null): Promise<void> {
  await page.keyboard.press('PageDown');
  await page.waitForFunction((f) => (document.documentElement.dataset.presentFocus ?? null) === f, focus);
  await page.waitForTimeout(300);
}

/** The measured cells of a slide size (all zero while measuring them). */
function shownCell(width: number, height: number): ShownCell {
  const where = `演示 ${width}×${height}`;
  const shown = SHOWN_CELLS.find((c) => c.where === where);
  if (MEASURE) return { where, rem: 0, ethnic: [0, 0], employment: [0, 0], events: [0, 0], disputes: [0, 0] };
  expect(shown, `SHOWN_CELLS has ${where}`).toBeDefined();
  return shown!;
}

/** Set MEASURE=1 to print the chart cells (for SHOWN_CELLS) instead of trusting the table. */
const MEASURE = process.env.MEASURE === '1';

describe('presented slide', () => {
  it.for([
    { width: 1024, height: 768, theme: 'dark' as const },
    { width: 1100, height: 800, theme: 'light' as const },
    { width: 1280, height: 800, theme: 'light' as const },
    { width: 1366, height: 768, theme: 'dark' as const },
  ])(
    'on a small projector ($width×$height) shows the map and the focused panel, large, fitting',
    { timeout: 180_000 },
    async ({ width, height, theme }) => {
      const { context, page, problems } = await present(width, height, theme);
      try {
        const shown = shownCell(width, height);
        for (const [i, focus] of FOCUSES.entries()) {
          if (i > 0) await nextScene(page, focus);
          await page.screenshot({ path: join(ARTIFACTS, `presenter-slide-${width}x${height}-${focus ?? 'none'}.png`) });
          const side = focus && focus !== 'map' ? `panel-${focus}` : 'panel-ranking';
          expect((await shownBlocks(page)).sort(), `scene ${i}`).toEqual(['map', side].sort());
          await expectFits(page, width, height, `scene ${i} (${focus ?? '无重点'})`);
          if (side === 'panel-ranking') {
            // Beside the map the ranking has room for rows in large type.
            const type = await page.evaluate(() => ({
              root: parseFloat(getComputedStyle(document.documentElement).fontSize),
              row: parseFloat(getComputedStyle(document.querySelector('.ranking__row .ranking__name')!).fontSize),
            }));
            expect(type.row, `ranking rows ${type.row} px, root ${type.root} px`).toBeGreaterThanOrEqual(
              type.root * 1.2,
            );
          }
          if (focus && focus !== 'map') await expectEveryTab(page, focus, shown, [width, height]);
        }
        await nextScene(page, 'ethnic');
        await waitForDashboard(page);
        await expectEveryTab(page, 'ethnic', shown, [width, height]);
        // The map and the slide's panel share the width; the panel gets the larger part.
        const mapWidth = await page.getByTestId('map').evaluate((e) => e.getBoundingClientRect().width);
        expect(mapWidth).toBeGreaterThan(width * 0.3);
        await expectLegendClearOfTop(page);
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.for([
    { width: 1920, height: 1080, theme: 'light' as const },
    { width: 3840, height: 2160, theme: 'dark' as const },
    { width: 5760, height: 1080, theme: 'dark' as const },
    { width: 1080, height: 1920, theme: 'light' as const },
  ])(
    'fits $width×$height with every panel and tab and no editing controls',
    { timeout: 180_000 },
    async ({ width, height, theme }) => {
      const { context, page, problems } = await present(width, height, theme);
      try {
        await page.screenshot({ path: join(ARTIFACTS, `presenter-slide-${width}x${height}.png`) });
        expect(await shownBlocks(page)).toHaveLength(6);
        await expectFits(page, width, height, '无重点');
        const shown = shownCell(width, height);
        for (const id of PANELS) await expectEveryTab(page, id, shown, [width, height]);
        for (const focus of [...FOCUSES.slice(1), 'ethnic']) await nextScene(page, focus);
        await waitForDashboard(page);
        await expectEveryTab(page, 'ethnic', shown, [width, height]);

        await expectLegendClearOfTop(page);
        expect(problems.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

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

  it('pages the ranking of a full slide (1920×1080) until every row has been shown: a clicker cannot scroll', async () => {
    const { context, page, problems } = await present(1920, 1080, 'dark');
    try {
      const shown = new Set(await rankingRowsInView(page));
      const total = await page.locator('.ranking__list li').count();
      expect(shown.size, 'the list is longer than its room on the slide').toBeLessThan(total);
      const deadline = Date.now() + 40_000;
      while (shown.size < total && Date.now() < deadline) {
        await page.waitForTimeout(1000);
        for (const c of await rankingRowsInView(page)) shown.add(c);
      }
      expect(shown.size, 'rows seen while the slide is shown').toBe(total);
      expect(problems.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
