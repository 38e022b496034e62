import { useEffect, useRef, type RefObject } from 'react';

/** Distance from one row's top to the next one's, in fractional px (rows may be 22.75 px tall). */
function rowPitch(list: HTMLElement): number {
  const [a, b] = list.children as unknown as HTMLElement[];
  if (!a) return 0;
  const ra = a.getBoundingClientRect();
  return b ? b.getBoundingClientRect().top - ra.top : ra.height;
}

/** Smooth where the browser can (jsdom has no Element.scrollTo). */
export function scrollListTo(list: HTMLElement, top: number): void {
  if (typeof list.scrollTo === 'function') list.scrollTo({ top, behavior: 'smooth' });
  else list.scrollTop = top;
}

/**
 * Rows of a scrolling list, never half of one: the list's height is capped to a whole number
 * of rows (the ranking's last row was sliced at 1920 and 5760 px), and in `autoPage` mode (the
 * unattended wall) it turns a page of whole rows every `pageMs`, smoothly, back to the top after
 * the last page, so every row is shown in each cycle. A pointer over the list or focus inside
 * it holds the page, and so does a newly highlighted row (the tour's child, scrolled into view
 * by the list) for one page's time: a page turn a moment after the tour's step took the toured
 * child's row away before anyone could read it.
 */
export function useWholeRows(
  listRef: RefObject<HTMLElement | null>,
  {
    autoPage,
    pageMs,
    rowCount,
    highlighted,
  }: { autoPage: boolean; pageMs: number; rowCount: number; highlighted?: string | null },
): void {
  const highlightedAt = useRef(0);
  useEffect(() => {
    if (highlighted) highlightedAt.current = Date.now();
  }, [highlighted]);

  useEffect(() => {
    const list = listRef.current;
    const box = list?.parentElement;
    if (!list || !box) return;
    let frame = 0;
    const fit = () => {
      const pitch = rowPitch(list);
      if (pitch <= 0) return;
      // The room the list would have without a cap: the box minus its other children.
      list.style.maxHeight = '';
      const others = [...box.children].reduce((h, el) => (el === list ? h : h + el.getBoundingClientRect().height), 0);
      const gaps = Number.parseFloat(getComputedStyle(box).rowGap) || 0;
      const room = box.getBoundingClientRect().height - others - gaps * (box.children.length - 1);
      const rows = Math.max(1, Math.floor((room + 0.5) / pitch));
      if (rows < rowCount) list.style.maxHeight = `${rows * pitch}px`;
    };
    fit();
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(fit);
          });
    observer?.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      list.style.maxHeight = '';
    };
  }, [listRef, rowCount]);

  useEffect(() => {
    const list = listRef.current;
    if (!list || !autoPage) return;
    let held = false;
    const hold = () => (held = true);
    const release = () => (held = list.matches(':hover') || list.contains(document.activeElement));
    list.addEventListener('pointerenter', hold);
    list.addEventListener('pointerleave', release);
    list.addEventListener('focusin', hold);
    list.addEventListener('focusout', release);
    const timer = window.setInterval(() => {
      if (held || Date.now() - highlightedAt.current < pageMs) return;
      const pitch = rowPitch(list);
      const end = list.scrollHeight - list.clientHeight;
      if (pitch <= 0 || end <= 1) return;
      // Whole rows per page, and pages that start on a row's top (no drift over the cycles).
      const perPage = Math.max(1, Math.floor((list.clientHeight + 0.5) / pitch));
      const firstRow = Math.round(list.scrollTop / pitch);
      const next = list.scrollTop >= end - 1 ? 0 : Math.min(end, (firstRow + perPage) * pitch);
      scrollListTo(list, next);
    }, pageMs);
    return () => {
      window.clearInterval(timer);
      list.removeEventListener('pointerenter', hold);
      list.removeEventListener('pointerleave', release);
      list.removeEventListener('focusin', hold);
      list.removeEventListener('focusout', release);
    };
  }, [listRef, autoPage, pageMs]);
}
