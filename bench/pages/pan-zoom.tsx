/**
 * Bench-only page (never shipped): every grid below a region drawn either by the app's own
 * layers or by react-leaflet's default SVG `<GeoJSON>`, on the same data from the mock API.
 * `?api=<origin>&region=<code>&renderer=svg|canvas|tiles|app`; `app` picks like the dashboard
 * (plain canvas up to TILE_THRESHOLD, vector tiles above). Sets `window.__panZoom` once drawn.
 */
import 'leaflet/dist/leaflet.css';
import type { Map as LeafletMap, PathOptions } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer, useMap } from 'react-leaflet';
import type { Boundaries } from '@/api/boundaries';
import { boundariesBox } from '@/features/map/geometry';
import { RegionLayer } from '@/features/map/region-layer';
import { TILE_THRESHOLD } from '@/features/map/scale';
import { prepareBoundaries } from '@/features/map/simplify';
import { TiledRegionLayer } from '@/features/map/tiled-region-layer';

type Renderer = 'svg' | 'canvas' | 'tiles' | 'app';

export interface PanZoomWindow {
  __panZoom?: {
    map: LeafletMap;
    renderer: Renderer;
    features: number;
    drawMs: number;
    fetchMs: number;
    /** Runs the scripted pans and zooms; resolves with every frame interval (ms) meanwhile. */
    run(): Promise<number[]>;
  };
}

/**
 * 40 pans around a square (net zero) and 6 zoom steps (in ×3, out ×3), each animated, with a
 * requestAnimationFrame loop recording frame intervals. Lives in the page, not in a
 * `page.evaluate` callback, so bundler-inserted helpers cannot break it.
 */
async function panAndZoom(map: LeafletMap): Promise<number[]> {
  const intervals: number[] = [];
  let running = true;
  let last = 0;
  const loop = (t: number) => {
    if (last) intervals.push(t - last);
    last = t;
    if (running) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const after = (event: string) => new Promise<void>((resolve) => map.once(event, () => resolve()));
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const moves: [number, number][] = [
    [180, 0],
    [0, 120],
    [-180, 0],
    [0, -120],
  ];
  for (let i = 0; i < 40; i++) {
    const done = after('moveend');
    map.panBy(moves[i % 4]!, { animate: true, duration: 0.25 });
    await done;
    await frame();
  }
  for (const dz of [1, 1, 1, -1, -1, -1]) {
    const done = after('zoomend');
    map.setZoom(map.getZoom() + dz, { animate: true });
    await done;
    await frame();
  }
  await frame();
  running = false;
  return intervals;
}

const params = new URLSearchParams(window.location.search);
const api = params.get('api') ?? '';
const region = params.get('region') ?? '';
const renderer = (params.get('renderer') ?? 'app') as Renderer;

const PALETTE = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
function styleFor(code: string): PathOptions {
  let h = 0;
  for (let i = 0; i < code.length; i++) h = (h * 31 + code.charCodeAt(i)) >>> 0;
  return { color: '#2b3f5c', weight: 1, opacity: 1, fillColor: PALETTE[h % PALETTE.length], fillOpacity: 0.85 };
}
const highlight: PathOptions = { color: '#ffd54f', weight: 3 };
const describe = (code: string) => ({ name: code, code, metricName: null, value: null });

function Fit({ data }: { data: Boundaries }) {
  const map = useMap();
  useEffect(() => {
    const b = boundariesBox(data);
    if (b)
      map.fitBounds(
        [
          [b[1], b[0]],
          [b[3], b[2]],
        ],
        { animate: false },
      );
  }, [map, data]);
  return null;
}

function Report({ features, t0, fetchMs, ready }: { features: number; t0: number; fetchMs: number; ready: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (!ready) return;
    (window as PanZoomWindow).__panZoom = {
      map,
      renderer,
      features,
      drawMs: performance.now() - t0,
      fetchMs,
      run: () => panAndZoom(map),
    };
  }, [map, features, t0, fetchMs, ready]);
  return null;
}

/** react-leaflet's default: one SVG path per feature; an inline style as most code writes it. */
function SvgBaseline({ data, onDrawn }: { data: Boundaries; onDrawn(): void }) {
  useEffect(() => {
    let b = 0;
    const a = requestAnimationFrame(() => (b = requestAnimationFrame(onDrawn)));
    return () => {
      cancelAnimationFrame(a);
      cancelAnimationFrame(b);
    };
  }, [onDrawn]);
  return <GeoJSON data={data} style={(f) => styleFor(String(f?.properties?.code))} />;
}

function Page({ raw, fetchMs }: { raw: Boundaries; fetchMs: number }) {
  const [t0] = useState(() => performance.now());
  const [drawn, setDrawn] = useState(false);
  const tiled = renderer === 'tiles' || (renderer === 'app' && raw.features.length > TILE_THRESHOLD);
  const data = useMemo(() => (renderer === 'svg' ? raw : prepareBoundaries(raw, 'wgs84').data), [raw]);
  const Layer = tiled ? TiledRegionLayer : RegionLayer;
  const onDrawn = useMemo(() => () => setDrawn(true), []);
  return (
    <MapContainer className="map" center={[25, 102]} zoom={8} preferCanvas={renderer !== 'svg'} zoomSnap={0.1}>
      <Fit data={data} />
      {renderer === 'svg' ? (
        <SvgBaseline data={data} onDrawn={onDrawn} />
      ) : (
        <Layer
          data={data}
          styleFor={styleFor}
          highlight={highlight}
          describe={describe}
          onDrawn={onDrawn}
          // Lets a check script see that a click hit a polygon.
          onSelect={(code) => (document.body.dataset.selected = code)}
        />
      )}
      <Report features={data.features.length} t0={t0} fetchMs={fetchMs} ready={drawn} />
    </MapContainer>
  );
}

async function main(): Promise<void> {
  const t = performance.now();
  const res = await fetch(`${api}/api/v1/regions/${encodeURIComponent(region)}/boundaries?level=grid`);
  if (!res.ok) throw new Error(`boundaries: HTTP ${res.status}`);
  // Trusted bench data: not re-validated here (the app validates with zod at the edge).
  const raw = (await res.json()) as Boundaries;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Page raw={raw} fetchMs={performance.now() - t} />);
}

void main();
