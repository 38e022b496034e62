import simplifyPath from 'simplify-js';
import type { Boundaries, Geometry } from '@/api/boundaries';
import type { TileCrs } from '@/config/env';
import { toTileCrs } from './coords';
import { geometryBox } from './geometry';

type Ring = readonly (readonly [number, number])[];

/**
 * A closed ring simplified (radial distance, then Douglas–Peucker) to `tolerance` degrees.
 * Keeps it closed and valid: a ring that would fall below 4 positions stays as it was.
 */
export function simplifyRing(ring: Ring, tolerance: number): [number, number][] {
  const copy = ring.map(([x, y]) => [x, y] as [number, number]);
  if (tolerance <= 0 || ring.length <= 4) return copy;
  const out = simplifyPath(
    ring.map(([x, y]) => ({ x, y })),
    tolerance,
  ).map((p) => [p.x, p.y] as [number, number]);
  if (out.length < 4) return copy;
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
  return out;
}

export function simplifyGeometry(g: Geometry, tolerance: number): Geometry {
  switch (g.type) {
    case 'Point':
      return g;
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r) => simplifyRing(r, tolerance)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((p) => p.map((r) => simplifyRing(r, tolerance))),
      };
  }
}

/** Share of a typical feature's size dropped as detail: 1 px when a region is drawn 100 px wide. */
export const DETAIL_SHARE = 0.01;

/**
 * Tolerance for one level: a share of the median feature's bounding-box size, so a county's
 * towns and a province's grids each keep the detail that shows at the zoom they are viewed at.
 */
export function levelTolerance(fc: Boundaries, share = DETAIL_SHARE): number {
  const sizes: number[] = [];
  for (const f of fc.features) {
    const b = geometryBox(f.geometry);
    if (b && f.geometry.type !== 'Point') sizes.push(Math.max(b[2] - b[0], b[3] - b[1]));
  }
  if (sizes.length === 0) return 0;
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)]! * share;
}

export function countPositions(fc: Boundaries): number {
  let n = 0;
  for (const f of fc.features) {
    const g = f.geometry;
    if (g.type === 'Point') n += 1;
    else if (g.type === 'Polygon') for (const r of g.coordinates) n += r.length;
    else for (const p of g.coordinates) for (const r of p) n += r.length;
  }
  return n;
}

/** Drawn geometry: converted to the tiles' coordinate system and simplified for its level. */
export interface PreparedBoundaries {
  data: Boundaries;
  /** Positions before and after simplification. */
  positions: { before: number; after: number };
}

const prepared = new WeakMap<Boundaries, Map<TileCrs, PreparedBoundaries>>();

/**
 * Converts and simplifies once per dataset (the query cache's object), not per render or per
 * mount: drilling back to a region already seen reuses its geometry. Never mutates the input.
 */
export function prepareBoundaries(fc: Boundaries, crs: TileCrs): PreparedBoundaries {
  let byCrs = prepared.get(fc);
  const hit = byCrs?.get(crs);
  if (hit) return hit;
  const converted = toTileCrs(fc, crs);
  const tolerance = levelTolerance(converted);
  const data: Boundaries = {
    ...converted,
    features: converted.features.map((f) => ({ ...f, geometry: simplifyGeometry(f.geometry, tolerance) })),
  };
  const result = { data, positions: { before: countPositions(fc), after: countPositions(data) } };
  if (!byCrs) prepared.set(fc, (byCrs = new Map()));
  byCrs.set(crs, result);
  return result;
}
