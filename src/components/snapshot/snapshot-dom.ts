/** Where an element is drawn in a snapshot, and what cuts it off (element-snapshot.ts). */

/** Selector of the element each EChart draws into (see echart.tsx). */
export const CHART_HOST_SELECTOR = '.echart__host';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function hidden(el: Element, skip: string | undefined): boolean {
  if (skip && el.closest(skip)) return true;
  const style = getComputedStyle(el);
  return style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0;
}

/** The element's box clipped by ancestors (up to root) whose overflow is not visible. */
export function clipBox(el: Element, root: Element): Box | null {
  let clip: DOMRect | null = null;
  for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
    const s = getComputedStyle(e);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible' || e === root) {
      const r = e.getBoundingClientRect();
      clip = clip
        ? new DOMRect(
            Math.max(clip.left, r.left),
            Math.max(clip.top, r.top),
            Math.max(0, Math.min(clip.right, r.right) - Math.max(clip.left, r.left)),
            Math.max(0, Math.min(clip.bottom, r.bottom) - Math.max(clip.top, r.top)),
          )
        : r;
    }
  }
  return clip;
}

export function withClip(ctx: CanvasRenderingContext2D, origin: DOMRect, clip: Box | null, draw: () => void) {
  ctx.save();
  if (clip) {
    ctx.beginPath();
    ctx.rect(clip.left - origin.left, clip.top - origin.top, clip.width, clip.height);
    ctx.clip();
  }
  draw();
  ctx.restore();
}

export function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image failed to load'));
    img.src = src;
  });
}
