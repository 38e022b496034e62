/**
 * Soak of the unattended big screen: ≥ 500 refresh-and-tour cycles with shortened intervals
 * (`?mode=screen&refresh=0.4&dwell=0.4`: every cycle refetches the statistics and moves the
 * tour — map highlight, callout, four panels switching region — through the app's real code
 * paths), with a forced GC before and after; then an API outage and its recovery.
 * Figures: JS heap used, DOM nodes and event listeners (CDP Performance.getMetrics) at the
 * start and the end, measured in the same state (tour paused on the overview).
 * Options: SOAK_CYCLES=500, SOAK_OUTAGE_S=20.
 */
import type { CDPSession, Page } from 'playwright-core';
import { newContext, readDashboardState } from '../tests/e2e/browser';
import { setOutage } from '../tests/e2e/servers';
import type { BenchContext, MetricRow, Scenario } from './scenario';

const CYCLES = Math.max(10, Number(process.env.SOAK_CYCLES ?? 500) || 500);
const OUTAGE_MS = Math.max(5, Number(process.env.SOAK_OUTAGE_S ?? 20) || 20) * 1000;
const INTERVAL_S = 0.4;
const IDLE_S = 3;
const VIEWPORT = { width: 1920, height: 1080 };

interface Counters {
  heapMB: number;
  nodes: number;
  listeners: number;
}

async function countersAfterGc(cdp: CDPSession): Promise<Counters> {
  // Twice: the first pass may only queue finalisers whose objects the second one frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heapMB: get('JSHeapUsedSize') / 1e6, nodes: get('Nodes'), listeners: get('JSEventListeners') };
}

/** Tour steps seen in the page (a MutationObserver on `.dash[data-tour]`, installed once). */
function tourSteps(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __soakSteps?: number }).__soakSteps ?? 0);
}

function installStepCounter(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __soakSteps?: number };
    w.__soakSteps = 0;
    const dash = document.querySelector('.dash');
    if (!dash) throw new Error('no .dash');
    new MutationObserver(() => (w.__soakSteps = (w.__soakSteps ?? 0) + 1)).observe(dash, {
      attributes: true,
      attributeFilter: ['data-tour'],
    });
  });
}

/**
 * Holds the tour on the overview (no child highlighted, no callout) so start and end are
 * measured in the same state: wait for the overview, then "touch" the screen to pause it.
 */
async function holdOnOverview(page: Page): Promise<void> {
  // Decided in the page, in the same task the overview appears: a round trip from Node could
  // miss the 0.4 s window. The synthetic pointermove goes through the app's own input listener.
  // A string, not a function: tsx's keepNames would wrap named helpers in an undefined __name().
  await page.evaluate(`new Promise((resolve, reject) => {
    const dash = document.querySelector('.dash');
    if (!dash) return reject(new Error('no .dash'));
    const pause = () => window.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    if (dash.dataset.tour === '') { pause(); return resolve(); }
    const observer = new MutationObserver(() => {
      if (dash.dataset.tour !== '') return;
      pause();
      observer.disconnect();
      resolve();
    });
    observer.observe(dash, { attributes: true, attributeFilter: ['data-tour'] });
  })`);
  // Then hide the tab (as a minimised browser would): the app's shared ticker stops the refresh
  // too, so no request is in flight while the counters are read.
  await setHidden(page, true);
  // Let in-flight refreshes land and charts finish their animations.
  await page.waitForTimeout(1500);
  const tour = await page.evaluate(() => document.querySelector<HTMLElement>('.dash')?.dataset);
  if (tour?.tour !== '' || tour.tourPaused !== 'true')
    throw new Error(`tour not held on the overview (${JSON.stringify(tour)})`);
}

function setHidden(page: Page, hidden: boolean): Promise<unknown> {
  return page.evaluate(
    hidden
      ? `Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
         document.dispatchEvent(new Event('visibilitychange'))`
      : `delete document.visibilityState; document.dispatchEvent(new Event('visibilitychange'))`,
  );
}

