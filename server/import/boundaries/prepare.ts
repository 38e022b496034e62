import { createHash } from 'node:crypto';
import simplify from 'simplify-js';
import type { Polygonal, Position } from './repair';
import { areaM2, bboxOf, toMulti } from './topology';
import type { RegionDraft } from './types';

/**
 * Display tolerance per level, degrees (~1 m per 0.00001°): fine enough that the outline is
 * unchanged at the zoom the map shows that level, coarse enough that a province's grids draw
 * quickly (20k grid polygons simplified to ~11 vertices each draw about 3× faster than unsimplified).
 */
export const TOLERANCE: Record<RegionDraft['level'], number> = {
  county: 0.0005,
  town: 0.0002,
  community: 0.0001,
  grid: 0.00003,
  building: 0,
};

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

function simplifyRing(ring: Position[], tolerance: number): Position[] {
  const points = ring.map(([x, y]) => ({ x, y }));
  const out = tolerance > 0 ? simplify(points, tolerance, true) : points;
  // A ring that would collapse keeps its vertices.
  const kept = out.length >= 4 ? out : points;
  return kept.map((p) => [round(p.x), round(p.y)]);
}

export function displayGeometry(d: RegionDraft): RegionDraft['geometry'] {
  const g = d.geometry;
  if (g.type === 'Point') return { type: 'Point', coordinates: [round(g.coordinates[0]), round(g.coordinates[1])] };
  const t = TOLERANCE[d.level];
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => simplifyRing(r, t)) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => simplifyRing(r, t))) };
}

function vertices(g: RegionDraft['geometry']): number {
  if (g.type === 'Point') return 1;
  return toMulti(g).reduce((a, p) => a + p.reduce((b, r) => b + r.length, 0), 0);
}

/** What the `boundary` table stores for one region. */
export interface PreparedBoundary {
  region: RegionDraft;
  display: RegionDraft['geometry'];
  bbox: [number, number, number, number];
  areaM2: number;
  vertices: number;
}

export function prepareBoundary(region: RegionDraft): PreparedBoundary {
  const display = displayGeometry(region);
  const g = region.geometry;
  const bbox: [number, number, number, number] =
    g.type === 'Point'
      ? [g.coordinates[0], g.coordinates[1], g.coordinates[0], g.coordinates[1]]
      : bboxOf(toMulti(g as Polygonal));
  return {
    region,
    display,
    bbox,
    areaM2: g.type === 'Point' ? 0 : areaM2(g as Polygonal),
    vertices: vertices(display),
  };
}

/** One prepared FeatureCollection: the body the server sends as it is. */
export interface PreparedLayer {
  countyCode: string;
  parentCode: string;
  layer: 'children' | 'town' | 'community' | 'grid' | 'building';
  body: string;
  features: number;
  etag: string;
}

function layer(parent: RegionDraft, name: PreparedLayer['layer'], members: PreparedBoundary[]): PreparedLayer {
  const body = JSON.stringify({
    type: 'FeatureCollection',
    parent: parent.code,
    features: members.map((m) => ({
      type: 'Feature',
      id: m.region.code,
      geometry: m.display,
      // Official name for tooltips and tables, the display name beside it when it differs.
      properties: {
        code: m.region.code,
        name: m.region.name,
        ...(m.region.shortName && m.region.shortName !== m.region.name ? { shortName: m.region.shortName } : {}),
        level: m.region.level,
      },
    })),
  });
  return {
    countyCode: parent.code.slice(0, 6),
    parentCode: parent.code,
    layer: name,
    body,
    features: members.length,
    etag: createHash('sha256').update(body).digest('hex'),
  };
}

/**
 * The FeatureCollections the map asks for: each region's children (`children`), and for
 * counties and towns every descendant at each deeper level (`?level=`), e.g. a county's
 * `grid` layer. A `?level=` equal to the children's level is the `children` layer. Generated
 * one at a time so a province's layers are not all in memory as text at once.
 */
export function* prepareLayers(prepared: readonly PreparedBoundary[]): Generator<PreparedLayer> {
  const groups = new Map<string, PreparedBoundary[]>();
  const add = (key: string, p: PreparedBoundary): void => {
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  };
  const byCode = new Map(prepared.map((p) => [p.region.code, p.region]));
  for (const p of prepared) {
    const { parent, code, level } = p.region;
    if (!parent) continue;
    add(`${parent}|children`, p);
    if (level === 'building') continue;
    // Ancestors above the parent: a grid (15) is in its town's (9) and county's (6) grid layer.
    for (const len of [6, 9]) if (len < parent.length) add(`${code.slice(0, len)}|${level}`, p);
  }
  for (const [key, members] of groups) {
    const [parentCode = '', name = 'children'] = key.split('|');
    const parent = byCode.get(parentCode);
    if (parent) yield layer(parent, name as PreparedLayer['layer'], members);
  }
}
