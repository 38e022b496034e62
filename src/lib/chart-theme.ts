/**
 * Chart colours and type sizes, read from the design tokens in `src/app/theme.css`, so charts
 * follow the dark screen / light projector theme and the screen-scaled root font size.
 * `readChartTheme` touches the DOM; everything the option functions need is in the returned
 * plain object, so they stay pure and testable.
 */

import type { Theme } from './theme';

export interface ChartTheme {
  mode: Theme;
  /** Root font size in px (16 at 1080p, 32 at 2160p); every chart font derives from it. */
  rem: number;
  fontFamily: string;
  numberFontFamily: string;
  text: string;
  textDim: string;
  textFaint: string;
  /** Axis lines and split lines. */
  line: string;
  tooltipBg: string;
  tooltipBorder: string;
  good: string;
  bad: string;
  warn: string;
  /**
   * Categorical palette (Okabe–Ito based, colour-blind safe). Neighbours differ in lightness
   * too, and the light theme adds decal patterns, so slices survive greyscale print.
   */
  palette: readonly string[];
  /** Two series that must be told apart (different hue and lightness). */
  pair: readonly [string, string];
  /** Ordered levels (grid → county), monotone in lightness so greyscale keeps the order. */
  sequential: readonly [string, string, string, string];
  /** Drop animation for people who ask for less motion (and for exports). */
  animation: boolean;
}

const DARK = {
  text: '#e8f1ff',
  textDim: '#9fb3cc',
  textFaint: '#6d84a3',
  good: '#3ccf91',
  bad: '#ff6b6b',
  warn: '#f5b94a',
  line: 'rgba(159, 179, 204, 0.22)',
  tooltipBg: 'rgba(7, 17, 31, 0.94)',
  tooltipBorder: 'rgba(77, 163, 255, 0.45)',
  palette: ['#56B4E9', '#D55E00', '#F0E442', '#009E73', '#CC79A7', '#E69F00', '#0072B2'],
  pair: ['#8FD1FF', '#D55E00'],
  sequential: ['#C7E9B4', '#41B6C4', '#1D91C0', '#225EA8'],
} as const;

const LIGHT = {
  text: '#0b1726',
  textDim: '#33475e',
  textFaint: '#5a6b80',
  good: '#107c41',
  bad: '#c0262d',
  warn: '#9a5b00',
  line: 'rgba(51, 71, 94, 0.25)',
  tooltipBg: 'rgba(255, 255, 255, 0.97)',
  tooltipBorder: '#b8c4d4',
  palette: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#8A6D00'],
  pair: ['#0072B2', '#E69F00'],
  sequential: ['#A1DAB4', '#41B6C4', '#2C7FB8', '#253494'],
} as const;

const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";
const NUMBER_FONT = "'DIN Alternate', 'Roboto Mono', 'Noto Sans Mono CJK SC', ui-monospace, monospace";

/** The theme for a mode with default tokens: used by tests and as the fallback for missing CSS. */
export function defaultChartTheme(mode: Theme = 'dark', rem = 16): ChartTheme {
  const t = mode === 'light' ? LIGHT : DARK;
  return {
    mode,
    rem,
    fontFamily: FONT,
    numberFontFamily: NUMBER_FONT,
    text: t.text,
    textDim: t.textDim,
    textFaint: t.textFaint,
    line: t.line,
    tooltipBg: t.tooltipBg,
    tooltipBorder: t.tooltipBorder,
    good: t.good,
    bad: t.bad,
    warn: t.warn,
    palette: t.palette,
    pair: t.pair,
    sequential: t.sequential,
    animation: true,
  };
}

/** Reads the current theme from the document: `data-theme`, CSS custom properties, root font size. */
export function readChartTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const mode: Theme = root.dataset.theme === 'light' ? 'light' : 'dark';
  const style = getComputedStyle(root);
  const rem = Number.parseFloat(style.fontSize);
  const base = defaultChartTheme(mode, Number.isFinite(rem) && rem > 0 ? rem : 16);
  const cssVar = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return {
    ...base,
    fontFamily: cssVar('--font', base.fontFamily),
    numberFontFamily: cssVar('--font-num', base.numberFontFamily),
    text: cssVar('--text', base.text),
    textDim: cssVar('--text-dim', base.textDim),
    textFaint: cssVar('--text-faint', base.textFaint),
    good: cssVar('--good', base.good),
    bad: cssVar('--bad', base.bad),
    warn: cssVar('--warn', base.warn),
    animation: !reducedMotion,
  };
}

/** Chart font sizes in px from the root font size (never fixed px: 4K would shrink them by half). */
export function chartFontSizes(theme: ChartTheme): { xs: number; sm: number; md: number } {
  const r = theme.rem;
  return { xs: Math.round(r * 0.75), sm: Math.round(r * 0.875), md: Math.round(r) };
}

/** A stable key for memoising: two themes with the same key draw the same. */
export function chartThemeKey(theme: ChartTheme): string {
  return JSON.stringify(theme);
}
