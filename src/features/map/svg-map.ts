import type { Boundaries, Geometry } from '@/api/boundaries';
import { boundariesBox, labelAnchor, type LngLatBox } from './geometry';
import { displayName } from '@/lib/region-name';

/**
 * Boundaries as SVG shapes for printed pages, where a vector map stays sharp at any zoom of the
 * PDF and no Leaflet canvas has to be captured. A planar Web-Mercator projection (the screen's)
 * fitted to the frame, with even-odd filling for holes: d3-geo would add its spherical winding
 * rule, under which a ring in GeoJSON's counter-clockwise order fills the rest of the globe.
 */

export interface SvgShape {
  code: string;
  name: string;
  /** Path data for polygons; null for a point. */
  d: string | null;
  /** A point's position, or a polygon's label anchor; null when it has none. */
  at: [number, number] | null;
}

export interface SvgMap {
  width: number;
  height: number;
  shapes: SvgShape[];
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const round = (v: number) => Math.round(v * 10) / 10;

/** Projects [lng, lat] into a `width` × `height` frame around `box`, `pad` pixels inside. */
export function fitProjection(
  box: LngLatBox,
  width: number,
  height: number,
  pad: number,
): (p: readonly [number, number]) => [number, number] {
  const [w, s, e, n] = box;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercatorY(s);
  const y1 = mercatorY(n);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const k = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  // Centred in the frame along the axis that has room to spare.
  const offX = (width - k * spanX) / 2;
  const offY = (height - k * spanY) / 2;
  return ([lng, lat]) => [round(offX + k * ((lng * Math.PI) / 180 - x0)), round(offY + k * (y1 - mercatorY(lat)))];
}

function pathData(g: Exclude<Geometry, { type: 'Point' }>, project: ReturnType<typeof fitProjection>): string {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = ring.map((p) => project(p).join(' '));
      if (points.length > 0) parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

/** The features of `fc` projected into a frame of `width` × `height`; null when `fc` is empty. */
export function toSvgMap(fc: Boundaries, width: number, height: number, pad = 8): SvgMap | null {
  const box = boundariesBox(fc);
  if (!box) return null;
  const project = fitProjection(box, width, height, pad);
  const shapes = fc.features.map((f): SvgShape => {
    const anchor = labelAnchor(f.geometry);
    return {
      code: f.properties.code,
      name: displayName(f.properties),
      d: f.geometry.type === 'Point' ? null : pathData(f.geometry, project),
      at: anchor ? project(anchor) : null,
    };
  });
  return { width, height, shapes };
}
