/**
 * Sizes for option functions that lay a chart out for the box it has (a 150 px cell on a
 * 1280×800 projector, a 560 px one on 4K): ECharts places legends and labels but does not move
 * a pie or a grid out of their way, so the option has to know where the legend ends.
 */
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { legendStyle } from './chart-option';

/** A chart's drawing box in CSS px (the host's content box, as ECharts sees it). */
export interface ChartSize {
  width: number;
  height: number;
}

/** A chart cell of a 1080p panel: the size an option is laid out for when none is given. */
export const PANEL_CELL: ChartSize = { width: 280, height: 270 };

/**
 * Width of one line of chart text in px, estimated on the safe side: CJK and full-width forms
 * 1 em (exact in Noto Sans CJK), % 0.9 em, narrow punctuation 0.3 em, other characters 0.6 em.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    em += c >= 0x2e80 ? 1 : ch === '%' ? 0.9 : ',.:;!| '.includes(ch) ? 0.3 : 0.6;
  }
  return em * fontSize;
}

/** The box a plain legend of `names` needs, laid out as ECharts does (padding 5, icon gap 5). */
export interface LegendBox {
  orient: 'horizontal' | 'vertical';
  width: number;
  height: number;
  rows: number;
}

/** Line height of legend text: ECharts draws a line about 1.2 em tall. */
function legendLine(theme: ChartTheme): number {
  const { itemHeight } = legendStyle(theme);
  return Math.max(itemHeight, Math.ceil(chartFontSizes(theme).xs * 1.2));
}

function itemWidth(name: string, theme: ChartTheme): number {
  const { itemWidth: icon } = legendStyle(theme);
  return icon + 5 + textWidth(name, chartFontSizes(theme).xs);
}

/** A horizontal legend wrapped into `width`: its rows and height. */
export function horizontalLegend(names: readonly string[], width: number, theme: ChartTheme): LegendBox {
  const { itemGap } = legendStyle(theme);
  const room = width - 10;
  let rows = names.length > 0 ? 1 : 0;
  let x = 0;
  let widest = 0;
  for (const name of names) {
    const w = itemWidth(name, theme);
    if (x > 0 && x + w > room) {
      rows += 1;
      x = 0;
    }
    x += w + itemGap;
    widest = Math.max(widest, x - itemGap);
  }
  const height = rows * legendLine(theme) + Math.max(0, rows - 1) * itemGap + 10;
  return { orient: 'horizontal', width: Math.min(width, widest + 10), height, rows };
}

/** A vertical legend with `gap` px between items: its width and height. */
export function verticalLegend(names: readonly string[], theme: ChartTheme, gap: number): LegendBox {
  const widest = Math.max(0, ...names.map((n) => itemWidth(n, theme)));
  const height = names.length * legendLine(theme) + Math.max(0, names.length - 1) * gap + 10;
  return { orient: 'vertical', width: widest + 10, height, rows: names.length };
}

/** The box a legend leaves to a pie, `gap` px from it. */
export function boxBeside(legend: LegendBox, size: ChartSize, gap: number): ChartSize {
  return {
    width: size.width - (legend.orient === 'vertical' ? legend.width + gap : 0),
    height: size.height - (legend.orient === 'horizontal' ? legend.height + gap : 0),
  };
}

/**
 * A pie's legend beside it (vertical, on the right) or below it (wrapped), whichever leaves the
 * larger pie; below while the box is not laid out yet (0×0).
 */
export function legendForPie(names: readonly string[], theme: ChartTheme, size: ChartSize, gap: number) {
  const pie = (l: LegendBox) => {
    const box = boxBeside(l, size, gap);
    return l.height <= size.height ? Math.min(box.width, box.height) : -1;
  };
  const beside = verticalLegend(names, theme, Math.round(chartFontSizes(theme).xs * 0.4));
  const below = horizontalLegend(names, size.width, theme);
  const legend = pie(beside) > pie(below) ? beside : below;
  return { legend, box: boxBeside(legend, size, gap) };
}
