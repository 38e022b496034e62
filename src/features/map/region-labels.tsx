import { layerGroup, tooltip, type Tooltip } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Boundaries } from '@/api/boundaries';
import { placeLabels } from './label-placement';
import type { LabelInk } from './label-ink';
import { labelCandidates, labelSources, type LabelSource } from './label-sources';
import { buildLabelContent } from './tooltip-content';

/** Label size in rem; matches `.region-map__label` in region-map.css. */
const LABEL_REM = 0.875;

/** Paints a label in its ink (label-ink.ts): the text colour and a halo of the fill's colour. */
function paint(t: Tooltip, ink: LabelInk): void {
  const el = t.getElement();
  if (!el) return;
  el.style.color = ink.color;
  el.style.setProperty('--label-halo', ink.halo);
}

/**
 * Region names as permanent, non-interactive Leaflet tooltips (text nodes only), shown only
 * where they fit at the current zoom and re-placed after every zoom, pan and resize. Each name
 * takes the ink of the fill it sits on, repainted when the colouring changes.
 */
export function RegionLabels({ data, inkFor }: { data: Boundaries; inkFor(code: string): LabelInk }) {
  const map = useMap();
  const sources = useMemo(() => labelSources(data.features), [data]);
  const inkRef = useRef(inkFor);
  const repaintRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    inkRef.current = inkFor;
    repaintRef.current();
  }, [inkFor]);

  useEffect(() => {
    const group = layerGroup().addTo(map);
    const labels = new Map<string, Tooltip>();
    let shown = new Set<string>();

    function labelFor(s: LabelSource): Tooltip {
      let t = labels.get(s.code);
      if (!t) {
        t = tooltip({
          permanent: true,
          direction: 'center',
          interactive: false,
          opacity: 1,
          className: 'region-map__label',
        })
          .setLatLng([s.lat, s.lng])
          .setContent(buildLabelContent(s.text));
        labels.set(s.code, t);
      }
      return t;
    }

    function update() {
      const size = map.getSize();
      if (size.x === 0 || size.y === 0) return;
      const fontPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) * LABEL_REM || 14;
      const project = (lng: number, lat: number) => map.latLngToContainerPoint([lat, lng]);
      const candidates = labelCandidates(sources, project, { width: size.x, height: size.y });
      const next = new Set(placeLabels(candidates, { width: size.x, height: size.y }, fontPx));
      for (const code of shown) {
        const t = labels.get(code);
        if (!next.has(code) && t) group.removeLayer(t);
      }
      const byCode = new Map(sources.map((s) => [s.code, s]));
      for (const code of next) {
        const s = byCode.get(code);
        if (!shown.has(code) && s) {
          const t = labelFor(s);
          group.addLayer(t);
          paint(t, inkRef.current(code));
        }
      }
      shown = next;
    }
    repaintRef.current = () => {
      for (const code of shown) {
        const t = labels.get(code);
        if (t) paint(t, inkRef.current(code));
      }
    };

    map.on('zoomend moveend resize', update);
    update();
    return () => {
      map.off('zoomend moveend resize', update);
      repaintRef.current = () => undefined;
      group.clearLayers();
      group.remove();
      labels.clear();
    };
  }, [map, sources]);

  return null;
}
