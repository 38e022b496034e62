import { GridLayer, type Coords, type DoneCallback, type GridLayerOptions, type PathOptions } from 'leaflet';
import type { TileClient } from './tile-client';
import { forEachRing, type EncodedTile } from './tile-encoding';
import { TILE_EXTENT } from './tile-messages';

/** Style of feature `i` (its index in the drawn FeatureCollection). */
export type StyleOfIndex = (i: number) => PathOptions;

/** Draws one encoded tile: every polygon filled, then outlined, in its own style. */
export function paintTile(
  ctx: CanvasRenderingContext2D,
  tile: EncodedTile,
  pixels: number,
  styleOf: StyleOfIndex,
  /** Device pixels per CSS pixel: line widths and dashes are in CSS pixels. */
  ratio = 1,
): void {
  const k = pixels / TILE_EXTENT;
  ctx.clearRect(0, 0, pixels, pixels);
  ctx.lineJoin = 'round';
  forEachRing(
    tile,
    (_feature, coords, from, to) => {
      if (from === to) return;
      ctx.moveTo(coords[2 * from]! * k, coords[2 * from + 1]! * k);
      for (let p = from + 1; p < to; p++) ctx.lineTo(coords[2 * p]! * k, coords[2 * p + 1]! * k);
      ctx.closePath();
    },
    (feature) => {
      const s = styleOf(feature);
      if (s.fill !== false && s.fillColor) {
        ctx.globalAlpha = s.fillOpacity ?? 0.2;
        // A CanvasPattern travels through the string-typed option (see feature-style.ts).
        ctx.fillStyle = s.fillColor as string | CanvasPattern;
        ctx.fill('evenodd');
      }
      if (s.stroke !== false) {
        ctx.globalAlpha = s.opacity ?? 1;
        ctx.strokeStyle = s.color ?? '#3388ff';
        ctx.lineWidth = (s.weight ?? 1) * ratio;
        ctx.setLineDash(
          typeof s.dashArray === 'string' ? s.dashArray.split(/[ ,]+/).map((d) => Number(d) * ratio) : [],
        );
        ctx.stroke();
      }
      ctx.beginPath();
    },
  );
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

const TILE_PIXELS = 512;
const ZOOM_SHIFT = Math.log2(TILE_PIXELS / 256);

interface TileState {
  canvas: HTMLCanvasElement;
  data: EncodedTile | null;
}

/**
 * Polygons as canvas tiles cut by a worker (geojson-vt): panning only draws the tiles that
 * come into view, and a restyle repaints the tiles in memory without asking the worker again.
 * Replaces Leaflet.VectorGrid, whose npm release has broken clicks on Leaflet ≥ 1.8.
 * Not interactive itself: the owner hit-tests pointer positions against the geometry.
 */
export class VectorTileLayer extends GridLayer {
  private readonly tiles = new Map<string, TileState>();
  private styleOf: StyleOfIndex;
  private readonly client: TileClient;

  constructor(client: TileClient, styleOf: StyleOfIndex, options: GridLayerOptions = {}) {
    // 512-px tiles: a quarter as many canvases to create and composite as 256-px ones.
    // Tiles are cut and drawn once the map stops (updateWhenIdle), not during pan animations.
    super({ tileSize: TILE_PIXELS, updateWhenZooming: false, updateWhenIdle: true, keepBuffer: 1, ...options });
    this.client = client;
    this.styleOf = styleOf;
    this.on('tileunload', (e: { coords: Coords }) => this.tiles.delete(this.tileKey(e.coords)));
  }

  private tileKey(c: Coords): string {
    return `${c.x}:${c.y}:${c.z}`;
  }

  protected override createTile(coords: Coords, done: DoneCallback): HTMLElement {
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    // Drawn at the screen's real pixel size (an upscaled canvas is blurry).
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    const state: TileState = { canvas, data: null };
    const key = this.tileKey(coords);
    this.tiles.set(key, state);
    // A 512-px tile at zoom z covers what a 256-px (geojson-vt) tile covers at z - 1.
    this.client.tile(coords.z - ZOOM_SHIFT, coords.x, coords.y).then(
      (data) => {
        state.data = data;
        this.paint(state);
        done(undefined, canvas);
      },
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), canvas),
    );
    return canvas;
  }

  private paint(state: TileState): void {
    // A CPU-backed canvas: tiles are drawn once and then only moved; on machines without a GPU an
    // accelerated canvas per tile costs far more to set up and composite (measured in the bench).
    const ctx = state.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx || !state.data) return;
    paintTile(ctx, state.data, state.canvas.width, this.styleOf, state.canvas.width / this.getTileSize().x);
  }

  /** New colours: repaint the tiles already cut. */
  setStyleOf(styleOf: StyleOfIndex): void {
    this.styleOf = styleOf;
    for (const state of this.tiles.values()) this.paint(state);
  }

  /** Features drawn on the current tiles (distinct), for the DOM contract's count. */
  featuresInView(): number {
    const seen = new Set<number>();
    for (const { data } of this.tiles.values()) if (data) for (const i of data.features) seen.add(i);
    return seen.size;
  }
}
