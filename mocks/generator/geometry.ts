import { Delaunay } from 'd3-delaunay';
import { intersection } from 'polyclip-ts';
import type { Ring } from './clip';
import { clipByConvex, counterClockwise, pointInRings, ringsBBox, roundRing } from './clip';
import type { Rng } from './prng';
import { randFloat } from './prng';

/** Degrees per km at about 25.5°N. */
const LAT_PER_KM = 1 / 110.6;
const LNG_PER_KM = 1 / 100.5;

/** An irregular, star-shaped outline (a few random harmonics on a circle), closed and counter-clockwise. */
export function rootOutline(rng: Rng, centre: readonly [number, number], radiusKm: number): Ring[] {
  const harmonics = [2, 3, 5, 7, 11].map((k) => ({
    k,
    amp: randFloat(rng, 0.02, 0.1) / Math.sqrt(k / 2),
    phase: randFloat(rng, 0, 2 * Math.PI),
  }));
  const ring: Ring = [];
  const steps = 96;
  for (let i = 0; i < steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    const r = radiusKm * (1 + harmonics.reduce((s, h) => s + h.amp * Math.sin(h.k * a + h.phase), 0));
    ring.push([centre[0] + r * Math.cos(a) * LNG_PER_KM, centre[1] + r * Math.sin(a) * LAT_PER_KM]);
  }
  ring.push([...(ring[0] as [number, number])]);
  const rounded = roundRing(ring);
  if (!rounded) throw new Error('degenerate outline');
  return [counterClockwise(rounded)];
}

/** Area-weighted centroid of rings, or null when they have no area. */
function centroid(rings: readonly Ring[]): [number, number] | null {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i++) {
      const [x0, y0] = r[i] as [number, number];
      const [x1, y1] = r[i + 1] as [number, number];
      const k = x0 * y1 - x1 * y0;
      a += k;
      cx += (x0 + x1) * k;
      cy += (y0 + y1) * k;
    }
  }
  return a === 0 ? null : [cx / (3 * a), cy / (3 * a)];
}

/** `n` random points inside the rings, spread by two rounds of Lloyd relaxation. */
export function sampleSites(rng: Rng, rings: readonly Ring[], n: number): [number, number][] {
  const [w, s, e, north] = ringsBBox(rings);
  const sites: [number, number][] = [];
  for (let tries = 0; sites.length < n && tries < n * 500; tries++) {
    const p: [number, number] = [randFloat(rng, w, e), randFloat(rng, s, north)];
    if (pointInRings(p, rings)) sites.push(p);
  }
  if (sites.length < 2) return sites;
  for (let round = 0; round < 2; round++) {
    const voronoi = Delaunay.from(sites).voronoi([w, s, e, north]);
    for (let i = 0; i < sites.length; i++) {
      const cell = voronoi.cellPolygon(i);
      if (!cell) continue;
      // Centroid of the cell clipped to the parent: an unclipped cell's centroid can line all
      // sites up along the bbox midline (degenerate Delaunay for 3 sites).
      const convex = counterClockwise(cell.map((p) => [p[0], p[1]] as [number, number]));
      const c = centroid(
        rings.flatMap((r) => {
          const clipped = clipByConvex(r, convex);
          return clipped ? [clipped] : [];
        }),
      );
      if (c && pointInRings(c, rings)) sites[i] = c;
    }
  }
  return sites;
}

/**
 * Cuts `parent` into one piece per site: the site's Voronoi cell intersected with the parent,
 * so siblings share edges and tile the parent. `exact` uses polyclip-ts (robust for the
 * irregular root outline); otherwise Sutherland–Hodgman against the convex cell (about 50×
 * faster, which the province size needs).
 */
export function tile(parent: readonly Ring[], sites: readonly [number, number][], exact: boolean): Ring[][] {
  if (sites.length === 1) return [parent.map((r) => r.map((p) => [p[0], p[1]] as [number, number]))];
  const [w, s, e, n] = ringsBBox(parent);
  const pad = Math.max(e - w, n - s) * 0.05;
  const voronoi = Delaunay.from(sites).voronoi([w - pad, s - pad, e + pad, n + pad]);
  return sites.map((_, i) => {
    const cell = voronoi.cellPolygon(i);
    if (!cell) return [];
    const convex = counterClockwise(cell.map((p) => [p[0], p[1]] as [number, number]));
    const pieces: Ring[] = exact
      ? intersection(
          parent.map((r) => [r]),
          [convex],
        ).map((poly) => poly[0] ?? [])
      : parent.flatMap((r) => {
          const clipped = clipByConvex(r, convex);
          return clipped ? [clipped] : [];
        });
    return pieces.flatMap((r) => {
      const rounded = r.length >= 4 ? roundRing(r) : null;
      return rounded ? [counterClockwise(rounded)] : [];
    });
  });
}
