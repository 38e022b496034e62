/// <reference lib="webworker" />
import GeoJSONVT from 'geojson-vt';
import { encodeTile, tileBuffers } from './tile-encoding';
import { TILE_EXTENT, type FromTileWorker, type ToTileWorker } from './tile-messages';

/**
 * Cuts the polygons into vector tiles off the main thread (geojson-vt: per-zoom simplification
 * and clipping, tiles built on demand and kept). One worker per tiled layer; terminated with it.
 */
declare const self: DedicatedWorkerGlobalScope;

let index: GeoJSONVT | null = null;

function post(message: FromTileWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer);
}

self.onmessage = (event: MessageEvent<ToTileWorker>) => {
  const msg = event.data;
  try {
    if (msg.type === 'load') {
      const t = performance.now();
      index = new GeoJSONVT(
        { type: 'FeatureCollection', features: msg.features },
        // tolerance in tile units of a 256-px tile drawn from a 4096 extent: ~0.2 px.
        { maxZoom: msg.maxZoom, indexMaxZoom: 5, tolerance: 3, extent: TILE_EXTENT, buffer: 64 },
      );
      post({ type: 'loaded', ms: performance.now() - t });
    } else {
      const tile = encodeTile(index?.getTileRaw(msg.z, msg.x, msg.y) ?? null);
      post({ type: 'tile', id: msg.id, tile }, tileBuffers(tile));
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
