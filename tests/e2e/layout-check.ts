/**
 * In-page checks of a laid-out dashboard, shared by the layout tests: which blocks overlap and
 * which texts are clipped. Run inside the page with `page.evaluate(readLayoutProblems, root)`.
 */
import type { Page } from 'playwright-core';

/** What is wrong with the layout on screen, in words a failing test can print. */
export interface LayoutProblems {
  /** Pairs of blocks (header, key figures, map, panels) whose boxes overlap. */
  overlaps: string[];
  /** Texts cut by their own box (ellipsis, overflow) or by a clipping ancestor. */
  clipped: string[];
  /** Number of blocks looked at. */
  blocks: number;
}

/**
 * Reads the layout problems of the page. Text inside the map's own pane (labels of regions
 * panned out of view) and inside scrolling lists (reachable by scrolling) does not count.
 */
export function readLayoutProblems(page: Page, rootSelector = '.dash'): Promise<LayoutProblems> {
  return page.evaluate((rootSel) => {
    const root = document.querySelector(rootSel) ?? document.body;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (el as HTMLElement).checkVisibility?.() !== false;
    };
    const blocks = [
      ...root.querySelectorAll<HTMLElement>(
        '.dash-header, [data-testid="key-figures"], [data-testid="map"], section[data-testid^="panel-"]',
      ),
    ].filter(visible);
    const name = (el: Element) =>
      (el as HTMLElement).dataset.testid ?? (el.className ? `.${String(el.className).split(' ')[0]}` : el.tagName);
    const overlaps: string[] = [];
    for (let i = 0; i < blocks.length; i++)
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i]!.getBoundingClientRect();
        const b = blocks[j]!.getBoundingClientRect();
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps.push(`${name(blocks[i]!)} × ${name(blocks[j]!)}`);
      }

    const clipped: string[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || seen.has(el)) continue;
      seen.add(el);
      if (el.closest('.leaflet-pane, .visually-hidden, [aria-hidden="true"], option, select')) continue;
      if (!visible(el)) continue;
      const where = `${name(el.closest('[data-testid]') ?? el)}: “${text.slice(0, 30)}”`;
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
        clipped.push(`${where} (${el.scrollWidth} px in ${el.clientWidth} px)`);
        continue;
      }
      const r = el.getBoundingClientRect();
      // The body's overflow is the viewport's: whether the page scrolls is checked on its own.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const scrolls = /auto|scroll/.test(s.overflowY) || /auto|scroll/.test(s.overflowX);
        if (scrolls) break;
        const ar = a.getBoundingClientRect();
        if (r.left < ar.left - 1 || r.right > ar.right + 1 || r.top < ar.top - 1 || r.bottom > ar.bottom + 1) {
          clipped.push(`${where} outside ${name(a)}`);
          break;
        }
      }
    }
    return { overlaps, clipped, blocks: blocks.length };
  }, rootSelector);
}

/** Codes of the ranking rows wholly inside the list's box now. */
export function rankingRowsInView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const list = document.querySelector('.ranking__list')!;
    const l = list.getBoundingClientRect();
    return [...list.querySelectorAll('li')]
      .filter((li) => {
        const r = li.getBoundingClientRect();
        return r.top >= l.top - 1 && r.bottom <= l.bottom + 1;
      })
      .map((li) => li.getAttribute('data-code') ?? '');
  });
}
