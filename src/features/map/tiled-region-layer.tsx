import { geoJSON, tooltip as leafletTooltip, type LeafletMouseEvent } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Boundaries } from '@/api/boundaries';
import { HitIndex } from './hit-index';
import type { RegionLayerProps } from './region-layer';
import { TileClient } from './tile-client';
import { buildTooltipContent } from './tooltip-content';
import { VectorTileLayer } from './vector-tile-layer';

/** Below the overlay pane (labels, highlight), above any base map. */
const PANE = 'shiliu-vector-tiles';
/** Deepest zoom the worker cuts tiles for; deeper views scale those tiles' geometry. */
const MAX_TILE_ZOOM = 18;

const indexes = new WeakMap<Boundaries, HitIndex>();
/** One hit index per dataset (built in ~tens of ms at 50k), reused when the view comes back. */
function hitIndexFor(fc: Boundaries): HitIndex {
  let index = indexes.get(fc);
  if (!index) indexes.set(fc, (index = new HitIndex(fc.features.map((f) => f.geometry))));
  return index;
}

/**
 * The same contract as `RegionLayer`, for tens of thousands of polygons: vector tiles cut in a
 * worker and drawn on canvas tiles, with hover, tooltip and click found by hit-testing the
 * geometry. Everything it creates (worker, layers, listeners, tooltip) goes with it.
 */
export function TiledRegionLayer({
  data,
  styleFor,
  highlight,
  describe,
  highlightedCode,
  onHover,
  onSelect,
  onDrawn,
}: RegionLayerProps) {
  const map = useMap();
  const layerRef = useRef<VectorTileLayer | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const codes = useMemo(() => data.features.map((f) => f.properties.code), [data]);
  const indexOfCode = useMemo(() => new Map(codes.map((c, i) => [c, i])), [codes]);

  const callbacks = useRef({ describe, onHover, onSelect, onDrawn, styleFor });
  useEffect(() => {
    callbacks.current = { describe, onHover, onSelect, onDrawn, styleFor };
  });

  // The layer, its worker and the pointer handlers: created once per dataset (the parent keys it).
  useEffect(() => {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '350';
    const client = new TileClient(data, MAX_TILE_ZOOM);
    const layer = new VectorTileLayer(client, (i) => callbacks.current.styleFor(codes[i] ?? ''), { pane: PANE });
    layerRef.current = layer;
    const index = hitIndexFor(data);
    const tip = leafletTooltip({
      sticky: true,
      direction: 'top',
      offset: [0, -12],
      opacity: 1,
      className: 'region-map__tooltip',
    });
    let current: string | null = null;
    let frame = 0;
    let last: LeafletMouseEvent | null = null;

    const setCurrent = (code: string | null, e: LeafletMouseEvent | null) => {
      if (code !== null && e) {
        tip.setLatLng(e.latlng);
        if (code !== current) tip.setContent(buildTooltipContent(callbacks.current.describe(code)));
        if (!map.hasLayer(tip)) tip.addTo(map);
      } else if (map.hasLayer(tip)) tip.remove();
      if (code === current) return;
      current = code;
      map.getContainer().style.cursor = code === null ? '' : 'pointer';
      setHovered(code);
      callbacks.current.onHover?.(code);
    };
    const codeAt = (e: LeafletMouseEvent) => {
      const i = index.find(e.latlng.lng, e.latlng.lat);
      return i < 0 ? null : (codes[i] ?? null);
    };
    // Hit-test at most once per frame while the pointer moves.
    const onMove = (e: LeafletMouseEvent) => {
      last = e;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last) setCurrent(codeAt(last), last);
      });
    };
    const onOut = () => {
      last = null;
      setCurrent(null, null);
    };
    const onClick = (e: LeafletMouseEvent) => {
      const code = codeAt(e);
      if (code !== null) callbacks.current.onSelect?.(code);
    };

    let drawnFrame = 0;
    const onFirstLoad = () => {
      drawnFrame = requestAnimationFrame(() => callbacks.current.onDrawn?.(codes.length));
    };
    layer.once('load', onFirstLoad);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.on('click', onClick);
    layer.addTo(map);
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(drawnFrame);
      layer.off('load', onFirstLoad);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('click', onClick);
      tip.remove();
      layer.remove();
      client.dispose();
      layerRef.current = null;
      map.getContainer().style.cursor = '';
      if (current !== null) callbacks.current.onHover?.(null);
    };
  }, [map, data, codes]);

  // New colours: repaint the tiles in memory.
  useEffect(() => {
    layerRef.current?.setStyleOf((i) => styleFor(codes[i] ?? ''));
  }, [styleFor, codes]);

  // Outline the hovered grid (or the one highlighted from elsewhere) as one small vector layer.
  const active = hovered ?? highlightedCode ?? null;
  useEffect(() => {
    const i = active === null ? undefined : indexOfCode.get(active);
    const feature = i === undefined ? undefined : data.features[i];
    if (!feature) return;
    const outline = geoJSON(feature, { style: { ...highlight, fill: false }, interactive: false }).addTo(map);
    return () => {
      outline.remove();
    };
  }, [active, indexOfCode, data, highlight, map]);

  return null;
}
