/**
 * Measuring one page load in Chromium: navigation start → `shiliu:first-full-render`, long
 * tasks during start-up, and the JS heap once the first screen is drawn.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { PERSIST_KEY_PREFIX } from '../src/lib/query-persister';

export const FIRST_RENDER_MARK = 'shiliu:first-full-render';

/** One load of one page. */
export interface LoadSample {
  /** navigation start → mark, ms */
  firstRenderMs: number;
  /** long tasks (≥ 50 ms) that started before the mark */
  longTaskCount: number;
  /** longest of those, ms (0 when none) */
  longestTaskMs: number;
  /** JS heap in use after a forced GC, MB (10⁶ bytes) */
  heapMB: number;
  /** DOM nodes after a forced GC */
  domNodes: number;
  /** Same-origin .js/.css paths (e.g. `assets/index-x.js`) requested before the mark. */
  files?: string[];
}

interface LongTaskWindow {
  __shiliuLongTasks?: { start: number; duration: number }[];
}

/**
 * Runs in the page before any of its scripts: records long tasks from the very beginning
 * (`buffered: true` also delivers those queued before the observer existed).
 */
function recordLongTasks(): void {
  const w = window as unknown as LongTaskWindow;
  w.__shiliuLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__shiliuLongTasks?.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Browsers without Long Tasks API: the count stays 0.
  }
}

/** Call once per context before its first page opens. */
export async function instrumentContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(recordLongTasks);
}

/** Loads `url` in a new page of `context`, waits for the mark and measures. */
export interface LoadOptions {
  timeoutMs?: number;
  /**
   * Before closing the page, wait until the app has written its persisted query cache
   * (src/lib/query-persister.ts, throttled to 2 s), so the next load in the same context
   * starts the way a reloaded screen does: with the last data in localStorage.
   */
  keepPersistedCache?: boolean;
}

export async function measureLoad(
  context: BrowserContext,
  url: string,
  { timeoutMs = 60_000, keepPersistedCache = false }: LoadOptions = {},
): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_RENDER_MARK, {
      timeout: timeoutMs,
      polling: 50,
    });
    // Let the observer deliver entries queued around the mark.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    const timing = await page.evaluate((mark) => {
      const at = performance.getEntriesByName(mark)[0]?.startTime ?? NaN;
      const tasks = ((window as unknown as LongTaskWindow).__shiliuLongTasks ?? []).filter((t) => t.start < at);
      // What the first screen really fetched, lazy chunks included (resource timing).
      const files = performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < at && r.name.startsWith(location.origin) && /\.(m?js|css)(\?|$)/.test(r.name))
        .map((r) => new URL(r.name).pathname.replace(/^\//, ''));
      return {
        firstRenderMs: at,
        longTaskCount: tasks.length,
        longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        files,
      };
    }, FIRST_RENDER_MARK);
    const sample = { ...timing, ...(await heapAfterGc(page)) };
    if (keepPersistedCache) {
      await page.waitForFunction(
        (prefix) => Object.keys(localStorage).some((k) => k.startsWith(prefix)),
        PERSIST_KEY_PREFIX,
        { timeout: 10_000, polling: 100 },
      );
    }
    return sample;
  } finally {
    await page.close();
  }
}

/** CDP: force a GC, then read the heap and node counters. */
export async function heapAfterGc(page: Page): Promise<{ heapMB: number; domNodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { heapMB: get('JSHeapUsedSize') / 1e6, domNodes: get('Nodes') };
  } finally {
    await cdp.detach();
  }
}

/** Median, min and max of samples (NaN ones — failed loads — are left out). */
export interface Stats {
  median: number;
  min: number;
  max: number;
  /** samples that counted */
  n: number;
}

export function stats(samples: number[]): Stats {
  const s = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { median, min: s[0] as number, max: s[s.length - 1] as number, n: s.length };
}
