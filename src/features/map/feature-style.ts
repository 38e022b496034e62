import type { PathOptions } from 'leaflet';
import type { ChoroplethEntry } from './choropleth';
import type { Theme } from '@/lib/theme';
import type { MapColors } from './palettes';

/**
 * Leaflet path options for one child. Every style sets the same keys, so a later `setStyle`
 * with a child's base style fully undoes a highlight.
 */
export function featureStyle(
  entry: ChoroplethEntry | undefined,
  colors: MapColors,
  /** Fill for suppressed children: a hatch pattern on canvas, or a flat colour. */
  suppressedFill: string,
): PathOptions {
  const base: PathOptions = {
    stroke: true,
    color: colors.stroke,
    weight: 1,
    opacity: 1,
    dashArray: undefined,
    fill: true,
  };
  if (entry === undefined) return { ...base, fillColor: colors.neutralFill, fillOpacity: 0.55 };
  switch (entry.kind) {
    case 'class':
      return { ...base, fillColor: entry.color, fillOpacity: 0.85 };
    case 'suppressed':
      return { ...base, fillColor: suppressedFill, fillOpacity: 0.9 };
    case 'no-data':
      // No fill colour to mistake for a class: a faint ground and a dashed outline.
      return { ...base, color: colors.noData, dashArray: '4 4', fillColor: colors.noData, fillOpacity: 0.2 };
  }
}

/** Drawn over a child's base style while it is hovered or highlighted from elsewhere. */
export function highlightStyle(colors: MapColors, rem = 16): PathOptions {
  // 3 px at 1080p, 6 px at 4K: the toured child must stand out across a room on any wall.
  return { color: colors.highlight, weight: Math.max(3, Math.round((3 * rem) / 16)), opacity: 1, dashArray: undefined };
}

const patternCache = new Map<Theme, string>();

/**
 * A diagonal hatch for suppressed (不公开) children. Leaflet's canvas renderer assigns
 * `fillColor` to `ctx.fillStyle` as is, which accepts a CanvasPattern, so the pattern travels
 * through the string-typed option. Falls back to the flat ground colour where canvas 2D is
 * unavailable (jsdom).
 */
export function suppressedFillFor(theme: Theme, colors: MapColors): string {
  const cached = patternCache.get(theme);
  if (cached !== undefined) return cached;
  let fill: string = colors.suppressedGround;
  try {
    const tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    const ctx = tile.getContext('2d');
    if (ctx && typeof ctx.createPattern === 'function') {
      ctx.fillStyle = colors.suppressedGround;
      ctx.fillRect(0, 0, 8, 8);
      ctx.strokeStyle = colors.suppressedLine;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      // One diagonal plus the corners, so the stripes join across tiles.
      ctx.moveTo(0, 8);
      ctx.lineTo(8, 0);
      ctx.moveTo(-2, 2);
      ctx.lineTo(2, -2);
      ctx.moveTo(6, 10);
      ctx.lineTo(10, 6);
      ctx.stroke();
      const pattern = ctx.createPattern(tile, 'repeat');
      if (pattern) fill = pattern as unknown as string;
    }
  } catch {
    // Keep the flat colour.
  }
  patternCache.set(theme, fill);
  return fill;
}

/** A building drawn in a grid: no statistics to colour by, so a plain, well-outlined shape. */
export function buildingStyle(colors: MapColors): PathOptions {
  return {
    stroke: true,
    color: colors.stroke,
    weight: 2,
    opacity: 1,
    dashArray: undefined,
    fill: true,
    fillColor: colors.highlight,
    fillOpacity: 0.6,
  };
}
