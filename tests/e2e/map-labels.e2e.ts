/**
 * Region names over the choropleth (issue 14, point 9, and the done-when's "nothing
 * illegible"): each name shown on the map meets WCAG AA (4.5:1) against the fill it sits on,
 * as drawn — the fill is read from the map's canvas under the name, composited over the map's
 * ground. The light theme's dark names vanished on its navy top class (龙潭镇, 丰收乡,
 * 碧溪彝族乡), the dark theme's light names on viridis yellow.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, waitForDashboard } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface LabelReading {
  text: string;
  ratio: number;
  fg: string;
  fill: string;
}

/** Every shown name, its colour and the commonest canvas colour under its box. */
function readLabels(page: Page): Promise<LabelReading[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const p = (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0,0,0,0')
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0]!, p[1]!, p[2]!, p.length > 3 ? p[3]! : 1];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const map = document.querySelector<HTMLElement>('[data-testid="map"] .region-map__leaflet')!;
    const ground = parse(getComputedStyle(map).backgroundColor);
    const canvas = map.querySelector<HTMLCanvasElement>('.leaflet-overlay-pane canvas')!;
    const cr = canvas.getBoundingClientRect();
    const ctx = canvas.getContext('2d')!;
    const sx = canvas.width / cr.width;
    const sy = canvas.height / cr.height;
    const out: LabelReading[] = [];
    for (const label of document.querySelectorAll<HTMLElement>('[data-testid="map"] .region-map__label')) {
      const r = label.getBoundingClientRect();
      if (r.width < 1 || r.right < cr.left || r.left > cr.right) continue;
      const x = Math.max(0, Math.round((r.left - cr.left) * sx));
      const y = Math.max(0, Math.round((r.top - cr.top) * sy));
      const w = Math.max(1, Math.min(canvas.width - x, Math.round(r.width * sx)));
      const h = Math.max(1, Math.min(canvas.height - y, Math.round(r.height * sy)));
      const data = ctx.getImageData(x, y, w, h).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const a = data[i + 3]! / 255;
        // The canvas pixel over the map's ground, as the eye sees it.
        const px = [0, 1, 2].map((k) => Math.round(data[i + k]! * a + ground[k]! * (1 - a)));
        const key = px.join(',');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const fill = [...counts]
        .sort((p, q) => q[1] - p[1])[0]![0]
        .split(',')
        .map(Number);
      const fg = parse(getComputedStyle(label).color);
      const [l1, l2] = [lum(fg), lum(fill)].sort((p, q) => q - p) as [number, number];
      out.push({
        text: label.textContent ?? '',
        ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
        fg: `rgb(${fg.slice(0, 3).join(',')})`,
        fill: `rgb(${fill.join(',')})`,
      });
    }
    return out;
  });
}

describe('map labels over the fills', () => {
  it.for([
    { theme: 'light', query: '' },
    { theme: 'dark', query: '' },
    { theme: 'light', query: '?metric=residents' },
    { theme: 'dark', query: '?mode=screen&dwell=600' },
  ])('every name reads at AA on its fill: $theme $query', async ({ theme, query }) => {
    const context = await newContext(browser, { width: 1920, height: 1080 });
    try {
      await context.addInitScript((t) => localStorage.setItem('shiliu.theme', t), theme);
      const page = await context.newPage();
      await page.goto(`${inject('mswUrl')}${query}`);
      await waitForDashboard(page);
      await page.locator('.region-map__label').first().waitFor();
      // Fills fade in with the values.
      await page.waitForTimeout(800);
      const labels = await readLabels(page);
      expect(labels.length, 'names on the map').toBeGreaterThanOrEqual(5);
      expect(labels.filter((l) => l.ratio < 4.5)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
