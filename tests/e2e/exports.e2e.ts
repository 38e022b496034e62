/**
 * What a PNG and a PDF export hold, as a reader of the file sees it: text that ends in "…" on
 * screen ends in "…" in the PNG (not cut mid-character by the panel's edge), the privacy
 * footnote and every 截至… qualifier whole, the header's logo in the page PNG; PDF pages whose
 * footnotes and last figures are on the paper. The text drawn into a PNG is read by recording
 * the canvas's fillText calls; the PDF is read with pdfjs and drawn to PNGs to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, unexpected, waitForDashboard, watchPage, type PageProblems } from './browser';
import { readPdf } from './pdf-reader';
import { renderPdf } from './pdf-render';
import { ROOT } from './servers';

const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

interface Drawn {
  text: string;
  /** The canvas's width of the text at its font, and the maxWidth it was given (null: none). */
  width: number;
  maxWidth: number | null;
}

/** Starts recording every string drawn on a canvas, and every image drawn. */
async function recordCanvas(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __drawn: Drawn[]; __images: string[] };
    w.__drawn = [];
    w.__images = [];
    const proto = CanvasRenderingContext2D.prototype;
    const fillText = proto.fillText;
    const drawImage = proto.drawImage as (this: CanvasRenderingContext2D, ...args: unknown[]) => void;
    proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      w.__drawn.push({ text, width: this.measureText(text).width, maxWidth: maxWidth ?? null });
      fillText.call(this, text, x, y, maxWidth);
    };
    proto.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      const img = args[0];
      if (img instanceof HTMLImageElement) w.__images.push(img.src);
      drawImage.apply(this, args);
    } as typeof proto.drawImage;
  });
}

function drawn(): Promise<{ texts: Drawn[]; images: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __drawn: Drawn[]; __images: string[] };
    return { texts: w.__drawn, images: w.__images };
  });
}

async function download(button: ReturnType<Page['getByRole']>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(ARTIFACTS, name);
  await file.saveAs(path);
  return path;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
  context = await newContext(browser, { width: 1920, height: 1080 }, { acceptDownloads: true });
  page = await context.newPage();
  problems = watchPage(page);
  await page.goto(inject('mswUrl'));
  await waitForDashboard(page);
});
afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
});

describe('PNG exports', () => {
  it('ends cut text in "…" and keeps the privacy footnote and the 截至… subtitle whole', async () => {
    const panel = page.getByTestId('panel-ethnic');
    // Labels narrower than their text, as in a narrow panel: CSS ends them in "…" on screen.
    // (Through the CSSOM: the page's Content-Security-Policy refuses inline <style>.)
    await panel.locator('.stat__label').evaluateAll((els) => {
      for (const e of els) (e as HTMLElement).style.maxWidth = '3.2em';
    });
    const cut = await panel
      .locator('.stat__label')
      .evaluateAll((els) =>
        els
          .filter((e) => e.scrollWidth > e.clientWidth)
          .map((e) => ({ text: e.textContent ?? '', width: e.clientWidth })),
      );
    expect(cut.length).toBeGreaterThan(0);
    const note = (await panel.locator('.panel__notes li').first().innerText()).trim();
    expect(note).toMatch(/隐私规则/);
    const subtitle = (await panel.locator('.panel__subtitle').innerText()).trim();
    expect(subtitle).toMatch(/截至\d+月\d+日）$/);

    await recordCanvas();
    await download(panel.getByRole('button', { name: 'PNG', exact: true }), 'exports-ethnic-panel.png');
    const { texts } = await drawn();
    for (const label of cut) {
      const line = texts.find((d) => d.text.endsWith('…') && label.text.startsWith(d.text.slice(0, -1)));
      expect(line, `“${label.text}” drawn with …`).toBeDefined();
      expect(line!.width).toBeLessThanOrEqual(label.width + 0.5);
    }
    // Whole, in one line or several, and never drawn wider than the screen's line.
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    expect(squeeze(texts.map((d) => d.text).join(''))).toContain(squeeze(note));
    expect(texts.some((d) => d.text === subtitle)).toBe(true);
    const unbounded = texts.filter((d) => (d.text === subtitle || note.includes(d.text)) && d.maxWidth === null);
    expect(unbounded).toEqual([]);
  });

  it('draws the logo, the header and every panel subtitle whole in the page PNG', async () => {
    await recordCanvas();
    const path = await download(page.getByRole('button', { name: '整页 PNG' }), 'exports-page.png');
    const { texts, images } = await drawn();
    expect(images.some((src) => src.endsWith('/favicon.svg'))).toBe(true);
    const period = (await page.locator('.dash-header__period').innerText()).trim();
    expect(period).toMatch(/截至/);
    expect(texts.some((d) => d.text === period)).toBe(true);
    for (const s of await page.locator('.panel__subtitle').allInnerTexts()) {
      expect(texts.some((d) => d.text === s.trim())).toBe(true);
    }
    // The logo is in the file: its box holds the pomegranate's red, not the page's background.
    const logo = (await page.locator('.dash-header__logo').boundingBox())!;
    const origin = (await page.locator('.dash').boundingBox())!;
    const red = await page.evaluate(
      async ({ b64, box }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const k = bitmap.width / document.querySelector('.dash')!.getBoundingClientRect().width;
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const { data } = ctx.getImageData(box.x * k, box.y * k, box.width * k, box.height * k);
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! > 150 && data[i + 1]! < 80) n++;
        return n / (data.length / 4);
      },
      {
        b64: readFileSync(path).toString('base64'),
        box: { x: logo.x - origin.x, y: logo.y - origin.y, width: logo.width, height: logo.height },
      },
    );
    expect(red).toBeGreaterThan(0.2);
    expect(unexpected(problems.pageErrors, [])).toEqual([]);
  });
});

