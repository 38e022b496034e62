import type { RawTile } from 'geojson-vt';

/**
 * One vector tile as a few flat typed arrays, so the worker can transfer it without copying:
 * polygons only (points and lines are not drawn by the tiled layer). Coordinates are in tile
 * units (0…extent, plus the buffer on each side).
 */
export interface EncodedTile {
  /** Feature index (position in the FeatureCollection) of each polygon feature. */
  features: Int32Array;
  /** For feature k, its rings are ringStart[k] … ringStart[k+1]-1. Length features.length + 1. */
  ringStart: Uint32Array;
  /** For ring r, its coordinates are coords[2*ringEnd[r-1]] … (ringEnd[-1] = 0). */
  ringEnd: Uint32Array;
  /** x, y, x, y, … */
  coords: Int32Array;
}

/** Flattens a geojson-vt tile whose features carry `tags.i` (the feature index). */
export function encodeTile(tile: RawTile | null): EncodedTile {
  const features: number[] = [];
  const ringStart: number[] = [0];
  const ringEnd: number[] = [];
  let total = 0;
  const polygons = (tile?.features ?? []).filter((f) => f.type === 3);
  for (const f of polygons) if (f.type === 3) for (const ring of f.geometry) total += ring.length;
  const coords = new Int32Array(total);
  let at = 0;
  for (const f of polygons) {
    if (f.type !== 3) continue;
    features.push(Number(f.tags?.i ?? -1));
    for (const ring of f.geometry) {
      coords.set(ring, at);
      at += ring.length;
      ringEnd.push(at / 2);
    }
    ringStart.push(ringEnd.length);
  }
  return {
    features: Int32Array.from(features),
    ringStart: Uint32Array.from(ringStart),
    ringEnd: Uint32Array.from(ringEnd),
    coords,
  };
}

/** The buffers to transfer with postMessage. */
export function tileBuffers(t: EncodedTile): ArrayBuffer[] {
  return [t.features.buffer, t.ringStart.buffer, t.ringEnd.buffer, t.coords.buffer] as ArrayBuffer[];
}

/** Calls `ring(feature, coords, from, to)` for every ring, positions `from` ≤ p < `to`. */
export function forEachRing(
  t: EncodedTile,
  ring: (feature: number, coords: Int32Array, from: number, to: number) => void,
  onFeatureEnd?: (feature: number) => void,
): void {
  for (let k = 0; k < t.features.length; k++) {
    const feature = t.features[k]!;
    for (let r = t.ringStart[k]!; r < t.ringStart[k + 1]!; r++) {
      ring(feature, t.coords, r === 0 ? 0 : t.ringEnd[r - 1]!, t.ringEnd[r]!);
    }
    onFeatureEnd?.(feature);
  }
}
