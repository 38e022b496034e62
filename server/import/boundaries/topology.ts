import turfArea from '@turf/area';
import * as polyclip from 'polyclip-ts';
import type { Polygonal, PolygonCoords } from './repair';

type Multi = PolygonCoords[];

export function toMulti(g: Polygonal): Multi {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export function fromMulti(m: Multi): Polygonal {
  return m.length === 1
    ? { type: 'Polygon', coordinates: m[0] as PolygonCoords }
    : { type: 'MultiPolygon', coordinates: m };
}

/** Geodesic area in m² (turf: spherical excess on the WGS-84 mean radius). */
export function areaM2(g: Polygonal | Multi): number {
  const geometry = Array.isArray(g) ? { type: 'MultiPolygon' as const, coordinates: g } : g;
  return turfArea(geometry);
}

// polyclip-ts works on plain coordinate arrays; its Geom type is a mutable alias of ours.
type Geom = Parameters<typeof polyclip.union>[0];
const geom = (m: Multi): Geom => m as unknown as Geom;

/** Union of many polygons (polyclip-ts's sweep line, robust for shared edges). */
export function unionAll(parts: readonly Multi[]): Multi {
  const [first, ...rest] = parts;
  if (!first) return [];
  return polyclip.union(geom(first), ...rest.map(geom)) as unknown as Multi;
}

export function difference(a: Multi, b: Multi): Multi {
  return polyclip.difference(geom(a), geom(b)) as unknown as Multi;
}

/** [west, south, east, north] of a geometry's outer and inner rings. */
export function bboxOf(m: Multi): [number, number, number, number] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const poly of m)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      }
  return [w, s, e, n];
}
