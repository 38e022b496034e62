/** The data index of a clicked series item in an ECharts `click` event, or null (axis, legend…). */
export function clickedIndex(params: unknown): number | null {
  const p = params as { componentType?: unknown; dataIndex?: unknown } | null;
  if (p?.componentType !== 'series' || typeof p.dataIndex !== 'number') return null;
  return p.dataIndex;
}