export const soakScenario: Scenario = {
  id: 'soak',
  async run(ctx: BenchContext): Promise<MetricRow[]> {
    const scenario = `soak, ${CYCLES} refresh+tour cycles`;
    const context = await newContext(ctx.browser, VIEWPORT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    let refreshes = 0;
    page.on('request', (req) => {
      if (/\/api\/v1\/meta$/.test(new URL(req.url()).pathname)) refreshes++;
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await cdp.send('Performance.enable');
      const url = new URL(ctx.servers.httpUrl);
      url.search = `?mode=screen&refresh=${INTERVAL_S}&dwell=${INTERVAL_S}&idle=${IDLE_S}`;
      await page.goto(url.toString(), { waitUntil: 'load' });
      // The first full render only: with a 0.4 s dwell the panels switch region faster than a
      // fresh chart finishes its entry animation, so "every chart finished" may never hold.
      await page.waitForFunction(() => document.documentElement.dataset.fullRender === 'true', undefined, {
        timeout: 60_000,
      });
      await installStepCounter(page);
      // Warm-up: two rounds of the tour fill the cache with every child's data and warm the JIT.
      await page.waitForFunction(
        () => ((window as unknown as { __soakSteps?: number }).__soakSteps ?? 0) >= 20,
        undefined,
        {
          timeout: 60_000,
        },
      );

      await holdOnOverview(page);
      const start = await countersAfterGc(cdp);
      await setHidden(page, false);
      const t0 = Date.now();
      const steps0 = await tourSteps(page);
      const refreshes0 = refreshes;
      ctx.log(`soak start: ${JSON.stringify(start)}`);
      let lastLog = 0;
      for (;;) {
        const done = Math.min((await tourSteps(page)) - steps0, refreshes - refreshes0);
        if (done >= CYCLES) break;
        if (done - lastLog >= 100) {
          lastLog = done;
          const mem = await cdp.send('Performance.getMetrics');
          const heap = (mem.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1e6;
          ctx.log(`soak: ${done} cycles, heap ${heap.toFixed(1)} MB (no GC)`);
        }
        if (Date.now() - t0 > 15 * 60_000) throw new Error(`soak stuck at ${done} cycles`);
        await page.waitForTimeout(1000);
      }
      const steps = (await tourSteps(page)) - steps0;
      const refreshCount = refreshes - refreshes0;
      const soakSeconds = (Date.now() - t0) / 1000;
      await holdOnOverview(page);
      const end = await countersAfterGc(cdp);
      await setHidden(page, false);
      ctx.log(`soak end after ${soakSeconds.toFixed(0)} s: ${JSON.stringify(end)}`);

      // Outage stretch: every API request answers 503, then the API returns; nobody touches the screen.
      const notice = page.getByTestId('connection-notice');
      const figures = await page.getByTestId('key-figures').innerText();
      await setOutage(ctx.servers.apiUrl, true);
      let noticeAfter = NaN;
      let kept = 0;
      let recoveredAfter = NaN;
      const outageStart = Date.now();
      try {
        await notice.waitFor({ state: 'visible', timeout: 30_000 });
        noticeAfter = (Date.now() - outageStart) / 1000;
        await page.waitForTimeout(Math.max(0, OUTAGE_MS - (Date.now() - outageStart)));
        const still = await page.evaluate(() => document.querySelectorAll('[data-chart-ready="true"]').length);
        const keyFigures = await page
          .getByTestId('key-figures')
          .innerText({ timeout: 2000 })
          .catch(() => '');
        kept = still >= 4 && keyFigures === figures ? 1 : 0;
        if (!kept) await page.screenshot({ path: 'bench/results/soak-outage-lost.png' });
      } finally {
        await setOutage(ctx.servers.apiUrl, false);
      }
      const back = Date.now();
      try {
        await notice.waitFor({ state: 'hidden', timeout: 120_000 });
        const state = await readDashboardState(page);
        const healthy =
          Object.values(state.alerts).every((n) => n === 0) &&
          state.boundaries > 0 &&
          (await page.getByTestId('key-figures').innerText()).length > 0;
        if (healthy) recoveredAfter = (Date.now() - back) / 1000;
      } catch (err) {
        ctx.log(`soak: the screen did not recover: ${String(err).split('\n')[0]}`);
      }
      ctx.log(
        `soak outage: notice after ${noticeAfter.toFixed(1)} s, last data kept: ${kept === 1}, ` +
          `recovered ${Number.isFinite(recoveredAfter) ? `${recoveredAfter.toFixed(1)} s after the API returned` : 'NOT'}`,
      );
      if (pageErrors.length) ctx.log(`soak: ${pageErrors.length} page errors, first: ${pageErrors[0]}`);

      const row = (metric: string, unit: string, value: number): MetricRow => ({
        scenario,
        metric,
        unit,
        samples: [value],
      });
      return [
        row('tour steps', 'count', steps),
        row('statistics refreshes', 'count', refreshCount),
        row('duration', 's', soakSeconds),
        row('JS heap after GC, start', 'MB', start.heapMB),
        row('JS heap after GC, end', 'MB', end.heapMB),
        row('JS heap growth', 'MB', end.heapMB - start.heapMB),
        row('DOM nodes, start', 'count', start.nodes),
        row('DOM nodes, end', 'count', end.nodes),
        row('event listeners, start', 'count', start.listeners),
        row('event listeners, end', 'count', end.listeners),
        row('page errors', 'count', pageErrors.length),
        row('outage: notice shown after', 's', noticeAfter),
        row('outage: last data kept (1 = yes)', 'count', kept),
        row('outage: recovered after API returned', 's', recoveredAfter),
      ];
    } finally {
      await cdp.detach().catch(() => undefined);
      await context.close();
    }
  },
};