describe('PDF export', () => {
  it('prints pages whose footnotes and last figures are on the paper, with 截至… in the header', async () => {
    await page.reload();
    await waitForDashboard(page);
    await page.getByRole('button', { name: /^演示/ }).click();
    const dialog = page.getByRole('dialog', { name: '演示文稿' });
    await dialog.getByRole('button', { name: '添加当前视图为场景' }).click();
    await dialog.getByRole('button', { name: '打印 / PDF' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="print-deck"]')?.getAttribute('data-print-ready') === 'true',
      undefined,
      { timeout: 30_000, polling: 200 },
    );
    // The page's own header names the period as the screen does, 截至… included.
    expect(await page.locator('.print-page__where').first().innerText()).toMatch(/\d{4}年（截至\d+月\d+日）/);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const path = join(ARTIFACTS, 'exports-deck.pdf');
    writeFileSync(path, pdf);
    const [first] = await readPdf(path);
    expect(first!.text).toMatch(/\d{4}年（截至\d+月\d+日）/);
    (await renderPdf(browser, path)).forEach((png, i) =>
      writeFileSync(join(ARTIFACTS, `exports-deck-${i + 1}.png`), png),
    );

    // Charts and stat lists are laid out once, in the preview: printing must not move a panel.
    // (On the 1123 px wide paper the small-window layout gave the key figures three columns,
    // which pushed the panels' footnotes and last figures off the page.)
    const boxes = () =>
      page.evaluate(() =>
        [
          ...document.querySelectorAll('[data-testid="print-page"] .panel, [data-testid="print-page"] .key-figures'),
        ].map((e) => {
          const r = e.getBoundingClientRect();
          return [e.getAttribute('data-testid') ?? e.className, Math.round(r.height), Math.round(r.width)].join(' ');
        }),
      );
    const preview = await boxes();
    // Nothing inside a panel of the preview ends below its bottom edge.
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="print-page"] .panel')].flatMap((p) => {
        const bottom = p.getBoundingClientRect().bottom;
        return [...p.querySelectorAll('.panel__notes li, .stat')]
          .filter((e) => e.getBoundingClientRect().bottom > bottom + 0.5)
          .map((e) => `${p.getAttribute('data-testid')}: ${e.textContent?.slice(0, 30)}`);
      }),
    );
    expect(clipped).toEqual([]);
    // As Chromium lays out the paper: A4 landscape is 1123 × 794 CSS px, print media.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1123, height: 794 });
    const paper = await boxes();
    await page.emulateMedia({ media: null });
    expect(paper).toEqual(preview);
    expect(unexpected(problems.pageErrors, [])).toEqual([]);
  });
});
