/**
 * The big screen (?mode=screen) in real Chromium: the layout's invariants at every wall
 * resolution of the issue, the tour, and an API outage with recovery. Screenshots go to
 * tests/e2e/artifacts/big-screen-*.png for people to look at (pixels are never compared).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard, watchPage } from './browser';
import type { PageProblems } from './browser';
import { ROOT, setOutage } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
});

async function open(
  url: string,
  width: number,
  height: number,
  scale = 1,
): Promise<{ page: Page; problems: PageProblems }> {
  const context = await newContext(browser, { width, height }, { deviceScaleFactor: scale });
  contexts.push(context);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

function screenUrl(base: string, params: string): string {
  const u = new URL(base);
  u.search = `?mode=screen&${params}`;
  return u.toString();
}

interface LayoutReport {
  boxes: { id: string; left: number; top: number; right: number; bottom: number }[];
  scroll: { sw: number; sh: number; cw: number; ch: number };
  canvases: { where: string; backing: number; css: number }[];
  smallestText: { px: number; text: string };
  transforms: string[];
  hitMisses: string[];
}

/** Everything the invariants need, read in the page in one go. */
function readLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const blocks = [
      ...document.querySelectorAll<HTMLElement>(
        '.dash-header, [data-testid="key-figures"], [data-testid="map"], section[data-testid^="panel-"]',
      ),
    ];
    const boxes = blocks.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.testid ?? el.className, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const root = document.documentElement;
    const canvases = [...document.querySelectorAll('canvas')]
      .filter((c) => c.getBoundingClientRect().width > 0)
      .map((c) => ({
        where: c.closest('[data-testid]')?.getAttribute('data-testid') ?? 'page',
        backing: c.width,
        css: c.getBoundingClientRect().width,
      }));
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || el.closest('.visually-hidden, [hidden], [aria-hidden="true"]')) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width < 2 || r.height < 2 || style.visibility === 'hidden' || el.checkVisibility?.() === false) continue;
      const px = Number.parseFloat(style.fontSize);
      if (px < smallest.px) smallest = { px, text: text.slice(0, 40) };
    }
    const transforms = [root, document.body, document.getElementById('root'), document.querySelector('.dash')]
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .map((el) => {
        const s = getComputedStyle(el);
        return s.transform !== 'none' || (s.zoom !== '' && s.zoom !== '1') ? `${el.tagName}.${el.className}` : '';
      })
      .filter(Boolean);
    // A pointer at the centre of each chart and of the map lands inside it (no offset, no cover).
    const hitMisses = [...document.querySelectorAll<HTMLElement>('[data-testid="chart"], [data-testid="map"]')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !hit || !el.contains(hit);
      })
      .map((el) => el.getAttribute('aria-label') ?? el.dataset.testid ?? '?');
    return {
      boxes,
      scroll: { sw: root.scrollWidth, sh: root.scrollHeight, cw: root.clientWidth, ch: root.clientHeight },
      canvases,
      smallestText: smallest,
      transforms,
      hitMisses,
    };
  });
}

function overlaps(a: LayoutReport['boxes'][number], b: LayoutReport['boxes'][number]): boolean {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 1 && h > 1;
}

const SCREENS = [
  { width: 1920, height: 1080, scale: 1 },
  { width: 1920, height: 1080, scale: 2 },
  { width: 2560, height: 1440, scale: 1 },
  { width: 3840, height: 2160, scale: 1 },
  { width: 5760, height: 1080, scale: 1 },
  { width: 7680, height: 2160, scale: 1 },
  { width: 1080, height: 1920, scale: 1 },
];

describe('big screen layout', () => {
  it.for(SCREENS)('fills $width×$height at device pixel ratio $scale', async ({ width, height, scale }) => {
    // Long dwell: the layout is checked on the overview, with the tour's callout not yet shown.
    const { page, problems } = await open(screenUrl(inject('mswUrl'), 'dwell=600'), width, height, scale);
    await waitForDashboard(page, 45_000);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))));
    const name = `big-screen-${width}x${height}${scale === 1 ? '' : `@${scale}x`}.png`;
    await page.screenshot({ path: join(ARTIFACTS, name) });
    const layout = await readLayout(page);
    console.log(
      `[e2e] ${width}×${height}@${scale}: smallest text ${layout.smallestText.px}px ("${layout.smallestText.text}"), ` +
        `${layout.canvases.length} canvases`,
    );

    expect(layout.boxes.length, 'header, key figures, map and four panels').toBeGreaterThanOrEqual(7);
    for (const b of layout.boxes) {
      expect(
        b.left >= -0.5 && b.top >= -0.5 && b.right <= width + 0.5 && b.bottom <= height + 0.5,
        `${b.id} inside the viewport: ${JSON.stringify(b)}`,
      ).toBe(true);
      expect(b.right - b.left > 50 && b.bottom - b.top > 30, `${b.id} has room: ${JSON.stringify(b)}`).toBe(true);
    }
    for (let i = 0; i < layout.boxes.length; i++)
      for (let j = i + 1; j < layout.boxes.length; j++) {
        const [a, b] = [layout.boxes[i]!, layout.boxes[j]!];
        expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      }
    const { sw, sh, cw, ch } = layout.scroll;
    expect(sw <= cw && sh <= ch, `no scrollbar: content ${sw}×${sh} in ${cw}×${ch}`).toBe(true);
    expect(layout.transforms, 'no scaled page').toEqual([]);
    expect(layout.hitMisses, 'pointer lands on the chart or map under it').toEqual([]);
    expect(layout.canvases.length).toBeGreaterThan(4);
    for (const c of layout.canvases) {
      expect(Math.abs(c.backing / c.css - scale), `${c.where} canvas ${c.backing}px for ${c.css} CSS px`).toBeLessThan(
        0.02,
      );
    }
    // Legible from a few metres: the smallest text is at least 0.9% of the screen's short side.
    expect(layout.smallestText.px, `smallest text "${layout.smallestText.text}"`).toBeGreaterThanOrEqual(
      0.009 * Math.min(width, height),
    );
    // Kiosk: no editing controls, but the clock, the data's timestamp and the demo mark.
    expect(
      await page
        .locator('.period-select, .region-map__bar, .panel__tools')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
    ).toBe(0);
    expect(await page.getByLabel('当前时间').isVisible()).toBe(true);
    expect(
      await page
        .getByText(/数据更新于/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText('演示数据').first().isVisible()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
  });
});

