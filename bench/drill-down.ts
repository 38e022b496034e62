/**
 * Drill-down timing: from a click on a town on the county map to the town's children drawn and
 * every panel showing the town (breadcrumb, map layer, four panels with a finished chart and no
 * skeleton), measured in the page from the click's pointerdown to the first frame where all of
 * that holds. Cold: the town's first visit (every request goes to the in-browser mock). Cached:
 * back to the county with the breadcrumb, then the same click again (TanStack Query cache).
 */
import type { Page } from 'playwright-core';
import { newContext, waitForDashboard } from '../tests/e2e/browser';
import { heapAfterGc } from './measure';
import type { BenchContext, MetricRow, Scenario } from './scenario';
import { VIEWPORT } from './startup';

/**
 * In-page source (a string: tsx's keepNames would wrap named functions in a `__name` helper the
 * page does not have). Resolves with ms from the last pointerdown to the first frame where the
 * region `n` is fully drawn.
 */
const UNTIL_DRAWN = `({ n, timeout }) => new Promise((resolve, reject) => {
  const started = performance.now();
  const panels = ['panel-ethnic', 'panel-employment', 'panel-events', 'panel-disputes'];
  const drawn = () => {
    const crumb = document.querySelector('nav[aria-label="区划层级"] [aria-current="page"]')?.textContent;
    if (crumb !== n) return false;
    if (!document.querySelector('[data-testid="map"]')?.hasAttribute('data-boundaries')) return false;
    return panels.every((id) => {
      const p = document.querySelector('[data-testid="' + id + '"]');
      return p !== null && p.getAttribute('aria-busy') !== 'true' &&
        (p.querySelector('.panel__subtitle')?.textContent ?? '').startsWith(n + ' · ') &&
        p.querySelector('[data-chart-ready="true"]') !== null;
    });
  };
  const check = () => {
    if (drawn()) resolve(performance.now() - (window.__drillStart ?? NaN));
    else if (performance.now() - started > timeout) reject(new Error(n + ' not drawn in ' + timeout + ' ms'));
    else requestAnimationFrame(check);
  };
  check();
})`;

function timeUntilDrawn(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(`(${UNTIL_DRAWN})(${JSON.stringify({ n: name, timeout: timeoutMs })})`) as Promise<number>;
}

/** Clicks the map where the child's name label sits (labels let clicks through to the canvas). */
async function clickChild(page: Page, name: string): Promise<void> {
  const label = page.locator('.region-map__label', { hasText: name }).first();
  const box = await label.boundingBox();
  if (!box) throw new Error(`no label for ${name}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function settle(page: Page): Promise<void> {
  // Let the animated fit end and labels be re-placed before the next click.
  await page.waitForTimeout(500);
}

/** Where the dashboard's data comes from, for one drill-down run. */
interface Source {
  name: string;
  url: string;
  /** Sent with every request of the page (the served API's read token). */
  headers?: Record<string, string>;
}

async function drill(ctx: BenchContext, source: Source): Promise<MetricRow[]> {
  const context = await newContext(ctx.browser, VIEWPORT, source.headers ? { extraHTTPHeaders: source.headers } : {});
  await context.addInitScript(
    "window.addEventListener('pointerdown', (e) => { window.__drillStart = e.timeStamp; }, { capture: true });",
  );
  const cold: number[] = [];
  const cached: number[] = [];
  const heap: number[] = [];
  try {
    const page = await context.newPage();
    await page.goto(source.url, { waitUntil: 'load' });
    await waitForDashboard(page, 60_000);
    const root = (await page.locator('nav[aria-label="区划层级"] [aria-current="page"]').textContent()) ?? '';
    await settle(page);
    const towns = await page.locator('.region-map__label').allTextContents();
    for (const town of towns.slice(0, Math.max(ctx.runs, 1))) {
      for (const samples of [cold, cached]) {
        try {
          await clickChild(page, town);
          samples.push(await timeUntilDrawn(page, town));
        } catch (err) {
          ctx.log(`drill to ${town} (${source.name}) failed: ${String(err).split('\n')[0]}`);
          samples.push(NaN);
        }
        await settle(page);
        await page.getByRole('navigation', { name: '区划层级' }).getByRole('link', { name: root }).click();
        await timeUntilDrawn(page, root).catch(() => undefined);
        await settle(page);
      }
      heap.push((await heapAfterGc(page)).heapMB);
    }
  } finally {
    await context.close();
  }
  const scenario = `drill-down county → town (${source.name})`;
  return [
    { scenario, metric: 'click → children + panels, cold', unit: 'ms', samples: cold },
    { scenario, metric: 'click → children + panels, cached', unit: 'ms', samples: cached },
    { scenario, metric: 'JS heap after GC, per town', unit: 'MB', samples: heap },
  ];
}

export const drillDownScenario: Scenario = {
  id: 'drill',
  async run(ctx: BenchContext): Promise<MetricRow[]> {
    const { servers } = ctx;
    const sources: Source[] = [
      { name: 'in-browser mock', url: servers.mswUrl },
      { name: 'HTTP mock API', url: servers.httpUrl },
      {
        name: 'npm run serve, embedded database',
        url: servers.servedUrl,
        headers: { authorization: `Bearer ${servers.servedToken}` },
      },
    ];
    const rows: MetricRow[] = [];
    for (const source of sources) rows.push(...(await drill(ctx, source)));
    return rows;
  },
};
