import { useInterval } from '@/lib/use-ticker';

/** The dashboard's blocks, in reading order: a page turn never stops inside one. */
const BLOCKS = '.dash-header, [data-testid="key-figures"], [data-testid="map"], section[data-testid^="panel-"]';

/** A block's top and bottom in page coordinates, px. */
export interface BlockSpan {
  top: number;
  bottom: number;
}

/**
 * Where the next page starts: at the top of the first block not wholly in view below the
 * window, so every block is seen whole in some page; back to the top after the last page.
 * A block taller than the window is shown from its top. Pure, for the tests.
 */
export function nextPageTop(
  blocks: readonly BlockSpan[],
  scrollY: number,
  viewport: number,
  maxScroll: number,
  /** Room left above a page's first block, px (the layout's gap). */
  margin = 0,
): number {
  if (maxScroll <= 1 || scrollY >= maxScroll - 1) return 0;
  const bottom = scrollY + viewport;
  const cut = blocks
    .filter((b) => b.bottom > bottom + 1 && b.top - margin > scrollY + 1)
    .reduce<number | null>((top, b) => (top === null || b.top < top ? b.top : top), null);
  return cut === null ? maxScroll : Math.min(maxScroll, Math.max(0, cut - margin));
}

function reducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The unattended big screen on a window too small for its one-screen layout (a 1366×768 TV,
 * a 1280×800 projector: the page reflows and is taller than the window, and nobody scrolls a
 * wall): every `pageMs` the page turns to the next blocks, smoothly, and back to the top after
 * the last, so every panel is shown whole in each cycle. Runs only while `running` (the wall
 * is idle) and only when the page is taller than the window.
 */
export function usePageTurns(pageMs: number, running: boolean): void {
  useInterval(
    pageMs,
    () => {
      const page = document.scrollingElement;
      if (!page) return;
      const maxScroll = page.scrollHeight - window.innerHeight;
      if (maxScroll <= 1) return;
      const blocks = [...document.querySelectorAll(BLOCKS)].map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
      });
      const gap = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.75 || 12;
      const top = nextPageTop(blocks, window.scrollY, window.innerHeight, maxScroll, gap);
      window.scrollTo({ top, behavior: reducedMotion() ? 'auto' : 'smooth' });
    },
    running,
  );
}
