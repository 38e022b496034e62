import GeoJSONVT from 'geojson-vt';
import { describe, expect, it } from 'vitest';
import type { Boundaries } from '@/api/boundaries';
import { tileSource } from './tile-client';
import { encodeTile, forEachRing } from './tile-encoding';
import { TILE_EXTENT } from './tile-messages';

function square(x: number, y: number, size: number): [number, number][] {
  return [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
}

/** Two grids and a building point: only polygons are tiled, tagged with their feature index. */
const data: Boundaries = {
  type: 'FeatureCollection',
  parent: '532398',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [102.5, 25.5] },
      properties: { code: '532398101001001001', name: '楼', level: 'building' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [square(102.1, 25.1, 0.2)] },
      properties: { code: '532398101001001', name: '一', level: 'grid' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [square(102.5, 25.1, 0.2)] },
      properties: { code: '532398101001002', name: '二', level: 'grid' },
    },
  ],
};

/** Web-Mercator tile of a position at zoom z (the XYZ scheme Leaflet and geojson-vt share). */
function tileOf(lng: number, lat: number, z: number): { x: number; y: number; px: number; py: number } {
  const n = 2 ** z;
  const fx = ((lng + 180) / 360) * n;
  const s = Math.sin((lat * Math.PI) / 180);
  const fy = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n;
  const x = Math.floor(fx);
  const y = Math.floor(fy);
  return { x, y, px: (fx - x) * TILE_EXTENT, py: (fy - y) * TILE_EXTENT };
}

describe('vector tiles', () => {
  const source = tileSource(data);
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features: source },
    { maxZoom: 14, extent: TILE_EXTENT, buffer: 64 },
  );

  it('sends only polygons to the worker, each tagged with its index in the collection', () => {
    expect(source.map((f) => f.properties.i)).toEqual([1, 2]);
  });

  it('encodes a tile into flat arrays that decode to the same rings', () => {
    const z = 8;
    const { x, y } = tileOf(102.2, 25.2, z);
    const raw = index.getTileRaw(z, x, y);
    const tile = encodeTile(raw);
    expect([...tile.features].sort()).toEqual([1, 2]);
    const decoded: number[][] = [];
    forEachRing(tile, (_f, coords, from, to) => decoded.push([...coords.subarray(2 * from, 2 * to)]));
    const expected = (raw?.features ?? []).flatMap((f) => (f.type === 3 ? f.geometry.map((r) => [...r]) : []));
    expect(decoded).toEqual(expected);
  });

  it("places a grid's corner where Web-Mercator puts it in the tile (what paintTile draws)", () => {
    const z = 10;
    const corner = tileOf(102.1, 25.3, z); // north-west corner of the first grid
    const tile = encodeTile(index.getTileRaw(z, corner.x, corner.y));
    let nearest = Infinity;
    forEachRing(tile, (f, coords, from, to) => {
      if (f !== 1) return;
      for (let p = from; p < to; p++)
        nearest = Math.min(nearest, Math.hypot(coords[2 * p]! - corner.px, coords[2 * p + 1]! - corner.py));
    });
    // Within a tile unit or two (geojson-vt rounds to integers).
    expect(nearest).toBeLessThan(2);
  });

  it('encodes an empty or missing tile as no features', () => {
    const tile = encodeTile(null);
    expect(tile.features).toHaveLength(0);
    expect(tile.ringStart).toEqual(Uint32Array.from([0]));
  });
});
