import { echarts } from './echarts-setup';

let loading: Promise<void> | null = null;

/**
 * Registers ECharts' SVG renderer on first use. Only the print view needs it, so it stays out
 * of the first screen's bundle (echarts-setup.ts registers the canvas renderer alone).
 */
export function loadSvgRenderer(): Promise<void> {
  // The install module itself: `echarts/renderers` is already in the first-screen chunk (for
  // the canvas renderer), so importing SVGRenderer from there would not split it out.
  loading ??= import('echarts/lib/renderer/installSVGRenderer.js').then(({ install }) => {
    echarts.use([install]);
  });
  return loading;
}
