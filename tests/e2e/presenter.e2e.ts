/**
 * A presenter preparing and running a review meeting in real Chromium against the production
 * build and the mock JSON API: a deck of three scenes (different regions and periods), stepped
 * through with the keys a clicker sends; export and re-import of the deck; a malformed file that
 * changes nothing; a panel PNG at twice the screen's resolution; the deck printed to PDF.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, waitForDashboard, watchPage, type PageProblems } from './browser';
import { readPdf } from './pdf-reader';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const VIEWPORT = { width: 1600, height: 900 };

interface Place {
  code: string;
  name: string;
  period: string;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;
let places: Place[];

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${inject('apiUrl')}${path}`);
  return (await res.json()) as T;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const meta = await getJson<{ rootCode: string; lastMonth: string }>('/api/v1/meta');
  const root = await getJson<{ name: string; children: { code: string; name: string }[] }>(
    `/api/v1/regions/${meta.rootCode}`,
  );
  const year = meta.lastMonth.slice(0, 4);
  const [a, b] = root.children;
  if (!a || !b) throw new Error('the demo county needs two towns');
  places = [
    { code: meta.rootCode, name: root.name, period: meta.lastMonth },
    { code: a.code, name: a.name, period: `${year}-Q1` },
    { code: b.code, name: b.name, period: String(Number(year) - 1) },
  ];
  browser = await launchBrowser();
  context = await newContext(browser, VIEWPORT, { acceptDownloads: true });
  page = await context.newPage();
  problems = watchPage(page);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
});

function params(): { region: string | null; period: string | null; mode: string | null } {
  const s = new URL(page.url()).searchParams;
  return { region: s.get('region'), period: s.get('period'), mode: s.get('mode') };
}

/** The dashboard shows `place`: breadcrumb ends at its name and the key figures are for it. */
async function waitForPlace(place: Place): Promise<void> {
  await page.waitForFunction(
    (name) =>
      document.querySelector('nav[aria-label="区划层级"] [aria-current="page"]')?.textContent === name &&
      (document.querySelector('[data-testid="panel-ethnic"] .panel__subtitle')?.textContent ?? '').startsWith(
        `${name} · `,
      ),
    place.name,
    { timeout: 20_000, polling: 50 },
  );
}

async function openEditor() {
  await page.getByRole('button', { name: /^演示/ }).click();
  const dialog = page.getByRole('dialog', { name: '演示文稿' });
  await dialog.waitFor();
  return dialog;
}

async function storedDecks(): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem('shiliu.decks'));
}

