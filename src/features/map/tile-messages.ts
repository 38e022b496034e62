import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { EncodedTile } from './tile-encoding';

/** A polygon to tile; `tags.i` is its index in the drawn FeatureCollection. */
export type TileSourceFeature = Feature<Polygon | MultiPolygon, { i: number }>;

export type ToTileWorker =
  | { type: 'load'; features: TileSourceFeature[]; maxZoom: number }
  | { type: 'tile'; id: number; z: number; x: number; y: number };

export type FromTileWorker =
  { type: 'loaded'; ms: number } | { type: 'tile'; id: number; tile: EncodedTile } | { type: 'error'; message: string };

/** geojson-vt's tile units per tile side. */
export const TILE_EXTENT = 4096;
