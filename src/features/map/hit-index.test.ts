import { describe, expect, it } from 'vitest';
import type { Geometry } from '@/api/boundaries';
import { HitIndex, containsPoint } from './hit-index';

function square(x: number, y: number, size: number): [number, number][] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

describe('containsPoint', () => {
  it('excludes holes and handles multipolygons', () => {
    const donut: Geometry = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
    expect(containsPoint(donut, 1, 1)).toBe(true);
    expect(containsPoint(donut, 5, 5)).toBe(false);
    expect(containsPoint(donut, 11, 1)).toBe(false);
    const multi: Geometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(5, 5, 1)]] };
    expect(containsPoint(multi, 5.5, 5.5)).toBe(true);
    expect(containsPoint(multi, 3, 3)).toBe(false);
    expect(containsPoint({ type: 'Point', coordinates: [1, 1] }, 1, 1)).toBe(false);
  });
});

describe('HitIndex', () => {
  // A 100×100 checkerboard of cells 0.01° wide: 10,000 features, like a prefecture's grids.
  const N = 100;
  const cells: Geometry[] = [];
  for (let r = 0; r < N; r++)
    for (let c = 0; c < N; c++)
      cells.push({ type: 'Polygon', coordinates: [square(100 + c * 0.01, 25 + r * 0.01, 0.01)] });
  const index = new HitIndex(cells);

  it('finds the cell under a point, agreeing with a linear scan', () => {
    for (const [x, y] of [
      [100.005, 25.005],
      [100.555, 25.333],
      [100.995, 25.995],
      [100.2345, 25.8765],
    ] as [number, number][]) {
      const expected = cells.findIndex((g) => containsPoint(g, x, y));
      expect(expected).toBeGreaterThanOrEqual(0);
      expect(index.find(x, y)).toBe(expected);
    }
  });

  it('answers -1 outside every feature', () => {
    expect(index.find(99, 25.5)).toBe(-1);
    expect(index.find(100.5, 30)).toBe(-1);
  });

  it('examines a handful of features per lookup, not all 10,000', () => {
    let most = 0;
    for (let i = 0; i < 1000; i++) most = Math.max(most, index.candidates(100 + Math.random(), 25 + Math.random()));
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(9);
  });
});
