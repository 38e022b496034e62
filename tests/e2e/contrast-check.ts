/**
 * WCAG 2 contrast of every rendered text against what is behind it, read in the page: the text
 * colour and the background colours of its ancestors composited front to back (alpha included).
 * Gradients count by their background-color only; the map's own panes (labels on coloured
 * polygons) and disabled controls (exempt in WCAG) are left out.
 */
import type { Page } from 'playwright-core';

export interface ContrastFailure {
  text: string;
  where: string;
  ratio: number;
  needed: number;
  fg: string;
  bg: string;
}

export function readContrastFailures(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0]!, p[1]!, p[2]!, p.length > 3 ? p[3]! : 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3] + under[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = ([r, g, b]: Rgba) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const backgroundOf = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let a: Element | null = el; a; a = a.parentElement) layers.push(parse(getComputedStyle(a).backgroundColor));
      // The canvas under the root is white.
      let bg: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) bg = over(layer, bg);
      return bg;
    };
    const failures: ContrastFailure[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || seen.has(el)) continue;
      seen.add(el);
      if (el.closest('.leaflet-pane, .visually-hidden, [aria-hidden="true"], option, :disabled')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue;
      const style = getComputedStyle(el);
      const bg = backgroundOf(el);
      const fg = over(parse(style.color), bg);
      const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const px = Number.parseFloat(style.fontSize);
      const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed - 0.005) {
        const hex = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(',')})`;
        const where = el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.className;
        failures.push({
          text: text.slice(0, 24),
          where: String(where),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          fg: hex(fg),
          bg: hex(bg),
        });
      }
    }
    return failures;
  });
}
