/**
 * Which region names fit on the map at the current zoom: a pure function over pixel boxes, so
 * the Leaflet layer only projects and shows. Names appear where the region's on-screen box can
 * hold them, inside the viewport, without overlapping a larger region's name.
 */

export interface LabelCandidate {
  code: string;
  text: string;
  /** Anchor in container pixels (the label is centred on it). */
  x: number;
  y: number;
  /** The region's on-screen bounding box size, pixels. */
  width: number;
  height: number;
}

/** Rough rendered width: CJK characters are about 1 em wide, Latin letters and digits about 0.6 em. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += ch.charCodeAt(0) > 0x2e7f ? 1 : 0.6;
  return em * fontPx;
}

/** At most this many names at once: beyond that they are unreadable and cost DOM nodes. */
export const MAX_LABELS = 250;

export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  fontPx: number,
  max = MAX_LABELS,
): string[] {
  const lineHeight = fontPx * 1.4;
  const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shown: string[] = [];
  const byArea = [...candidates].sort((a, b) => b.width * b.height - a.width * a.height);
  for (const c of byArea) {
    if (shown.length >= max) break;
    const w = estimateTextWidth(c.text, fontPx) + fontPx * 0.5;
    if (w > c.width * 0.85 || lineHeight > c.height * 0.5) continue;
    const box = { x0: c.x - w / 2, y0: c.y - lineHeight / 2, x1: c.x + w / 2, y1: c.y + lineHeight / 2 };
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > viewport.width || box.y1 > viewport.height) continue;
    if (placed.some((p) => box.x0 < p.x1 && box.x1 > p.x0 && box.y0 < p.y1 && box.y1 > p.y0)) continue;
    placed.push(box);
    shown.push(c.code);
  }
  return shown;
}
