import { echarts } from '@/components/chart/echarts-setup';
import { drawBackgroundImages } from './snapshot-backgrounds';
import { CHART_HOST_SELECTOR, clipBox, hidden, loadImage, withClip } from './snapshot-dom';
import { drawText } from './snapshot-text';

/**
 * The chart drawn into `host` as a PNG data URL, re-rendered by ECharts at `pixelRatio` (a new
 * paint at that resolution, not an upscaled copy of the screen canvas). Null when no live chart
 * is there. The background is left transparent so the caller's composition shows through.
 */
export function chartImageUrl(host: Element, pixelRatio: number): string | null {
  if (!(host instanceof HTMLElement)) return null;
  const chart = echarts.getInstanceByDom(host);
  if (!chart || chart.isDisposed()) return null;
  return chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: 'rgba(0,0,0,0)' });
}

/**
 * Draws a part of the page onto a canvas at `scale` device pixels per CSS pixel, for PNG
 * exports that stay sharp when pasted into a report. Nothing is screenshotted and upscaled:
 * - text is drawn again as text with each element's computed font and colour;
 * - ECharts charts are re-rendered by ECharts at the target ratio (getDataURL({ pixelRatio }));
 * - other canvases (the map's Leaflet layers) and same-origin images are drawn at their own
 *   resolution (Leaflet paints at the screen's ratio, so the map alone is as sharp as on screen);
 * - boxes get their background colour and border and same-origin background images (the
 *   header's logo is one), gradients and shadows are left out.
 */
export interface SnapshotOptions {
  /** Device pixels per CSS pixel in the result (e.g. 2 × devicePixelRatio). */
  scale: number;
  /** Elements matching this selector (and their content) are left out, e.g. buttons. */
  skip?: string;
  /** Fill behind everything; defaults to the page's `--bg`. */
  background?: string;
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
}

function drawBoxes(ctx: CanvasRenderingContext2D, root: HTMLElement, origin: DOMRect, skip?: string) {
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    if (el.closest(CHART_HOST_SELECTOR) || hidden(el, skip)) continue;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x = r.left - origin.left;
    const y = r.top - origin.top;
    const radius = parseFloat(s.borderTopLeftRadius) || 0;
    if (!isTransparent(s.backgroundColor)) {
      ctx.fillStyle = s.backgroundColor;
      ctx.beginPath();
      ctx.roundRect(x, y, r.width, r.height, radius);
      ctx.fill();
    }
    const bw = parseFloat(s.borderTopWidth) || 0;
    if (bw > 0 && s.borderTopStyle !== 'none' && !isTransparent(s.borderTopColor)) {
      ctx.strokeStyle = s.borderTopColor;
      ctx.lineWidth = bw;
      ctx.beginPath();
      ctx.roundRect(x + bw / 2, y + bw / 2, r.width - bw, r.height - bw, radius);
      ctx.stroke();
    }
  }
}

async function drawMedia(ctx: CanvasRenderingContext2D, root: HTMLElement, origin: DOMRect, o: SnapshotOptions) {
  const hosts = [...root.querySelectorAll(CHART_HOST_SELECTOR)].filter((h) => !hidden(h, o.skip));
  const charts = await Promise.all(
    hosts.map(async (host) => {
      const url = chartImageUrl(host, o.scale);
      return { host, img: url ? await loadImage(url) : null };
    }),
  );
  // CSS images (the header's logo) first, then map layers (in document order), charts on top.
  await drawBackgroundImages(ctx, root, origin, o.skip);
  const media = root.querySelectorAll<HTMLCanvasElement | HTMLImageElement>('canvas, img');
  for (const m of media) {
    if (m.closest(CHART_HOST_SELECTOR) || hidden(m, o.skip)) continue;
    if (m instanceof HTMLImageElement && (!m.complete || new URL(m.src, location.href).origin !== location.origin))
      continue;
    const r = m.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    withClip(ctx, origin, clipBox(m, root), () =>
      ctx.drawImage(m, r.left - origin.left, r.top - origin.top, r.width, r.height),
    );
  }
  for (const { host, img } of charts) {
    if (!img) continue;
    const r = host.getBoundingClientRect();
    ctx.drawImage(img, r.left - origin.left, r.top - origin.top, r.width, r.height);
  }
}

export async function snapshotElement(el: HTMLElement, o: SnapshotOptions): Promise<HTMLCanvasElement> {
  const origin = el.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(origin.width * o.scale);
  canvas.height = Math.round(origin.height * o.scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('画布不可用');
  ctx.scale(o.scale, o.scale);
  ctx.fillStyle =
    o.background ?? (getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff');
  ctx.fillRect(0, 0, origin.width, origin.height);
  drawBoxes(ctx, el, origin, o.skip);
  await drawMedia(ctx, el, origin, o);
  drawText(ctx, el, origin, o.skip);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG 编码失败'))), 'image/png'),
  );
}

/** The export ratio: twice the screen's own resolution. */
export function exportScale(): number {
  return 2 * (window.devicePixelRatio || 1);
}
