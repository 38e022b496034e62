/**
 * Draws the pages of a PDF as PNG images, to look at what Chromium printed (text the PDF clips
 * is not missing from its text layer, so reading the text alone cannot show a cut-off footnote).
 * pdfjs-dist renders in a blank Chromium page, whose files are served from node_modules by a
 * route: no system package (poppler) and no canvas package for Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from './servers';

const ORIGIN = 'http://pdf-render.invalid';
const PDFJS = join(ROOT, 'node_modules/pdfjs-dist/build');

/** Each page of the PDF at `path` as PNG bytes, `scale` device pixels per PDF point. */
export async function renderPdf(browser: Browser, path: string, scale = 1.5): Promise<Buffer[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, async (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><body></body>' });
      if (name === 'doc.pdf') return route.fulfill({ contentType: 'application/pdf', body: readFileSync(path) });
      if (/^pdf(\.worker)?\.mjs$/.test(name))
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(PDFJS, name)) });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}/`);
    // A string, not a function: vitest rewrites `import()` inside functions it transforms.
    const urls = (await page.evaluate(`(async () => {
      const lib = await import('${ORIGIN}/pdf.mjs');
      lib.GlobalWorkerOptions.workerSrc = '${ORIGIN}/pdf.worker.mjs';
      const doc = await lib.getDocument('${ORIGIN}/doc.pdf').promise;
      const out = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const p = await doc.getPage(n);
        const viewport = p.getViewport({ scale: ${scale} });
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(viewport.width);
        canvas.height = Math.ceil(viewport.height);
        await p.render({ canvas, viewport }).promise;
        out.push(canvas.toDataURL('image/png'));
      }
      return out;
    })()`)) as string[];
    return urls.map((u) => Buffer.from(u.slice(u.indexOf(',') + 1), 'base64'));
  } finally {
    await context.close();
  }
}