describe('presenter mode', () => {
  it('builds a deck of three scenes and presents it with clicker keys', async () => {
    for (const [i, place] of places.entries()) {
      await page.goto(`${inject('httpUrl')}?region=${place.code}&period=${place.period}`);
      await waitForDashboard(page);
      const dialog = await openEditor();
      await dialog.getByRole('button', { name: '添加当前视图为场景' }).click();
      await expect.poll(() => dialog.getByTestId('scene-row').count()).toBe(i + 1);
      await dialog.getByRole('textbox', { name: `场景 ${i + 1} 要点` }).fill(`要点 ${i + 1}：${place.name}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    const dialog = await openEditor();
    await dialog.getByRole('combobox', { name: '场景 2 重点面板' }).selectOption('disputes');
    await page.screenshot({ path: join(ARTIFACTS, 'presenter-editor.png') });
    await dialog.getByRole('button', { name: '开始演示' }).click();

    const counter = page.getByTestId('scene-counter');
    const expectScene = async (n: number) => {
      await expect.poll(() => counter.textContent()).toBe(`${n} / 3`);
      const place = places[n - 1]!;
      await waitForPlace(place);
      expect(params()).toEqual({ region: place.code, period: place.period, mode: 'present' });
      expect(await page.getByTestId('scene-title').textContent()).toContain(place.name);
      expect(await page.locator('.dash-header__title').textContent()).toContain(place.name);
    };
    await expectScene(1);
    await waitForDashboard(page);
    // Scenes start on the projector theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

    // The next scene was prefetched while this one showed: every panel draws from the cache.
    await page.waitForTimeout(1500);
    const fetched: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().includes(`/regions/${places[1]!.code}`)) fetched.push(new URL(r.url()).pathname);
    };
    page.on('request', onRequest);
    const t0 = Date.now();
    await page.keyboard.press('PageDown');
    await expectScene(2);
    await waitForDashboard(page);
    const switchMs = Date.now() - t0;
    page.off('request', onRequest);
    console.log(`presenter: scene 1 → 2 with every panel drawn in ${switchMs} ms; fetched after the key: ${fetched}`);
    // The region, its boundaries, key figures and the four panels' data came from the cache.
    expect(
      fetched.filter((u) => /\/(summary|ethnic|employment|events|disputes|boundaries)$|\/regions\/\d+$/.test(u)),
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.dataset.presentFocus)).toBe('disputes');
    await page.screenshot({ path: join(ARTIFACTS, 'presenter-scene-2.png') });

    await page.keyboard.press('Space');
    await expectScene(3);
    await page.keyboard.press('Space'); // past the end: stays
    await expectScene(3);
    await page.keyboard.press('ArrowLeft');
    await expectScene(2);
    await page.keyboard.press('Shift+Space');
    await expectScene(1);
    await page.keyboard.press('ArrowDown');
    await expectScene(2);
    await page.keyboard.press('PageUp');
    await expectScene(1);

    await page.keyboard.press('Escape');
    await page.getByTestId('presenter-bar').waitFor({ state: 'detached' });
    expect(params().mode).toBe(null);
    // Back on the user's own theme (dark by default).
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(undefined);
    expect(unexpected(problems.pageErrors, [])).toEqual([]);
  });

  it('exports the deck, re-imports it, and refuses a malformed file without changing anything', async () => {
    const dialog = await openEditor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '导出文件' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.deck\.json$/);
    const path = join(ARTIFACTS, 'presenter-deck.json');
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string;
      deck: { scenes: { region: string; period: string; takeaway: string }[] };
    };
    expect(file.format).toBe('shiliu-deck');
    expect(file.deck.scenes.map((s) => [s.region, s.period])).toEqual(places.map((p) => [p.code, p.period]));

    const input = dialog.getByTestId('deck-import');
    const message = dialog.getByTestId('deck-message');
    await input.setInputFiles(path);
    await expect.poll(() => message.textContent()).toContain('已导入');
    const afterImport = await storedDecks();
    const decks = JSON.parse(afterImport ?? '{}') as { decks: { scenes: { takeaway: string }[] }[] };
    expect(decks.decks).toHaveLength(2);
    expect(decks.decks[1]?.scenes.map((s) => s.takeaway)).toEqual(places.map((p, i) => `要点 ${i + 1}：${p.name}`));

    const bad = [
      { name: 'broken.deck.json', text: '{"format":"shiliu-deck","deck":', expect: '不是有效的 JSON' },
      {
        name: 'wrong.deck.json',
        text: JSON.stringify({ ...file, deck: { ...file.deck, scenes: [{ region: 5 }] } }),
        expect: '场景列表 › 第 1 项',
      },
      { name: 'future.deck.json', text: JSON.stringify({ ...file, version: 7 }), expect: '文件版本为 7' },
    ];
    for (const b of bad) {
      await input.setInputFiles({ name: b.name, mimeType: 'application/json', buffer: Buffer.from(b.text) });
      await expect.poll(() => message.textContent()).toContain(b.expect);
      expect(await message.getAttribute('role')).toBe('alert');
      expect(await message.textContent()).toContain(`无法导入“${b.name}”`);
      expect(await message.textContent()).toContain('现有演示文稿未作任何改动');
      expect(await storedDecks()).toBe(afterImport);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'presenter-import-error.png') });
    await page.keyboard.press('Escape');
  });

  it('exports a panel as a PNG at twice the screen resolution, not blank', async () => {
    await page.goto(inject('httpUrl'));
    await waitForDashboard(page);
    const panel = page.getByTestId('panel-events');
    const box = await panel.boundingBox();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/活动参与\.png$/);
    const path = join(ARTIFACTS, 'presenter-panel.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    expect(width).toBe(Math.round(box!.width * 2 * dpr));
    expect(height).toBe(Math.round(box!.height * 2 * dpr));
    // Not blank: the luminance varies (text, bars) across the image.
    const spread = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let sum = 0;
      let sq = 0;
      let n = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
        sum += y;
        sq += y * y;
        n++;
      }
      return Math.sqrt(sq / n - (sum / n) ** 2);
    }, png.toString('base64'));
    expect(spread).toBeGreaterThan(10);

    // The whole view: one PNG of the page at twice the screen's resolution.
    const [whole] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '整页 PNG' }).click(),
    ]);
    const wholePath = join(ARTIFACTS, 'presenter-view.png');
    await whole.saveAs(wholePath);
    const view = readFileSync(wholePath);
    const dash = await page.locator('.dash').boundingBox();
    expect([view.readUInt32BE(16), view.readUInt32BE(20)]).toEqual([
      Math.round(dash!.width * 2 * dpr),
      Math.round(dash!.height * 2 * dpr),
    ]);
  });

  it('switches to the light projector theme and remembers it', async () => {
    const toggle = page.getByRole('button', { name: '浅色主题' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.reload();
    await waitForDashboard(page);
    expect(await page.getByRole('button', { name: '浅色主题' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.getByRole('button', { name: '浅色主题' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(undefined);
  });

  it('prints the deck to PDF with one A4 landscape page per scene', async () => {
    const consoleBefore = problems.consoleErrors.length;
    const dialog = await openEditor();
    await dialog.getByRole('combobox', { name: '当前文稿' }).selectOption({ index: 0 });
    await dialog.getByRole('button', { name: '打印 / PDF' }).click();
    const deck = page.getByTestId('print-deck');
    await deck.waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="print-deck"]')?.getAttribute('data-print-ready') === 'true',
      undefined,
      { timeout: 30_000, polling: 200 },
    );
    expect(await deck.getByTestId('print-page').count()).toBe(3);
    // Each page has its map, as vectors: one path per child region.
    const mapPaths = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="print-page"]')].map(
        (p) => p.querySelectorAll('[data-testid="print-map"] path[data-code]').length,
      ),
    );
    expect(
      mapPaths.every((n) => n > 0),
      `map paths per page: ${mapPaths.join(', ')}`,
    ).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'presenter-print-preview.png') });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const path = join(ARTIFACTS, 'presenter-deck.pdf');
    writeFileSync(path, pdf);
    const pages = await readPdf(path);
    expect(pages).toHaveLength(3);
    for (const [i, p] of pages.entries()) {
      // A4 landscape: 842 × 595 pt.
      expect(p.width).toBeCloseTo(841.9, 0);
      expect(p.height).toBeGreaterThan(594);
      expect(p.height).toBeLessThan(596);
      expect(p.text).toContain(places[i]!.name);
      expect(p.text).toMatch(new RegExp(`第\\s*${i + 1}\\s*/\\s*3\\s*页`));
      expect(p.text).toContain('数据来源');
      expect(p.text).toContain(`要点 ${i + 1}`);
    }
    // The county's map names its towns (text in the PDF, not a picture of text).
    expect(pages[0]!.text).toContain(places[1]!.name);
    await page.getByRole('button', { name: '关闭' }).click();
    await deck.waitFor({ state: 'detached' });
    expect(unexpected(problems.pageErrors, [])).toEqual([]);
    // Nothing refused by the content security policy (the SVG renderer, image exports).
    expect(unexpected(problems.consoleErrors.slice(consoleBefore), [])).toEqual([]);
  });
});
