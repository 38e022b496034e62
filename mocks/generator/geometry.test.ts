// @vitest-environment node
import { intersection } from 'polyclip-ts';
import { describe, expect, it } from 'vitest';
import { county } from '../test-fixtures';
import type { Ring } from './clip';
import { pointInRings, ringsArea } from './clip';
import type { RegionNode } from './tree-types';

const ds = county();

/** Distance (degrees) from p to the nearest edge of the rings. */
function distanceToEdges(p: readonly [number, number], rings: readonly Ring[]): number {
  let best = Infinity;
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i++) {
      const [ax, ay] = r[i] as [number, number];
      const [bx, by] = r[i + 1] as [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy)));
    }
  }
  return best;
}

function checkTiling(parent: RegionNode): void {
  const outer = ds.geometry(parent);
  const pieces = ds.childGeometries(parent);
  expect(pieces).toHaveLength(parent.children.length);
  // Nesting: every child vertex inside the parent (or on its edge, within ~0.2 m).
  for (const rings of pieces) {
    expect(rings.length).toBeGreaterThan(0);
    for (const r of rings)
      for (const p of r) expect(pointInRings(p, outer) || distanceToEdges(p, outer) < 2e-6).toBe(true);
  }
  // Tiling: areas add up (no gaps) …
  const sum = pieces.reduce((s, rings) => s + ringsArea(rings), 0);
  expect(Math.abs(sum - ringsArea(outer)) / ringsArea(outer)).toBeLessThan(0.005);
  // … and siblings do not overlap.
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const overlap = intersection(
        (pieces[i] ?? []).map((r) => [r]),
        (pieces[j] ?? []).map((r) => [r]),
      );
      const area = overlap.reduce((s, poly) => s + ringsArea(poly.slice(0, 1)), 0);
      expect(area / ringsArea(outer)).toBeLessThan(1e-4);
    }
  }
}

describe('nested Voronoi geometry', () => {
  it('towns tile the county outline', () => checkTiling(ds.root));

  it('communities tile their town and grids tile their community', () => {
    for (const town of ds.root.children) checkTiling(town);
    const communities = ds.root.children.flatMap((t) => t.children);
    for (const c of communities.filter((_, i) => i % 6 === 0)) checkTiling(c);
  });

  it('lies in central Yunnan, about 40 km across', () => {
    const [w, s, e, n] = [102.1, 25.2, 102.7, 25.8];
    for (const r of ds.geometry(ds.root)) for (const [x, y] of r) expect(x > w && x < e && y > s && y < n).toBe(true);
  });
});
