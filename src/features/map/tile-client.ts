import type { Boundaries } from '@/api/boundaries';
import type { EncodedTile } from './tile-encoding';
import type { FromTileWorker, TileSourceFeature, ToTileWorker } from './tile-messages';

/** The polygons of a FeatureCollection, tagged with their index, for the tiling worker. */
export function tileSource(fc: Boundaries): TileSourceFeature[] {
  const out: TileSourceFeature[] = [];
  fc.features.forEach((f, i) => {
    const g = f.geometry;
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      out.push({ type: 'Feature', geometry: g as TileSourceFeature['geometry'], properties: { i } });
    }
  });
  return out;
}

/** Talks to one tiling worker: load once, then ask for tiles. `dispose` terminates it. */
export class TileClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(t: EncodedTile): void; reject(e: Error): void }>();
  private nextId = 1;
  private disposed = false;
  /** Resolves with the worker's indexing time (ms) once the data is indexed. */
  readonly loaded: Promise<number>;

  constructor(fc: Boundaries, maxZoom: number) {
    this.worker = new Worker(new URL('./tile-worker.ts', import.meta.url), { type: 'module', name: 'shiliu-tiles' });
    let loadedResolve: (ms: number) => void = () => undefined;
    let loadedReject: (e: Error) => void = () => undefined;
    this.loaded = new Promise((resolve, reject) => {
      loadedResolve = resolve;
      loadedReject = reject;
    });
    // Not awaited by everyone: keep an early failure from becoming an unhandled rejection.
    this.loaded.catch(() => undefined);
    this.worker.onmessage = (e: MessageEvent<FromTileWorker>) => {
      const msg = e.data;
      if (msg.type === 'loaded') loadedResolve(msg.ms);
      else if (msg.type === 'tile') {
        this.pending.get(msg.id)?.resolve(msg.tile);
        this.pending.delete(msg.id);
      } else {
        const error = new Error(`tiling failed: ${msg.message}`);
        loadedReject(error);
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      }
    };
    this.worker.onerror = (e) => {
      const error = new Error(`tiling worker failed: ${e.message}`);
      loadedReject(error);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.send({ type: 'load', features: tileSource(fc), maxZoom });
  }

  private send(msg: ToTileWorker): void {
    this.worker.postMessage(msg);
  }

  tile(z: number, x: number, y: number): Promise<EncodedTile> {
    if (this.disposed) return Promise.reject(new Error('tile client disposed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'tile', id, z, x, y });
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker.terminate();
    const error = new Error('tile client disposed');
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
