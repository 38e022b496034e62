/**
 * `npm run screenshots`: the dashboard at every size the project promises (laptop, projector,
 * 1080p, 4K, ultra-wide wall, portrait totem), in each mode (dashboard, big screen, presenting)
 * and both themes, into the git-ignored `screenshots/` folder for people to look at.
 *
 * Builds nothing: run `npx vite build` first (the script says so when `dist/` is missing).
 * Options: SHOTS_ONLY=screen,present (modes), SHOTS_SIZES=1024x768,1920x1080, SHOTS_THEMES=dark,
 * SHOTS_PERIOD=2026-11 (a month or quarter view, where stat lists are longest; file names end in it),
 * SHOTS_FOCUS=ethnic (the presented scene's focused panel: ethnic, employment, events, disputes,
 * map), SHOTS_TAB=月度 (a chart tab clicked in every panel that has it; file names end in both).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, waitForDashboard } from '../tests/e2e/browser';
import { ROOT, assertBuilt, serveDir } from '../tests/e2e/servers';

const OUT = join(ROOT, 'screenshots');
const SIZES = ['1024x768', '1100x800', '1280x800', '1366x768', '1920x1080', '3840x2160', '5760x1080', '1080x1920'];
const MODES = ['dashboard', 'screen', 'present'] as const;
const THEMES = ['dark', 'light'] as const;
const PERIOD = process.env.SHOTS_PERIOD ?? '';
const FOCUS = process.env.SHOTS_FOCUS ?? '';
const TAB = process.env.SHOTS_TAB ?? '';
const SUFFIX = [PERIOD, FOCUS, TAB]
  .filter(Boolean)
  .map((s) => `-${s}`)
  .join('');
type Mode = (typeof MODES)[number];
type Theme = (typeof THEMES)[number];

function pick<T extends string>(env: string | undefined, all: readonly T[]): T[] {
  if (!env) return [...all];
  const wanted = env.split(',').map((s) => s.trim());
  return all.filter((a) => wanted.includes(a));
}

/** One saved deck with one scene on the county's default view, in the wanted theme. */
function deckStore(theme: Theme, region: string): string {
  return JSON.stringify({
    version: 1,
    activeId: 'shots',
    decks: [
      {
        id: 'shots',
        name: '截图',
        updatedAt: '2026-12-01T00:00:00.000Z',
        scenes: [
          {
            id: 's1',
            region,
            period: '2026',
            metric: null,
            focus: FOCUS || null,
            title: '全县概况',
            takeaway: '要点：少数民族人口占比与就业安置',
            theme,
          },
        ],
      },
    ],
  });
}

async function settle(page: Page): Promise<void> {
  await waitForDashboard(page, 60_000);
  // Charts animate for ~1 s after their first frame.
  await page.waitForTimeout(1500);
}

async function shoot(
  browser: Browser,
  base: string,
  root: string,
  size: string,
  mode: Mode,
  theme: Theme,
): Promise<string> {
  const [width, height] = size.split('x').map(Number) as [number, number];
  const context = await newContext(browser, { width, height });
  try {
    await context.addInitScript(
      ([t, deck]) => {
        localStorage.setItem('shiliu.theme', t);
        localStorage.setItem('shiliu.decks', deck);
      },
      [theme, deckStore(theme, root)] as const,
    );
    const page = await context.newPage();
    const url = new URL(base);
    if (mode === 'screen') url.search = '?mode=screen&dwell=600';
    if (PERIOD) url.searchParams.set('period', PERIOD);
    await page.goto(url.toString(), { waitUntil: 'load' });
    await settle(page);
    if (mode === 'screen' && theme === 'light') {
      // The wall keeps whatever theme it was given; nothing in screen mode re-applies one.
      await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
      await page.waitForTimeout(800);
    }
    if (mode === 'present') {
      // The editor's region may differ from the scene's; the scene is what is shown.
      await page.getByRole('button', { name: /^演示/ }).click();
      await page.getByRole('button', { name: '开始演示' }).click();
      await page.getByTestId('presenter-bar').waitFor();
      await settle(page);
    }
    if (TAB) {
      const tabs = page.getByRole('tab', { name: TAB, exact: true });
      for (const tab of await tabs.all()) if (await tab.isVisible()) await tab.click();
      await page.waitForTimeout(1500);
    }
    const file = join(OUT, `${mode}-${theme}-${size}${SUFFIX}.png`);
    // The whole page where it is taller than the window: the dashboard below the breakpoint,
    // and the big screen there, whose later pages it turns to itself (page-turns.ts).
    await page.screenshot({ path: file, fullPage: mode !== 'present' });
    return file;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  assertBuilt('dist', 'Run `npx vite build` first.');
  mkdirSync(OUT, { recursive: true });
  const server = await serveDir('dist');
  const browser = await launchBrowser();
  try {
    const probe = await browser.newPage();
    await probe.goto(server.url);
    await waitForDashboard(probe, 60_000);
    const root = await probe.evaluate(async () => {
      const meta = (await (await fetch('/api/v1/meta')).json()) as { rootCode: string };
      return meta.rootCode;
    });
    await probe.close();
    for (const mode of pick(process.env.SHOTS_ONLY, MODES))
      for (const theme of pick(process.env.SHOTS_THEMES, THEMES))
        for (const size of pick(process.env.SHOTS_SIZES, SIZES)) {
          try {
            console.log(await shoot(browser, server.url, root, size, mode, theme));
          } catch (err) {
            console.error(`${mode} ${theme} ${size}: ${(err as Error).message.split('\n')[0]}`);
          }
        }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
