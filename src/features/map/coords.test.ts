import { describe, expect, it } from 'vitest';
import type { Boundaries } from '@/api/boundaries';
import { gcj02ToWgs84, toTileCrs, transformBoundaries, wgs84ToGcj02 } from './coords';

/** Great-circle distance in metres. */
function metres([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const r = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(a));
}

/**
 * The published GCJ-02 forward formula (as in the open-source "eviltransform" ports), written
 * out independently of gcoord so the test checks gcoord against it rather than against itself.
 */
function referenceWgsToGcj([lng, lat]: [number, number]): [number, number] {
  const a = 6378245.0;
  const ee = 0.006693421622965943;
  const x = lng - 105;
  const y = lat - 35;
  const pi = Math.PI;
  let dLat =
    -100 +
    2 * x +
    3 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * pi) + 20 * Math.sin(2 * x * pi)) * 2) / 3 +
    ((20 * Math.sin(y * pi) + 40 * Math.sin((y / 3) * pi)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * pi) + 320 * Math.sin((y * pi) / 30)) * 2) / 3;
  let dLng =
    300 +
    x +
    2 * y +
    0.1 * x * x +
    0.1 * x * y +
    0.1 * Math.sqrt(Math.abs(x)) +
    ((20 * Math.sin(6 * x * pi) + 20 * Math.sin(2 * x * pi)) * 2) / 3 +
    ((20 * Math.sin(x * pi) + 40 * Math.sin((x / 3) * pi)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * pi) + 300 * Math.sin((x / 30) * pi)) * 2) / 3;
  const radLat = (lat / 180) * pi;
  const magic = 1 - ee * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * pi);
  dLng = (dLng * 180) / ((a / sqrtMagic) * Math.cos(radLat) * pi);
  return [lng + dLng, lat + dLat];
}

describe('WGS-84 ↔ GCJ-02', () => {
  it("shifts a Beijing point (Tian'anmen) as the published formula does, within 1e-6° (~0.1 m)", () => {
    const wgs: [number, number] = [116.403988, 39.914266];
    const gcj = wgs84ToGcj02(wgs);
    const ref = referenceWgsToGcj(wgs);
    expect(Math.abs(gcj[0] - ref[0])).toBeLessThan(1e-6);
    expect(Math.abs(gcj[1] - ref[1])).toBeLessThan(1e-6);
    // About 0.0062° east and 0.0014° north in Beijing.
    expect(gcj[0] - wgs[0]).toBeCloseTo(0.0062, 3);
    expect(gcj[1] - wgs[1]).toBeCloseTo(0.0014, 3);
  });

  it('shifts Kunming by the few hundred metres expected in China, and round-trips under 0.1 m', () => {
    const wgs: [number, number] = [102.712251, 25.040609];
    const gcj = wgs84ToGcj02(wgs);
    expect(metres(gcj, referenceWgsToGcj(wgs))).toBeLessThan(0.1);
    const shift = metres(wgs, gcj);
    expect(shift).toBeGreaterThan(200);
    expect(shift).toBeLessThan(700);
    expect(metres(wgs, gcj02ToWgs84(gcj))).toBeLessThan(0.1);
  });
});

describe('transformBoundaries', () => {
  const fc: Boundaries = {
    type: 'FeatureCollection',
    parent: '532398',
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [102.3, 25.4],
              [102.4, 25.4],
              [102.4, 25.5],
              [102.3, 25.4],
            ],
          ],
        },
        properties: { code: '532398101', name: '团结镇', level: 'town' },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [1, 2],
                [3, 4],
                [5, 6],
                [1, 2],
              ],
            ],
          ],
        },
        properties: { code: '532398102', name: '和谐镇', level: 'town' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [102.35, 25.45] },
        properties: { code: '532398103', name: '楼', level: 'town' },
      },
    ],
  };

  it('converts every position of every geometry type without touching the input', () => {
    const before = JSON.stringify(fc);
    const moved = transformBoundaries(fc, ([x, y]) => [x + 1, y + 2]);
    expect(JSON.stringify(fc)).toBe(before);
    expect(moved.parent).toBe('532398');
    expect(moved.features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [103.3, 27.4],
          [103.4, 27.4],
          [103.4, 27.5],
          [103.3, 27.4],
        ],
      ],
    });
    expect(moved.features[1]!.geometry.coordinates).toEqual([
      [
        [
          [2, 4],
          [4, 6],
          [6, 8],
          [2, 4],
        ],
      ],
    ]);
    expect(moved.features[2]!.geometry.coordinates).toEqual([103.35, 27.45]);
    expect(moved.features[0]!.properties).toBe(fc.features[0]!.properties);
  });

  it('leaves WGS-84 data as is and converts for GCJ-02 tiles', () => {
    expect(toTileCrs(fc, 'wgs84')).toBe(fc);
    const gcj = toTileCrs(fc, 'gcj02');
    const p = gcj.features[2]!.geometry.coordinates as [number, number];
    expect(p).toEqual(wgs84ToGcj02([102.35, 25.45]));
    expect(metres([102.35, 25.45], p)).toBeGreaterThan(200);
  });
});
