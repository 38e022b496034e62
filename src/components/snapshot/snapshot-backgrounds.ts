import { CHART_HOST_SELECTOR, clipBox, hidden, loadImage, withClip, type Box } from './snapshot-dom';

/**
 * CSS background images in a PNG export. The header's logo is one (dashboard.css), and the
 * whole-page PNG came out without it: only <img> and <canvas> were drawn.
 */

/** The URL of a single `url(…)` background on this page's origin; null for none, gradients or others. */
export function backgroundUrl(backgroundImage: string, base: string): string | null {
  const m = /^url\("?([^")]+)"?\)$/.exec(backgroundImage.trim());
  if (!m?.[1]) return null;
  const url = new URL(m[1], base);
  return url.origin === new URL(base).origin ? url.href : null;
}

/**
 * Where an image of `natural` size lands in `box` for a background-size of contain or cover
 * (centred, as the logo is) — any other size fills the box.
 */
export function backgroundRect(box: Box, natural: { width: number; height: number }, size: string): Box {
  if ((size !== 'contain' && size !== 'cover') || natural.width <= 0 || natural.height <= 0) return box;
  const fit = size === 'contain' ? Math.min : Math.max;
  const k = fit(box.width / natural.width, box.height / natural.height);
  const width = natural.width * k;
  const height = natural.height * k;
  return { left: box.left + (box.width - width) / 2, top: box.top + (box.height - height) / 2, width, height };
}

export async function drawBackgroundImages(
  ctx: CanvasRenderingContext2D,
  root: HTMLElement,
  origin: DOMRect,
  skip?: string,
): Promise<void> {
  const found = [root, ...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => {
    if (el.closest(CHART_HOST_SELECTOR) || hidden(el, skip)) return [];
    const s = getComputedStyle(el);
    const url = backgroundUrl(s.backgroundImage, location.href);
    return url ? [{ el, url, size: s.backgroundSize }] : [];
  });
  const loaded = await Promise.all(
    found.map((f) =>
      loadImage(f.url).then(
        (img) => ({ ...f, img }),
        () => null,
      ),
    ),
  );
  for (const f of loaded) {
    if (!f) continue;
    const r = f.el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const box = { left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height };
    const at = backgroundRect(box, { width: f.img.naturalWidth, height: f.img.naturalHeight }, f.size);
    withClip(ctx, origin, clipBox(f.el, root), () => ctx.drawImage(f.img, at.left, at.top, at.width, at.height));
  }
}