function tourState(page: Page) {
  return page.evaluate(() => {
    const dash = document.querySelector<HTMLElement>('.dash');
    return {
      code: dash?.dataset.tour ?? '',
      paused: dash?.dataset.tourPaused === 'true',
      callout: document.querySelector('[data-testid="tour-callout"] .tour-callout__name')?.textContent ?? '',
      panelSubtitle: document.querySelector('[data-testid="panel-ethnic"] .panel__subtitle')?.textContent ?? '',
    };
  });
}

describe('big screen tour', () => {
  it('steps through the children with a callout, the panels follow, and input pauses it', async () => {
    const { page, problems } = await open(screenUrl(inject('mswUrl'), 'dwell=1&idle=2.5'), 1920, 1080);
    await waitForDashboard(page, 45_000);
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          const s = await tourState(page);
          if (s.code) seen.add(s.code);
          return seen.size;
        },
        { timeout: 15_000, interval: 200 },
      )
      .toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await tourState(page)).callout, { timeout: 5000 }).not.toBe('');
    const shown = await tourState(page);
    if (shown.code) expect(shown.panelSubtitle, 'panels show the toured child').toContain(shown.callout);
    await page.screenshot({ path: join(ARTIFACTS, 'big-screen-tour-1920x1080.png') });

    // Someone moves the mouse: the tour holds still on the current stop.
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await expect.poll(async () => (await tourState(page)).paused, { timeout: 2000 }).toBe(true);
    const held = (await tourState(page)).code;
    await page.waitForTimeout(1800);
    expect((await tourState(page)).code, 'no step while paused (dwell 1 s)').toBe(held);
    // Quiet for the idle time: it resumes and moves on.
    await expect.poll(async () => (await tourState(page)).paused, { timeout: 6000 }).toBe(false);
    await expect.poll(async () => (await tourState(page)).code, { timeout: 6000 }).not.toBe(held);
    expect(problems.pageErrors).toEqual([]);
  });
});

describe('big screen through an API outage', () => {
  it('keeps the last data with a notice, survives a reload, and recovers by itself', async () => {
    const apiUrl = inject('apiUrl');
    const { page, problems } = await open(screenUrl(inject('httpUrl'), 'refresh=2&tour=0'), 1920, 1080);
    const notice = page.getByTestId('connection-notice');
    try {
      await waitForDashboard(page, 45_000);
      const figures = await page.getByTestId('key-figures').innerText();
      // Let the throttled persister write the cache (every 2 s).
      await page.waitForTimeout(2500);
      await setOutage(apiUrl, true);
      await notice.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await notice.innerText()).toMatch(/^数据更新于 \d{2}:\d{2}，连接中断，正在重试$/);
      expect(await page.getByTestId('key-figures').innerText(), 'last figures stay').toBe(figures);
      const alive = await page.evaluate(() => ({
        charts: document.querySelectorAll('[data-chart-ready="true"]').length,
        alerts: document.querySelectorAll('[data-testid^="panel-"] [role="alert"]').length,
        boundaries: Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-boundaries') ?? 0),
      }));
      expect(alive.charts).toBeGreaterThanOrEqual(4);
      expect(alive.alerts, 'no panel replaced by an error').toBe(0);
      expect(alive.boundaries).toBeGreaterThan(0);
      await page.screenshot({ path: join(ARTIFACTS, 'big-screen-outage-1920x1080.png') });

      // A reload during the outage (power cut, watchdog): the persisted cache brings the data back.
      await page.reload({ waitUntil: 'load' });
      await waitForDashboard(page, 30_000);
      expect(await page.getByTestId('key-figures').innerText(), 'figures restored from the cache').toBe(figures);
      await notice.waitFor({ state: 'visible', timeout: 15_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'big-screen-outage-reloaded-1920x1080.png') });
    } finally {
      await setOutage(apiUrl, false);
    }
    // Nobody touches it: the back-off loop finds the API again and the notice goes.
    await notice.waitFor({ state: 'hidden', timeout: 45_000 });
    const state = await waitForDashboard(page, 15_000);
    expect(Object.values(state.alerts).every((n) => n === 0)).toBe(true);
    expect(problems.pageErrors).toEqual([]);
  }, 120_000);
});
