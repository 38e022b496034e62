import type { Feature } from 'geojson';
import {
  circleMarker,
  type GeoJSON as LeafletGeoJSON,
  type LatLng,
  type Layer,
  type LeafletMouseEvent,
  type Path,
  type PathOptions,
} from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { Boundaries, BoundaryFeature } from '@/api/boundaries';
import { buildTooltipContent, type TooltipInfo } from './tooltip-content';

/** Computes a child's base style from its code; memoized by the caller, changes only on restyle. */
export type StyleForCode = (code: string) => PathOptions;

export interface RegionLayerProps {
  /** The children to draw, already in the tiles' coordinate system. Read once: key the layer by region. */
  data: Boundaries;
  styleFor: StyleForCode;
  highlight: PathOptions;
  /** What the tooltip says about a child; read when the tooltip opens. */
  describe(code: string): TooltipInfo;
  highlightedCode?: string | null;
  onHover?(code: string | null): void;
  onSelect?(code: string): void;
  /** Called once the features are on the map and a frame has been drawn. */
  onDrawn?(count: number): void;
}

type FeatureLayer = Path & { feature?: BoundaryFeature };

function codeOf(layer: Layer | undefined): string | null {
  return (layer as FeatureLayer | undefined)?.feature?.properties.code ?? null;
}

/** The child layer behind an event on the group (Leaflet ≥ 1.9 sets `propagatedFrom`). */
function eventLayer(e: LeafletMouseEvent): Layer | undefined {
  const ev = e as LeafletMouseEvent & { propagatedFrom?: Layer; layer?: Layer };
  return ev.propagatedFrom ?? ev.layer;
}

/** Buildings may come as points: small circles, so they stay on the canvas and take styles. */
function pointToLayer(_feature: unknown, latlng: LatLng): Layer {
  return circleMarker(latlng, { radius: 5 });
}

/**
 * One region's children as a react-leaflet `<GeoJSON>` on the canvas renderer. The data is
 * read once at creation (the parent replaces this layer by `key` when the region changes);
 * `style` changes only when the colouring does, and hover/highlight restyle one child only.
 */
export function RegionLayer({
  data,
  styleFor,
  highlight,
  describe,
  highlightedCode,
  onHover,
  onSelect,
  onDrawn,
}: RegionLayerProps) {
  const geoRef = useRef<LeafletGeoJSON | null>(null);
  const layersRef = useRef(new Map<string, FeatureLayer>());
  const [hovered, setHovered] = useState<string | null>(null);

  // Latest callbacks, read by Leaflet handlers that are bound once.
  const callbacks = useRef({ describe, onHover, onSelect, onDrawn });
  useEffect(() => {
    callbacks.current = { describe, onHover, onSelect, onDrawn };
  });

  const style = useMemo(() => (feature?: Feature) => styleFor(String(feature?.properties?.code ?? '')), [styleFor]);

  // Handlers and the feature index are only read when the layer is created: stable on purpose.
  const [creation] = useState(() => ({
    onEachFeature: (feature: Feature, layer: Layer) => {
      const code = feature.properties?.code;
      if (typeof code === 'string') layersRef.current.set(code, layer as FeatureLayer);
    },
    eventHandlers: {
      mouseover: (e: LeafletMouseEvent) => {
        const code = codeOf(eventLayer(e));
        setHovered(code);
        callbacks.current.onHover?.(code);
      },
      mouseout: () => {
        setHovered(null);
        callbacks.current.onHover?.(null);
      },
      click: (e: LeafletMouseEvent) => {
        const code = codeOf(eventLayer(e));
        if (code !== null) callbacks.current.onSelect?.(code);
      },
    },
  }));

  // One sticky tooltip for the whole group; its content is built from text nodes when it opens.
  useEffect(() => {
    const geo = geoRef.current;
    if (!geo) return;
    geo.bindTooltip(
      (layer) => {
        const code = codeOf(layer) ?? '';
        return buildTooltipContent(callbacks.current.describe(code));
      },
      { sticky: true, direction: 'top', offset: [0, -12], opacity: 1, className: 'region-map__tooltip' },
    );
    return () => {
      geo.unbindTooltip();
    };
  }, []);

  // New figures while a tooltip is open: rebuild its content in place.
  useEffect(() => {
    const tooltip = geoRef.current?.getTooltip();
    if (tooltip?.isOpen()) tooltip.update();
  }, [describe]);

  // Outline the hovered child, or else the one highlighted from elsewhere (e.g. a ranking row).
  const active = hovered ?? highlightedCode ?? null;
  useEffect(() => {
    const layer = active === null ? undefined : layersRef.current.get(active);
    if (!layer) return;
    layer.setStyle(highlight);
    layer.bringToFront();
    return () => {
      layer.setStyle(style(layer.feature as Feature | undefined));
    };
  }, [active, highlight, style]);

  // First frame drawn: report the count (data-boundaries, first-full-render mark).
  useEffect(() => {
    const geo = geoRef.current;
    if (!geo) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => callbacks.current.onDrawn?.(geo.getLayers().length));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);

  // Leaving while hovered (region changed under the pointer): clear the shared hover.
  const hoveredRef = useRef(hovered);
  useEffect(() => {
    hoveredRef.current = hovered;
  }, [hovered]);
  useEffect(
    () => () => {
      if (hoveredRef.current !== null) callbacks.current.onHover?.(null);
    },
    [],
  );

  return (
    <GeoJSON
      ref={geoRef}
      data={data}
      style={style}
      pointToLayer={pointToLayer}
      onEachFeature={creation.onEachFeature}
      eventHandlers={creation.eventHandlers}
      bubblingMouseEvents={false}
    />
  );
}
