import type { Theme } from '@/lib/theme';

/**
 * Sequential, colour-blind-safe palettes per theme, and the map's fixed colours. Canvas paths
 * cannot read CSS variables, so these mirror src/app/theme.css.
 */

/**
 * Dark screen: viridis without its darkest quarter, so the lowest class still stands out from
 * the navy background; lightness rises with the value.
 */
const VIRIDIS_ON_DARK = ['#3e4989', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];

/**
 * Light screen / projector: ColorBrewer YlGnBu (colour-blind safe), pale to dark, without its
 * palest step, which vanishes on white.
 */
const YLGNBU_ON_LIGHT = ['#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];

const ANCHORS: Record<Theme, readonly string[]> = { dark: VIRIDIS_ON_DARK, light: YLGNBU_ON_LIGHT };

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  return `#${((1 << 24) | (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(b)).toString(16).slice(1)}`;
}

/** Colour at position t ∈ [0, 1] along a palette (linear between its anchors). */
function at(anchors: readonly string[], t: number): string {
  const pos = Math.min(1, Math.max(0, t)) * (anchors.length - 1);
  const i = Math.floor(pos);
  const f = pos - i;
  const a = hexToRgb(anchors[i]!);
  const b = hexToRgb(anchors[Math.min(i + 1, anchors.length - 1)]!);
  return rgbToHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/** k colours from low to high for the theme; a single class takes the palette's middle. */
export function sequentialColors(theme: Theme, k: number): string[] {
  const anchors = ANCHORS[theme];
  if (k <= 0) return [];
  if (k === 1) return [at(anchors, 0.5)];
  return Array.from({ length: k }, (_, i) => at(anchors, i / (k - 1)));
}

/** Outline and special-state colours per theme. */
export interface MapColors {
  /** Boundary outline between children. */
  stroke: string;
  /** Outline of the hovered / highlighted child (the theme's focus colour). */
  highlight: string;
  /** Fill when no metric is shown (loading or failed). */
  neutralFill: string;
  /** Outline and faint fill of a child without data. */
  noData: string;
  /** Hatch lines and ground of a suppressed (不公开) child. */
  suppressedLine: string;
  suppressedGround: string;
  /** The map's ground under the fills (theme.css --map-bg). */
  ground: string;
  /** Region names where the theme's text colour reads on the fill (theme.css --text); label-ink.ts. */
  label: string;
}

export const MAP_COLORS: Record<Theme, MapColors> = {
  dark: {
    stroke: 'rgba(232, 241, 255, 0.55)',
    highlight: '#ffd166',
    neutralFill: '#1d3a5f',
    noData: '#6d84a3',
    suppressedLine: '#c9d6e6',
    suppressedGround: '#33475e',
    ground: '#0a1a2e',
    label: '#e8f1ff',
  },
  light: {
    stroke: 'rgba(11, 23, 38, 0.6)',
    highlight: '#b35c00',
    neutralFill: '#dfe6ee',
    noData: '#5a6b80',
    suppressedLine: '#33475e',
    suppressedGround: '#e6ebf1',
    ground: '#f4f7fa',
    label: '#0b1726',
  },
};
