import type { Boundaries } from '@/api/boundaries';
import { displayName } from '@/lib/region-name';
import { geometryBox, labelAnchor, type LngLatBox } from './geometry';
import type { LabelCandidate } from './label-placement';

/** A region's name label before projection: where it sits and how big its region is. */
export interface LabelSource {
  code: string;
  /** The display name (红土田社区), never the official one: long names fit nowhere. */
  text: string;
  lng: number;
  lat: number;
  box: LngLatBox;
}

/** One label per polygonal feature (buildings drawn as points carry none). */
export function labelSources(features: Boundaries['features']): LabelSource[] {
  const out: LabelSource[] = [];
  for (const f of features) {
    const anchor = labelAnchor(f.geometry);
    const box = geometryBox(f.geometry);
    if (anchor && box && f.geometry.type !== 'Point') {
      out.push({ code: f.properties.code, text: displayName(f.properties), lng: anchor[0], lat: anchor[1], box });
    }
  }
  return out;
}

/** Container pixels of a [lng, lat] (Leaflet's latLngToContainerPoint). */
export type Project = (lng: number, lat: number) => { x: number; y: number };

/** The sources whose anchor is inside the viewport, with their on-screen region size. */
export function labelCandidates(
  sources: readonly LabelSource[],
  project: Project,
  size: { width: number; height: number },
): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (const s of sources) {
    const p = project(s.lng, s.lat);
    if (p.x < 0 || p.y < 0 || p.x > size.width || p.y > size.height) continue;
    const sw = project(s.box[0], s.box[1]);
    const ne = project(s.box[2], s.box[3]);
    out.push({
      code: s.code,
      text: s.text,
      x: p.x,
      y: p.y,
      width: Math.abs(ne.x - sw.x),
      height: Math.abs(sw.y - ne.y),
    });
  }
  return out;
}
