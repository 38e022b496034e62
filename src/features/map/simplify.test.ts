import { describe, expect, it } from 'vitest';
import type { Boundaries } from '@/api/boundaries';
import { countPositions, levelTolerance, prepareBoundaries, simplifyRing } from './simplify';

/** A closed, wiggly circle: `n` positions on radius r ± wiggle, around [cx, cy]. */
function wigglyRing(cx: number, cy: number, r: number, n: number, wiggle: number): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const rr = r + (i % 2 === 0 ? wiggle : -wiggle);
    ring.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  ring.push([ring[0]![0], ring[0]![1]]);
  return ring;
}

function fc(rings: [number, number][][]): Boundaries {
  return {
    type: 'FeatureCollection',
    parent: '532398',
    features: rings.map((ring, i) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: { code: `532398${String(101 + i)}`, name: `镇${i}`, level: 'town' },
    })),
  };
}

describe('simplifyRing', () => {
  it('drops detail below the tolerance and keeps the ring closed', () => {
    const ring = wigglyRing(102, 25, 0.01, 200, 0.00001);
    const out = simplifyRing(ring, 0.0001);
    expect(out.length).toBeLessThan(60);
    expect(out.length).toBeGreaterThanOrEqual(4);
    expect(out[0]).toEqual(out[out.length - 1]);
    // Every kept position is one of the originals.
    for (const p of out) expect(ring.some((q) => q[0] === p[0] && q[1] === p[1])).toBe(true);
  });

  it('keeps detail above the tolerance', () => {
    const ring = wigglyRing(102, 25, 0.01, 40, 0.002);
    expect(simplifyRing(ring, 0.0001)).toHaveLength(ring.length);
  });

  it('never collapses a ring below 4 positions', () => {
    const tri: [number, number][] = [
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(simplifyRing(tri, 10)).toEqual(tri);
    expect(simplifyRing(wigglyRing(0, 0, 0.001, 30, 0), 1).length).toBeGreaterThanOrEqual(4);
  });
});

describe('prepareBoundaries', () => {
  const data = fc([wigglyRing(102, 25, 0.01, 300, 0.00002), wigglyRing(102.03, 25, 0.01, 300, 0.00002)]);

  it('scales the tolerance with the level: 1% of the median feature size', () => {
    expect(levelTolerance(data)).toBeCloseTo(0.0002, 5);
  });

  it('simplifies once per dataset and reuses the result for the same data', () => {
    const a = prepareBoundaries(data, 'wgs84');
    expect(a.positions.before).toBe(countPositions(data));
    expect(a.positions.after).toBeLessThan(a.positions.before / 3);
    expect(prepareBoundaries(data, 'wgs84')).toBe(a);
    expect(data.features[0]!.geometry).toEqual(fc([wigglyRing(102, 25, 0.01, 300, 0.00002)]).features[0]!.geometry);
  });

  it('converts to GCJ-02 for GCJ-02 tiles, a few hundred metres east and north in Yunnan', () => {
    const wgs = prepareBoundaries(data, 'wgs84').data.features[0]!.geometry;
    const gcj = prepareBoundaries(data, 'gcj02').data.features[0]!.geometry;
    if (wgs.type !== 'Polygon' || gcj.type !== 'Polygon') throw new Error('polygons expected');
    const [x0, y0] = wgs.coordinates[0]![0]!;
    const [x1, y1] = gcj.coordinates[0]![0]!;
    // The conversion itself is checked against the published formula in coords.test.ts.
    const metres = Math.hypot((x1 - x0) * 101_000, (y1 - y0) * 111_000);
    expect(metres).toBeGreaterThan(100);
    expect(metres).toBeLessThan(1000);
  });
});
