const FIT_PADDING = 16;

/**
 * Padding that keeps the region clear of the legend in the map's bottom-left corner (it hid
 * the top-ranked village on a projector): a strip on the left or at the bottom as wide or tall
 * as the legend, whichever leaves the larger area for the region.
 */
export function legendPadding(
  map: { x: number; y: number },
  legend: { width: number; height: number } | null,
): { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] } {
  const p = FIT_PADDING;
  if (!legend || legend.width === 0) return { paddingTopLeft: [p, p], paddingBottomRight: [p, p] };
  const left = legend.width + p;
  const bottom = legend.height + p;
  const leftArea = Math.max(0, map.x - left - p) * (map.y - 2 * p);
  const bottomArea = (map.x - 2 * p) * Math.max(0, map.y - bottom - p);
  return leftArea >= bottomArea
    ? { paddingTopLeft: [left, p], paddingBottomRight: [p, p] }
    : { paddingTopLeft: [p, p], paddingBottomRight: [p, bottom] };
}
