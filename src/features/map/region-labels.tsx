import { layerGroup, tooltip, type Tooltip } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { Boundaries } from '@/api/boundaries';
import { geometryBox, labelAnchor } from './geometry';
import { placeLabels, type LabelCandidate } from './label-placement';
import { buildLabelContent } from './tooltip-content';

/** Label size in rem; matches `.region-map__label` in region-map.css. */
const LABEL_REM = 0.875;

interface LabelSource {
  code: string;
  name: string;
  lat: number;
  lng: number;
  box: [number, number, number, number];
}

/**
 * Region names as permanent, non-interactive Leaflet tooltips (text nodes only), shown only
 * where they fit at the current zoom and re-placed after every zoom, pan and resize.
 */
export function RegionLabels({ data }: { data: Boundaries }) {
  const map = useMap();
  const sources = useMemo(() => {
    const out: LabelSource[] = [];
    for (const f of data.features) {
      const anchor = labelAnchor(f.geometry);
      const box = geometryBox(f.geometry);
      if (anchor && box && f.geometry.type !== 'Point') {
        out.push({ code: f.properties.code, name: f.properties.name, lng: anchor[0], lat: anchor[1], box });
      }
    }
    return out;
  }, [data]);

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
          .setContent(buildLabelContent(s.name));
        labels.set(s.code, t);
      }
      return t;
    }

    function update() {
      const size = map.getSize();
      if (size.x === 0 || size.y === 0) return;
      const fontPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) * LABEL_REM || 14;
      const candidates: LabelCandidate[] = [];
      for (const s of sources) {
        const p = map.latLngToContainerPoint([s.lat, s.lng]);
        if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) continue;
        const sw = map.latLngToContainerPoint([s.box[1], s.box[0]]);
        const ne = map.latLngToContainerPoint([s.box[3], s.box[2]]);
        candidates.push({
          code: s.code,
          text: s.name,
          x: p.x,
          y: p.y,
          width: Math.abs(ne.x - sw.x),
          height: Math.abs(sw.y - ne.y),
        });
      }
      const next = new Set(placeLabels(candidates, { width: size.x, height: size.y }, fontPx));
      for (const code of shown) {
        const t = labels.get(code);
        if (!next.has(code) && t) group.removeLayer(t);
      }
      const byCode = new Map(sources.map((s) => [s.code, s]));
      for (const code of next) {
        const s = byCode.get(code);
        if (!shown.has(code) && s) group.addLayer(labelFor(s));
      }
      shown = next;
    }

    map.on('zoomend moveend resize', update);
    update();
    return () => {
      map.off('zoomend moveend resize', update);
      group.clearLayers();
      group.remove();
      labels.clear();
    };
  }, [map, sources]);

  return null;
}
