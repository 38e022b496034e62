import type { PathOptions } from 'leaflet';
import type { MapColors } from './palettes';

/**
 * The colours of a region's name drawn over its fill: one text colour per fill, so every name
 * meets WCAG AA (4.5:1) against the colour it sits on. One text colour for all fills cannot: the
 * light theme's dark text vanished on its navy top class (龙潭镇, 丰收乡 in 2026), and the dark
 * theme's light text on viridis yellow. The halo is the fill's own colour, so boundary lines
 * and the hatch of a withheld region under the glyphs never cut them.
 */
export interface LabelInk {
  /** Text colour, #rrggbb. */
  color: string;
  /** Halo colour: the fill as seen on screen (composited over the map ground), #rrggbb. */
  halo: string;
}

/** WCAG AA for normal-size text; the names are 14 px at 1080p. */
export const LABEL_CONTRAST = 4.5;

type Rgb = [number, number, number];

function parseColor(c: string): Rgb | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(c);
  if (hex) {
    const n = Number.parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(c);
  if (rgb) {
    const [r, g, b] = rgb[1]!
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    if ([r, g, b].every((v) => v !== undefined && Number.isFinite(v))) return [r!, g!, b!];
  }
  return null;
}

function toHex([r, g, b]: Rgb): string {
  return `#${((1 << 24) | (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(b)).toString(16).slice(1)}`;
}

function luminance([r, g, b]: Rgb): number {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** WCAG 2 contrast ratio of two opaque colours (1 to 21); 1 when either cannot be read. */
export function contrastRatio(a: string, b: string): number {
  const x = parseColor(a);
  const y = parseColor(b);
  if (!x || !y) return 1;
  const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** `top` at `alpha` over the opaque `ground`, as the canvas paints it. */
function composite(top: Rgb, alpha: number, ground: Rgb): Rgb {
  return [0, 1, 2].map((i) => top[i]! * alpha + ground[i]! * (1 - alpha)) as Rgb;
}

/**
 * The ink for a name over a child drawn with `style`. The theme's own text colour where it
 * reaches AA on that fill; otherwise black or white, whichever contrasts more (one of them
 * always reaches 4.58:1). A fill that is not a plain colour (the hatch pattern of a withheld
 * child) counts as its ground colour, which the halo then lays under the glyphs.
 */
export function labelInk(style: Pick<PathOptions, 'fillColor' | 'fillOpacity'>, colors: MapColors): LabelInk {
  const ground = parseColor(colors.ground) ?? [255, 255, 255];
  const fill =
    (typeof style.fillColor === 'string' ? parseColor(style.fillColor) : null) ?? parseColor(colors.suppressedGround);
  const alpha = style.fillColor === undefined ? 0 : (style.fillOpacity ?? 1);
  const halo = toHex(fill ? composite(fill, alpha, ground) : ground);
  if (contrastRatio(colors.label, halo) >= LABEL_CONTRAST) return { color: colors.label, halo };
  const color = contrastRatio('#ffffff', halo) >= contrastRatio('#000000', halo) ? '#ffffff' : '#000000';
  return { color, halo };
}
