// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Boundaries } from '@/api/boundaries';
import { fitProjection, toSvgMap } from './svg-map';

const square = (w: number, s: number, size: number): [number, number][] => [
  [w, s],
  [w + size, s],
  [w + size, s + size],
  [w, s + size],
  [w, s],
];

const fc: Boundaries = {
  type: 'FeatureCollection',
  parent: '532398',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [square(100, 25, 1), square(100.25, 25.25, 0.5)] },
      properties: { code: '532398001', name: '有洞镇', level: 'town' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [102, 25.5] },
      properties: { code: '532398002', name: '点', level: 'town' },
    },
  ],
} as Boundaries;

describe('svg map', () => {
  it('fits the box into the frame, north up, centred along the axis with room to spare', () => {
    const project = fitProjection([100, 25, 102, 26], 400, 400, 0);
    const [x0, yTop] = project([100, 26]);
    const [x1, yBottom] = project([102, 25]);
    expect(x0).toBe(0);
    expect(x1).toBe(400);
    expect(yTop).toBeLessThan(yBottom); // north is up
    // 2° of longitude against ~1.1 "Mercator degrees" of latitude: centred vertically.
    expect(yTop + yBottom).toBeCloseTo(400, 0);
  });

  it('turns polygons (holes as extra rings) into path data and points into positions', () => {
    const svg = toSvgMap(fc, 600, 400);
    expect(svg?.shapes.map((s) => s.code)).toEqual(['532398001', '532398002']);
    const [holed, point] = svg!.shapes;
    expect(holed!.d?.match(/M/g)).toHaveLength(2);
    expect(holed!.d?.endsWith('Z')).toBe(true);
    expect(holed!.at).not.toBeNull();
    expect(point!.d).toBeNull();
    const [px, py] = point!.at!;
    expect(px).toBeGreaterThan(0);
    expect(px).toBeLessThanOrEqual(600);
    expect(py).toBeGreaterThan(0);
    expect(py).toBeLessThan(400);
  });

  it('has nothing to draw for an empty collection', () => {
    expect(toSvgMap({ ...fc, features: [] }, 600, 400)).toBeNull();
  });
});
