import type { Geometry } from '@/api/boundaries';
import type { Ring } from './clip';
import { pointInRings, ringsBBox } from './clip';
import { buildingName } from './names';
import { randFloat, randInt, rngFor } from './prng';
import type { RegionNode } from './tree-types';

/** A building (楼栋): a small rectangle, or a point where no rectangle fits. */
export interface Building {
  code: string;
  name: string;
  geometry: Geometry;
}

/** Footprint of a building in degrees (~40 m × 16 m). */
const W = 0.0004;
const H = 0.00015;

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * 8–15 buildings inside a grid (11 for the one-grid relocation community, as in the seed),
 * deterministic from the grid code; generated only when asked for.
 */
export function generateBuildings(seed: number, grid: RegionNode, rings: readonly Ring[], count?: number): Building[] {
  const rng = rngFor(seed, grid.code, 'buildings');
  const n = count ?? randInt(rng, 8, 15);
  const [w, s, e, north] = ringsBBox(rings);
  const out: Building[] = [];
  for (let i = 1; i <= n; i++) {
    let geometry: Geometry | null = null;
    let fallback: [number, number] | null = null;
    for (let tries = 0; tries < 60 && !geometry; tries++) {
      const x = randFloat(rng, w, e);
      const y = randFloat(rng, s, north);
      const corners: [number, number][] = [
        [round(x), round(y)],
        [round(x + W), round(y)],
        [round(x + W), round(y + H)],
        [round(x), round(y + H)],
      ];
      if (!pointInRings([x, y], rings)) continue;
      fallback ??= [round(x), round(y)];
      if (corners.every((c) => pointInRings(c, rings))) {
        geometry = { type: 'Polygon', coordinates: [[...corners, [round(x), round(y)]]] };
      }
    }
    if (!geometry && fallback) geometry = { type: 'Point', coordinates: fallback };
    if (!geometry) continue;
    out.push({ code: `${grid.code}${String(i).padStart(5, '0')}`, name: buildingName(i), geometry });
  }
  return out;
}
