import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Position } from './repair';
import { BoundaryFileError } from './types';

/** A coordinate system the import understands, with its conversion to WGS-84 [lng, lat]. */
export interface Crs {
  /** For reports: "WGS-84", "CGCS2000 / 3度带高斯-克吕格 CM 102E (EPSG:4543)" … */
  label: string;
  /** Metres (projected) rather than degrees. */
  projected: boolean;
  toWgs84(p: Position): Position;
}

const identity = (p: Position): Position => [p[0], p[1]];

export const WGS84: Crs = { label: 'WGS-84 (EPSG:4326)', projected: false, toWgs84: identity };
// CGCS2000 and WGS-84 differ by well under a metre (their ellipsoids and frames nearly coincide):
// far below what a map of grids can show, so the coordinates are taken as they are.
const CGCS2000: Crs = { label: 'CGCS2000 (EPSG:4490)', projected: false, toWgs84: identity };
const GCJ02: Crs = {
  label: 'GCJ-02（火星坐标）',
  projected: false,
  toWgs84: (p) => gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as Position,
};

/**
 * CGCS2000 3-degree Gauss–Krüger: EPSG:4513–4533 are zones 25–45 with the zone number in front of
 * the easting (x_0 = zone·10⁶ + 500 000); EPSG:4534–4554 are central meridians 75°E–135°E
 * without it (x_0 = 500 000).
 */
function gaussKruger(epsg: number): Crs | null {
  let lon0: number;
  let x0: number;
  let label: string;
  if (epsg >= 4513 && epsg <= 4533) {
    const zone = epsg - 4513 + 25;
    lon0 = zone * 3;
    x0 = zone * 1_000_000 + 500_000;
    label = `CGCS2000 / 3度带高斯-克吕格 第 ${zone} 带 (EPSG:${epsg})`;
  } else if (epsg >= 4534 && epsg <= 4554) {
    lon0 = 75 + (epsg - 4534) * 3;
    x0 = 500_000;
    label = `CGCS2000 / 3度带高斯-克吕格 CM ${lon0}E (EPSG:${epsg})`;
  } else return null;
  const def = `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  const convert = proj4(def, 'WGS84');
  return { label, projected: true, toWgs84: (p) => convert.forward([p[0], p[1]]) as Position };
}

/** `--crs` values: wgs84, gcj02, cgcs2000, EPSG:4326, EPSG:4490, EPSG:4513…4554. */
export function crsFromOption(value: string): Crs {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  if (v === 'wgs84' || v === 'epsg:4326') return WGS84;
  if (v === 'gcj02') return GCJ02;
  if (v === 'cgcs2000' || v === 'epsg:4490') return CGCS2000;
  const m = /^epsg:(\d+)$/.exec(v);
  const gk = m ? gaussKruger(Number(m[1])) : null;
  if (gk) return gk;
  throw new BoundaryFileError(
    `--crs “${value}” 无法识别：应为 wgs84、gcj02、cgcs2000（EPSG:4490）或 CGCS2000 高斯-克吕格投影 EPSG:4513–4554`,
  );
}

/** The CRS a .prj (WKT) or a legacy GeoJSON crs name declares; null when it names none we know. */
export function crsFromDeclaration(text: string): Crs | null {
  const t = text.trim();
  const epsg = /EPSG(?:::|:|",\s*)(\d{4,5})/i.exec(t);
  if (epsg && !/^PROJCS|^GEOGCS|^PROJCRS|^GEOGCRS/i.test(t)) {
    const code = Number(epsg[1]);
    if (code === 4326) return WGS84;
    if (code === 4490) return CGCS2000;
    return gaussKruger(code);
  }
  if (/^\s*PROJ/i.test(t)) {
    // A projected .prj (ESRI WKT). Only transverse Mercator (Gauss–Krüger) is expected here; its
    // parameters are read from the WKT and handed to proj4 as a definition.
    if (!/Gauss|Transverse_Mercator/i.test(t)) return null;
    const param = (name: string, fallback: number): number => {
      const m = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.]+)`, 'i').exec(t);
      return m ? Number(m[1]) : fallback;
    };
    const spheroid = /SPHEROID\["[^"]*",\s*([\d.]+),\s*([\d.]+)/i.exec(t);
    const ellps = spheroid ? `+a=${spheroid[1]} +rf=${spheroid[2]}` : '+ellps=GRS80';
    const lon0 = param('Central_Meridian', NaN);
    if (!Number.isFinite(lon0)) return null;
    const def =
      `+proj=tmerc +lat_0=${param('Latitude_Of_Origin', 0)} +lon_0=${lon0} +k=${param('Scale_Factor', 1)} ` +
      `+x_0=${param('False_Easting', 500000)} +y_0=${param('False_Northing', 0)} ${ellps} +units=m +no_defs`;
    const convert = proj4(def, 'WGS84');
    const name = /^\s*PROJCS\["([^"]+)"/i.exec(t)?.[1] ?? '高斯-克吕格投影';
    return { label: `${name}（.prj）`, projected: true, toWgs84: (p) => convert.forward([p[0], p[1]]) as Position };
  }
  if (/^\s*GEOG/i.test(t)) {
    if (/2000|CGCS/i.test(t)) return CGCS2000;
    if (/WGS[ _]?(19)?84/i.test(t)) return WGS84;
  }
  return null;
}

/** China and its seas, generously: a WGS-84 point outside is not where a county is. */
const CHINA = { west: 73, east: 136, south: 3, north: 54 };

export type CoordinateLook = 'ok' | 'swapped' | 'projected' | 'outside';

/** How coordinates look before conversion, from their bounding box. */
export function lookOfCoordinates(bbox: [number, number, number, number], crs: Crs): CoordinateLook {
  const [w, s, e, n] = bbox;
  if (crs.projected) return Math.abs(w) > 1000 && Math.abs(s) > 1000 ? 'ok' : 'outside';
  const inside = (x0: number, y0: number, x1: number, y1: number): boolean =>
    x0 >= CHINA.west && x1 <= CHINA.east && y0 >= CHINA.south && y1 <= CHINA.north;
  if (inside(w, s, e, n)) return 'ok';
  // [lat, lng] puts a longitude (73–136) where a latitude belongs: swapped, not projected.
  if (inside(s, w, n, e)) return 'swapped';
  if (Math.abs(w) > 180 || Math.abs(e) > 180 || Math.abs(s) > 90 || Math.abs(n) > 90) return 'projected';
  return 'outside';
}
