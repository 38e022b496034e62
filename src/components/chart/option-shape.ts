import type { EChartsCoreOption } from 'echarts/core';

/**
 * What decides between merging and replacing: the series (type, id/name, keys) and how many
 * axes, grids and legends there are. When it changes, `notMerge` drops what the new option no
 * longer has (a merge would leave e.g. a removed markLine or series on screen).
 */
export function optionShape(option: EChartsCoreOption): string {
  const o = option as Record<string, unknown>;
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  const series = list(o.series).map((s) => {
    const r = (s ?? {}) as Record<string, unknown>;
    return [r.type, r.id ?? r.name, Object.keys(r).sort().join('|')];
  });
  const counts = ['xAxis', 'yAxis', 'grid', 'legend', 'dataset', 'title'].map((k) => list(o[k]).length);
  return JSON.stringify([series, counts]);
}
