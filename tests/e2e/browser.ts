/**
 * One way to start Debian's Chromium headlessly, shared by the e2e tests and the bench
 * (no GPU, sandbox or background traffic, so runs on a 2-core machine without a GPU compare;
 * docs/performance.md gives the machine).
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A viewport in CSS pixels; device scale factor 1 so a 3840×2160 page is a real 4K frame. */
export interface Viewport {
  width: number;
  height: number;
}

export function newContext(
  browser: Browser,
  viewport: Viewport,
  extra: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...extra });
}

/** What went wrong in a page while it was open. */
export interface PageProblems {
  /** `console.error` messages (including failed resource loads Chromium reports there). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
}

/** Starts recording console errors and uncaught errors of a page. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      problems.consoleErrors.push(loc.url ? `${msg.text()} (${loc.url}:${loc.lineNumber})` : msg.text());
    }
  });
  page.on('pageerror', (err) => {
    problems.pageErrors.push(err.stack ?? `${err.name}: ${err.message}`);
  });
  return problems;
}

/** Drops messages matching any of the expected patterns. */
export function unexpected(messages: string[], expected: RegExp[]): string[] {
  return messages.filter((m) => !expected.some((re) => re.test(m)));
}

export const PANEL_IDS = ['panel-ethnic', 'panel-employment', 'panel-events', 'panel-disputes'] as const;

/** State of the first screen as the DOM contract describes it (see tests/e2e/README.md). */
export interface DashboardState {
  boundaries: number;
  /** Per panel: number of charts that reported `finished`; -1 when the panel is absent. */
  readyCharts: Record<string, number>;
  /** Per panel: number of `role="alert"` inside. */
  alerts: Record<string, number>;
  fullRender: boolean;
  hasMark: boolean;
}

export function readDashboardState(page: Page): Promise<DashboardState> {
  return page.evaluate(
    (panelIds) => {
      const map = document.querySelector('[data-testid="map"]');
      const readyCharts: Record<string, number> = {};
      const alerts: Record<string, number> = {};
      for (const id of panelIds) {
        const panel = document.querySelector(`[data-testid="${id}"]`);
        readyCharts[id] = panel ? panel.querySelectorAll('[data-chart-ready="true"]').length : -1;
        alerts[id] = panel ? panel.querySelectorAll('[role="alert"]').length : 0;
      }
      return {
        boundaries: Number(map?.getAttribute('data-boundaries') ?? 0) || 0,
        readyCharts,
        alerts,
        fullRender: document.documentElement.dataset.fullRender === 'true',
        hasMark: performance.getEntriesByName('shiliu:first-full-render').length > 0,
      };
    },
    [...PANEL_IDS],
  );
}

/**
 * Waits until the map has drawn boundaries and every panel has at least one chart that
 * finished rendering. On timeout the error says which part never came.
 */
export async function waitForDashboard(page: Page, timeout = 30_000): Promise<DashboardState> {
  try {
    await page.waitForFunction(
      (panelIds) => {
        const map = document.querySelector('[data-testid="map"]');
        if (!(Number(map?.getAttribute('data-boundaries') ?? 0) > 0)) return false;
        return panelIds.every(
          (id) => document.querySelector(`[data-testid="${id}"] [data-chart-ready="true"]`) !== null,
        );
      },
      [...PANEL_IDS],
      { timeout, polling: 100 },
    );
  } catch (err) {
    const state = await readDashboardState(page).catch(() => null);
    throw new Error(`Dashboard not ready after ${timeout} ms at ${page.url()}: ${JSON.stringify(state)}`, {
      cause: err,
    });
  }
  return readDashboardState(page);
}
