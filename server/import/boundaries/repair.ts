/**
 * The boundary import's door to geometry repair. The rules live in ONE shared module,
 * src/lib/geometry-repair.ts (issue 13), used by the map and the import alike. Until it is
 * on main this adapter only REFUSES what cannot be drawn (non-finite coordinates, rings with
 * fewer than 3 distinct points, no area) and repairs nothing, so no second set of repair rules
 * exists; the import's interface to it (repairPolygonal → ok + repairs | fault) is the same.
 */
export type Position = [number, number];
export type PolygonCoords = Position[][];
export type Polygonal =
  { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

export type GeometryFault = 'not-finite' | 'too-few-points' | 'zero-area' | 'unrepairable';
export type RepairResult = { ok: true; geometry: Polygonal; repairs: string[] } | { ok: false; fault: GeometryFault };

export const GEOMETRY_FAULT_TEXT: Record<GeometryFault, string> = {
  'not-finite': '坐标不是有效数字',
  'too-few-points': '边界不足 3 个不同的点',
  'zero-area': '边界面积为零',
  unrepairable: '边界无法修复',
};

function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    s += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return s / 2;
}

export function repairPolygonal(geometry: Polygonal): RepairResult {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let area = 0;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (const p of ring)
        if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return { ok: false, fault: 'not-finite' };
      const distinct = new Set(ring.map((p) => `${p[0]},${p[1]}`));
      if (distinct.size < 3) return { ok: false, fault: 'too-few-points' };
    }
    area += Math.abs(ringArea(rings[0] ?? []));
  }
  if (area === 0) return { ok: false, fault: 'zero-area' };
  return { ok: true, geometry, repairs: [] };
}
