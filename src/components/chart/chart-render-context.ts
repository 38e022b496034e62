import { createContext } from 'react';

export interface ChartRenderSettings {
  /** 'svg' for print: vector charts with real text, sharp at any printer resolution. */
  renderer: 'canvas' | 'svg';
  /**
   * False for print: a page is printed as soon as every chart has drawn, and an option applied
   * again later (a comparison period arriving, tooltips registered) would otherwise be printed
   * half-way through its animation — a pie with only some of its slices.
   */
  animate: boolean;
}

/** How the charts below are drawn; the print view switches to SVG (see loadSvgRenderer). */
export const ChartRenderContext = createContext<ChartRenderSettings>({ renderer: 'canvas', animate: true });
