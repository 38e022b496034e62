import type { Boundaries, Geometry } from '@/api/boundaries';

/** [west, south, east, north] in degrees. */
export type LngLatBox = [number, number, number, number];

function rings(g: Geometry): (readonly (readonly [number, number])[])[] {
  if (g.type === 'Point') return [[g.coordinates]];
  if (g.type === 'Polygon') return g.coordinates;
  return g.coordinates.flat();
}

/** Bounding box of a geometry, or null when it has no positions. */
export function geometryBox(g: Geometry): LngLatBox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const ring of rings(g)) {
    for (const [x, y] of ring) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return w <= e && s <= n ? [w, s, e, n] : null;
}

/** Bounding box of all features, or null for an empty collection. */
export function boundariesBox(fc: Boundaries): LngLatBox | null {
  let box: LngLatBox | null = null;
  for (const f of fc.features) {
    const b = geometryBox(f.geometry);
    if (!b) continue;
    box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
  }
  return box;
}

/** Signed area (shoelace, in degrees²) and centroid of a closed ring. */
function ringCentroid(ring: readonly (readonly [number, number])[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  a /= 2;
  if (a === 0) {
    const first = ring[0];
    return { area: 0, x: first?.[0] ?? 0, y: first?.[1] ?? 0 };
  }
  return { area: a, x: cx / (6 * a), y: cy / (6 * a) };
}

/**
 * Where a label goes: the centroid of the largest outer ring (inside for the convex cells of
 * the demo data; a pole of inaccessibility would suit very concave shapes better).
 */
export function labelAnchor(g: Geometry): [number, number] | null {
  if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1]];
  const outers = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
  let best: { area: number; x: number; y: number } | null = null;
  for (const ring of outers) {
    if (!ring) continue;
    const c = ringCentroid(ring);
    if (!best || Math.abs(c.area) > Math.abs(best.area)) best = c;
  }
  return best ? [best.x, best.y] : null;
}
