import { describe, expect, it } from 'vitest';
import {
  repairPolygonal,
  ringArea,
  ringSelfIntersects,
  type Polygonal,
  type Position,
  type RepairResult,
} from './geometry-repair';

/**
 * A county-like outline: 240 vertices at 6 decimals around (102.5, 25.3), radius wobbling by
 * ±15 % the way a traced border does. Counter-clockwise and closed, as RFC 7946 wants.
 */
function outline(cx = 102.5, cy = 25.3, r = 0.3, n = 240): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const t = (2 * Math.PI * i) / n;
    const k = r * (1 + 0.1 * Math.sin(7 * t) + 0.05 * Math.cos(23 * t));
    ring.push([round(cx + k * Math.cos(t)), round(cy + k * Math.sin(t))]);
  }
  ring.push(ring[0]!);
  return ring;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const AREA = ringArea(outline());

function ok(result: RepairResult): Extract<RepairResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a repair, got the fault ${result.fault}`);
  return result;
}

function polygons(g: Polygonal): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Area with holes subtracted, over all parts. */
function area(g: Polygonal): number {
  return polygons(g).reduce(
    (sum, p) => sum + p.reduce((s, ring, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0),
    0,
  );
}

/** Every ring closed, with no repeated vertex, no crossing or touching itself; outer CCW, holes CW. */
function expectValid(g: Polygonal): void {
  for (const polygon of polygons(g)) {
    for (const [i, ring] of polygon.entries()) {
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(ring.length).toBeGreaterThanOrEqual(4);
      for (let k = 1; k < ring.length; k++) expect(ring[k]).not.toEqual(ring[k - 1]);
      expect(ringSelfIntersects(ring)).toBe(false);
      expect(ringArea(ring) > 0).toBe(i === 0);
    }
  }
}

describe('geometry repair', () => {
  it('returns a valid outline unchanged, without clipping it', () => {
    const ring = outline();
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [ring] }));
    expect(r.repairs).toEqual([]);
    expect(r.geometry).toEqual({ type: 'Polygon', coordinates: [ring] });
  });

  it('drops a zero-width spike (A→B→A) and keeps the area', () => {
    const ring = outline();
    const a = ring[60]!;
    // Out along the border and straight back, as digitising errors leave them.
    ring.splice(61, 0, [a[0] + 0.05, a[1] + 0.04], a);
    expect(ring).toContainEqual([a[0] + 0.05, a[1] + 0.04]);
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [ring] }));
    expect(r.repairs).toContain('spike');
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeCloseTo(AREA, 10);
    const tip: Position = [a[0] + 0.05, a[1] + 0.04];
    expect(polygons(r.geometry).flat(2)).not.toContainEqual(tip);
  });

  it('drops repeated vertices, including a repeated closing vertex', () => {
    const ring = outline();
    ring.splice(10, 0, ring[10]!, ring[10]!);
    ring.push(ring[0]!);
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [ring] }));
    expect(r.repairs).toContain('repeated-vertex');
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeCloseTo(AREA, 10);
  });

  it('turns a clockwise outline and a counter-clockwise hole the right way round', () => {
    const hole = outline(102.5, 25.3, 0.05, 40);
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [[...outline()].reverse(), hole] }));
    expect(r.repairs).toEqual(['orientation']);
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeCloseTo(AREA - ringArea(hole), 10);
  });

  it('splits a self-touching figure-eight into two polygons of the same total area', () => {
    // Two lobes joined at one vertex (the outline pinched to a point), drawn as one ring.
    const left = outline(102.2, 25.3, 0.1, 60).slice(0, -1);
    const right = outline(102.5, 25.3, 0.15, 80).slice(0, -1);
    const pinch: Position = [102.33, 25.3];
    const iL = left.findIndex((p) => p[0] === Math.max(...left.map((q) => q[0])));
    const iR = right.findIndex((p) => p[0] === Math.min(...right.map((q) => q[0])));
    left[iL] = pinch;
    right[iR] = pinch;
    const ring = [...left.slice(0, iL + 1), ...right.slice(iR + 1), ...right.slice(0, iR + 1), ...left.slice(iL + 1)];
    ring.push(ring[0]!);
    const expected = Math.abs(ringArea([...left, left[0]!])) + Math.abs(ringArea([...right, right[0]!]));
    expect(ringSelfIntersects(ring)).toBe(true);
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [ring] }));
    expect(r.repairs).toContain('self-touching');
    expect(r.geometry.type).toBe('MultiPolygon');
    expect(polygons(r.geometry)).toHaveLength(2);
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeCloseTo(expected, 10);
  });

  it('draws a hole that touches the shell at a vertex as a hole', () => {
    const shell = outline();
    const touch = shell[0]!; // the easternmost vertex
    const hole: Position[] = [touch, [touch[0] - 0.1, touch[1] + 0.03], [touch[0] - 0.1, touch[1] - 0.03], touch];
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [shell, hole] }));
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeCloseTo(AREA - Math.abs(ringArea(hole)), 10);
  });

  it('cuts off the part of a hole outside its shell', () => {
    const shell = outline();
    const e = shell[0]![0];
    const hole: Position[] = [
      [e - 0.05, 25.29],
      [e - 0.05, 25.31],
      [e + 0.05, 25.31],
      [e + 0.05, 25.29],
      [e - 0.05, 25.29],
    ];
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [shell, hole] }));
    expect(r.repairs).toContain('hole-outside');
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeLessThan(AREA);
    expect(area(r.geometry)).toBeGreaterThan(AREA - Math.abs(ringArea(hole)));
  });

  it('drops slivers and degenerate parts of a MultiPolygon, keeping the real parts', () => {
    const island = outline(103.1, 25.3, 0.05, 40);
    const sliver: Position[] = [
      [102.0, 25.0],
      [102.0000001, 25.0],
      [102.0000001, 25.0000001],
      [102.0, 25.0],
    ];
    const line: Position[] = [
      [101.9, 25.0],
      [101.95, 25.0],
      [101.9, 25.0],
      [101.9, 25.0],
    ];
    const r = ok(repairPolygonal({ type: 'MultiPolygon', coordinates: [[outline()], [sliver], [island], [line]] }));
    expect(r.repairs).toEqual(expect.arrayContaining(['sliver', 'degenerate-part']));
    expect(r.geometry.type).toBe('MultiPolygon');
    expect(polygons(r.geometry)).toHaveLength(2);
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeCloseTo(AREA + ringArea(island), 10);
  });

  it('closes an unclosed ring', () => {
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [outline().slice(0, -1)] }));
    expect(r.repairs).toEqual(['unclosed-ring']);
    expectValid(r.geometry);
  });

  it('refuses what cannot be drawn, and says why', () => {
    const nan = outline();
    nan[5] = [Number.NaN, 25.3];
    expect(repairPolygonal({ type: 'Polygon', coordinates: [nan] })).toEqual({ ok: false, fault: 'not-finite' });
    const inf = outline();
    inf[5] = [102.5, Number.POSITIVE_INFINITY];
    expect(repairPolygonal({ type: 'Polygon', coordinates: [inf] })).toEqual({ ok: false, fault: 'not-finite' });
    const two: Position[] = [
      [102.1, 25.1],
      [102.2, 25.1],
      [102.1, 25.1],
      [102.2, 25.1],
      [102.1, 25.1],
    ];
    expect(repairPolygonal({ type: 'Polygon', coordinates: [two] })).toEqual({ ok: false, fault: 'too-few-points' });
    const flat: Position[] = [
      [102.1, 25.1],
      [102.2, 25.1],
      [102.3, 25.1],
      [102.1, 25.1],
    ];
    expect(repairPolygonal({ type: 'Polygon', coordinates: [flat] })).toEqual({ ok: false, fault: 'zero-area' });
  });

  it('draws a crossed ring (bow-tie) as the two lobes a renderer fills', () => {
    const bow: Position[] = [
      [102.1, 25.1],
      [102.3, 25.3],
      [102.3, 25.1],
      [102.1, 25.3],
      [102.1, 25.1],
    ];
    const r = ok(repairPolygonal({ type: 'Polygon', coordinates: [bow] }));
    expect(polygons(r.geometry)).toHaveLength(2);
    expectValid(r.geometry);
    expect(area(r.geometry)).toBeCloseTo(0.02, 10);
  });
});
