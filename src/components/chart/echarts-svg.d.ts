// ECharts ships no types for its per-renderer install modules; this one is loaded lazily for print.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  import type { use } from 'echarts/core';
  export const install: Extract<Parameters<typeof use>[0], { install: unknown } | ((...args: never[]) => unknown)>;
}
