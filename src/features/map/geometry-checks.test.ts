import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Boundaries, BoundaryFeature, Geometry } from '@/api/boundaries';
import { ringSelfIntersects } from '@/lib/geometry-repair';
import { checkBoundaries, describeGeometryProblems } from './geometry-checks';

const PARENT = '532398';
const PARENT_BOX: [number, number, number, number] = [102, 25, 103, 26];

function square(x: number, y: number, size = 0.2): [number, number][] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

function feature(code: string, geometry: Geometry, name = `区域${code.slice(-3)}`): BoundaryFeature {
  return { type: 'Feature', geometry, properties: { code, name, level: 'town' } };
}

function collection(...features: BoundaryFeature[]): Boundaries {
  return { type: 'FeatureCollection', parent: PARENT, features };
}

const good = feature('532398101', { type: 'Polygon', coordinates: [square(102.1, 25.1)] });

describe('boundary checks', () => {
  it('keeps valid children and returns the same object when all pass', () => {
    const input = collection(good, feature('532398102', { type: 'Polygon', coordinates: [square(102.5, 25.5)] }));
    const checked = checkBoundaries(input, PARENT_BOX);
    expect(checked.problems).toEqual([]);
    expect(checked.drawable).toBe(input);
  });

  it('draws a town whose published outline has a spike, a repeated vertex and a self-touching ring', () => {
    // The faults of real county outlines (issue 13): today's code left such towns off the map.
    const spiky: [number, number][] = [
      [102.1, 25.1],
      [102.3, 25.1],
      [102.3, 25.1],
      [102.3, 25.2],
      [102.45, 25.25],
      [102.3, 25.2],
      [102.3, 25.3],
      [102.1, 25.3],
      [102.1, 25.1],
    ];
    const eight: [number, number][] = [
      [102.5, 25.5],
      [102.6, 25.6],
      [102.7, 25.5],
      [102.7, 25.7],
      [102.6, 25.6],
      [102.5, 25.7],
      [102.5, 25.5],
    ];
    const input = collection(
      good,
      feature('532398102', { type: 'Polygon', coordinates: [spiky] }),
      feature('532398103', { type: 'Polygon', coordinates: [eight] }),
    );
    const checked = checkBoundaries(input, PARENT_BOX);
    expect(checked.problems).toEqual([]);
    expect(checked.drawable.features.map((f) => f.properties.code)).toEqual(['532398101', '532398102', '532398103']);
    // Only the spike's tip and the repeat go; the outline keeps every other vertex.
    const unspiked = spiky.filter((_, i) => i !== 2 && i !== 4 && i !== 5);
    expect(checked.drawable.features[1]!.geometry).toEqual({ type: 'Polygon', coordinates: [unspiked] });
    expect(checked.drawable.features[2]!.geometry.type).toBe('MultiPolygon');
    expect(checked.repaired.map((r) => [r.code, [...r.repairs].sort()])).toEqual([
      ['532398102', ['repeated-vertex', 'spike']],
      ['532398103', ['self-touching']],
    ]);
    // The API's object is not changed in place.
    expect(input.features[1]!.geometry.type === 'Polygon' && input.features[1]!.geometry.coordinates[0]).toBe(spiky);
  });

  it('leaves off what cannot be drawn: fewer than 3 distinct points, or no area', () => {
    const flat: [number, number][] = [
      [102.1, 25.1],
      [102.2, 25.1],
      [102.3, 25.1],
      [102.1, 25.1],
    ];
    const point: [number, number][] = [
      [102.1, 25.1],
      [102.1, 25.1],
      [102.1, 25.1],
      [102.1, 25.1],
    ];
    const checked = checkBoundaries(
      collection(
        good,
        feature('532398102', { type: 'Polygon', coordinates: [flat] }),
        feature('532398103', { type: 'Polygon', coordinates: [point] }),
      ),
      null,
    );
    expect(checked.problems).toEqual([
      { code: '532398102', name: '区域102', kind: 'zero-area' },
      { code: '532398103', name: '区域103', kind: 'too-few-points' },
    ]);
    expect(checked.drawable.features.map((f) => f.properties.code)).toEqual(['532398101']);
  });

  it('draws a polygon whose hole lies outside it as the polygon without that hole', () => {
    const g: Geometry = { type: 'Polygon', coordinates: [square(102.1, 25.1), square(102.6, 25.6, 0.05)] };
    const checked = checkBoundaries(collection(feature('532398102', g)), PARENT_BOX);
    expect(checked.problems).toEqual([]);
    expect(checked.drawable.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [square(102.1, 25.1)] });
  });

  it('flags a child outside its parent, and names swapped longitude/latitude as such', () => {
    const away = feature('532398102', { type: 'Polygon', coordinates: [square(105, 25.1)] });
    // A parent near the equator, where a swapped pair is still in range and passes the schema.
    const box: [number, number, number, number] = [10, 2, 11, 3];
    const swapped = feature('532398103', {
      type: 'Polygon',
      coordinates: [square(10.2, 2.2).map(([x, y]) => [y, x] as [number, number])],
    });
    const checked = checkBoundaries(collection(away), PARENT_BOX);
    expect(checked.problems[0]?.kind).toBe('outside-parent');
    expect(checkBoundaries(collection(swapped), box).problems[0]?.kind).toBe('swapped');
  });

  it('flags a feature whose code belongs to another region', () => {
    const other = feature('530102001', { type: 'Polygon', coordinates: [square(102.1, 25.1)] });
    expect(checkBoundaries(collection(other), PARENT_BOX).problems[0]?.kind).toBe('not-a-child');
  });

  it('says which regions were left off and why', () => {
    expect(describeGeometryProblems([{ code: '532398102', name: '<b>团结镇</b>', kind: 'too-few-points' }])).toBe(
      '1 个区域的边界数据有误，未绘制：<b>团结镇</b>（边界不足 3 个不同的点）',
    );
  });

  it('never calls a convex polygon self-intersecting, and always catches a crossed quadrilateral', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 60 }), fc.double({ min: 0.001, max: 1, noNaN: true }), (n, r) => {
        const ring: [number, number][] = Array.from({ length: n }, (_, i) => [
          102 + r * Math.cos((2 * Math.PI * i) / n),
          25 + r * Math.sin((2 * Math.PI * i) / n),
        ]);
        ring.push(ring[0]!);
        expect(ringSelfIntersects(ring)).toBe(false);
        const [a, b, c, d] = [ring[0]!, ring[1]!, ring[2]!, ring[3 % n]!];
        if (n >= 4) expect(ringSelfIntersects([a, c, b, d, a])).toBe(true);
      }),
    );
  });
});
