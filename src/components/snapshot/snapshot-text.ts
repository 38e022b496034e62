import { CHART_HOST_SELECTOR, clipBox, hidden, withClip } from './snapshot-dom';

/**
 * Text in a PNG export, drawn again as text (element-snapshot.ts). Canvas text is laid out by
 * the canvas, not by CSS, so two things the screen does are done here by hand:
 * - a line CSS ends in "…" (text-overflow: ellipsis) is cut to its box and ends in "…" too,
 *   where the canvas would draw the whole line and the clip would cut it mid-character;
 * - a line is never drawn wider than on screen (fillText's maxWidth): CSS may set punctuation
 *   tighter than the canvas does (text-spacing-trim), and a wider line ran into the panel's
 *   edge, which cut the privacy footnote at "<" and the 截至… qualifier of a subtitle.
 */

export const ELLIPSIS = '…';

/**
 * The longest start of `text` that fits `width` with "…" after it, or the text itself when it
 * fits. `measure` is the canvas's measureText width.
 */
export function fitText(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** The right edge of the content box of the element that ends this text in "…", if it does. */
function ellipsisEdge(el: Element): number | null {
  for (let e: Element | null = el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
    const s = getComputedStyle(e);
    if (s.textOverflow !== 'ellipsis' || s.overflowX === 'visible') continue;
    if (e.scrollWidth <= e.clientWidth) return null;
    const r = e.getBoundingClientRect();
    return r.left + e.clientLeft + e.clientWidth - (parseFloat(s.paddingRight) || 0);
  }
  return null;
}

/** Splits a text node into its rendered lines (a wrapped label yields several). */
function textLines(node: Text): { text: string; rect: DOMRect }[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = range.getClientRects();
  if (rects.length === 0) return [];
  if (rects.length === 1) return [{ text: node.data.trim(), rect: rects[0] as DOMRect }];
  const lines: { text: string; rect: DOMRect }[] = [];
  let start = 0;
  let top = NaN;
  const flush = (end: number) => {
    if (end <= start) return;
    range.setStart(node, start);
    range.setEnd(node, end);
    const text = node.data.slice(start, end).trim();
    if (text) lines.push({ text, rect: range.getBoundingClientRect() });
    start = end;
  };
  for (let i = 0; i < node.data.length; i++) {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    if (r.height === 0) continue;
    if (!Number.isNaN(top) && Math.abs(r.top - top) > r.height / 2) flush(i);
    top = r.top;
  }
  flush(node.data.length);
  return lines;
}

export function drawText(ctx: CanvasRenderingContext2D, root: HTMLElement, origin: DOMRect, skip?: string) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const parent = node.parentElement;
    if (!parent || !node.data.trim() || parent.closest(CHART_HOST_SELECTOR) || hidden(parent, skip)) continue;
    if (parent.closest('select')) continue;
    const s = getComputedStyle(parent);
    ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    ctx.fillStyle = s.color;
    ctx.textBaseline = 'middle';
    ctx.letterSpacing = s.letterSpacing === 'normal' ? '0px' : s.letterSpacing;
    const clip = clipBox(parent, root);
    const edge = ellipsisEdge(parent);
    const measure = (t: string) => ctx.measureText(t).width;
    for (const line of textLines(node)) {
      const x = line.rect.left;
      const text = edge === null ? line.text : fitText(line.text, edge - x, measure);
      const width = edge === null ? line.rect.width : edge - x;
      withClip(ctx, origin, clip, () =>
        ctx.fillText(text, x - origin.left, line.rect.top - origin.top + line.rect.height / 2, Math.max(1, width)),
      );
    }
  }
}
