import gcoord from 'gcoord';
import type { Boundaries, Geometry } from '@/api/boundaries';
import type { TileCrs } from '@/config/env';

/** A [longitude, latitude] pair in degrees. */
export type Position = [number, number];

/** WGS-84 → GCJ-02 (the offset coordinates of AMap and other Chinese tile services). */
export function wgs84ToGcj02(p: readonly [number, number]): Position {
  const [lng, lat] = gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02);
  return [lng, lat];
}

/** GCJ-02 → WGS-84 (gcoord iterates to well under 0.1 m). */
export function gcj02ToWgs84(p: readonly [number, number]): Position {
  const [lng, lat] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84);
  return [lng, lat];
}

function mapGeometry(g: Geometry, f: (p: readonly [number, number]) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(f)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(f))) };
  }
}

/**
 * A copy of the boundaries with every position converted. Never mutates its input (gcoord's own
 * GeoJSON transform does, and the input is the query cache's data).
 */
export function transformBoundaries(fc: Boundaries, f: (p: readonly [number, number]) => Position): Boundaries {
  return {
    ...fc,
    features: fc.features.map((feature) => ({ ...feature, geometry: mapGeometry(feature.geometry, f) })),
  };
}

/** Boundaries (always WGS-84 from the API) in the coordinate system of the base map's tiles. */
export function toTileCrs(fc: Boundaries, crs: TileCrs): Boundaries {
  return crs === 'gcj02' ? transformBoundaries(fc, wgs84ToGcj02) : fc;
}
