import { createContext } from 'react';

export interface ChartRenderSettings {
  /** 'svg' for print: vector charts with real text, sharp at any printer resolution. */
  renderer: 'canvas' | 'svg';
}

/** How the charts below are drawn; the print view switches to SVG (see loadSvgRenderer). */
export const ChartRenderContext = createContext<ChartRenderSettings>({ renderer: 'canvas' });
