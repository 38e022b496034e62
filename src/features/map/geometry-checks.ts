import type { Boundaries, BoundaryFeature, Geometry } from '@/api/boundaries';
import { geometryBox, type LngLatBox } from './geometry';

/**
 * Checks the schema cannot express: a boundary that crosses itself, has no area, holes outside
 * their polygon, a child that lies outside its parent or belongs to another region, and
 * longitude/latitude given the wrong way round. A faulty child is left off the map (and named in
 * a notice) rather than drawn as if it were right.
 */
export type GeometryProblemKind =
  'not-a-child' | 'empty' | 'self-intersection' | 'hole-outside' | 'swapped' | 'outside-parent';

export interface GeometryProblem {
  code: string;
  name: string;
  kind: GeometryProblemKind;
}

export interface CheckedBoundaries {
  /** The features that passed; the input object itself when every feature did. */
  drawable: Boundaries;
  problems: GeometryProblem[];
}

/** What each problem is called on screen. */
export const GEOMETRY_PROBLEM_TEXT: Record<GeometryProblemKind, string> = {
  'not-a-child': '区划代码不属于本区域',
  empty: '边界为空或面积为零',
  'self-intersection': '边界自相交',
  'hole-outside': '内环不在外环之内',
  swapped: '经纬度顺序颠倒',
  'outside-parent': '超出上级区域范围',
};

type Position = readonly [number, number];
type Ring = readonly Position[];

/** Drops repeated consecutive positions, so zero-length edges do not count as crossings. */
function distinct(ring: Ring): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a / 2;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/**
 * Whether two non-adjacent edges of a closed ring meet. Edges are swept by their west end, so a
 * ring of n positions costs about n log n rather than n² (grids of a province: 50k rings).
 */
export function ringSelfIntersects(ring: Ring): boolean {
  const pts = distinct(ring);
  const n = pts.length - 1; // edges; pts[n] repeats pts[0]
  if (n < 3) return false;
  const order = Array.from({ length: n }, (_, i) => i);
  const minX = (i: number) => Math.min(pts[i]![0], pts[i + 1]![0]);
  const maxX = (i: number) => Math.max(pts[i]![0], pts[i + 1]![0]);
  order.sort((i, j) => minX(i) - minX(j));
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const right = maxX(i);
    for (let m = k + 1; m < n; m++) {
      const j = order[m]!;
      if (minX(j) > right) break;
      const gap = Math.abs(i - j);
      if (gap <= 1 || gap === n - 1) continue; // neighbours share a vertex by construction
      if (segmentsMeet(pts[i]!, pts[i + 1]!, pts[j]!, pts[j + 1]!)) return true;
    }
  }
  return false;
}

/** Ray casting; points on the edge count as inside. */
function pointInRing(p: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (orient(a, b, p) === 0 && onSegment(a, b, p)) return true;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

function polygonsOf(g: Geometry): Ring[][] {
  if (g.type === 'Point') return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function within(inner: LngLatBox, outer: LngLatBox, slack: number): boolean {
  return (
    inner[0] >= outer[0] - slack &&
    inner[1] >= outer[1] - slack &&
    inner[2] <= outer[2] + slack &&
    inner[3] <= outer[3] + slack
  );
}

/** The first problem of one feature, or null. `parentBox`: the parent region's bbox, when known. */
export function checkFeature(
  f: BoundaryFeature,
  parentCode: string,
  parentBox: LngLatBox | null,
): GeometryProblemKind | null {
  if (!f.properties.code.startsWith(parentCode) || f.properties.code === parentCode) return 'not-a-child';
  for (const polygon of polygonsOf(f.geometry)) {
    const [outer, ...holes] = polygon;
    if (!outer || distinct(outer).length < 4) return 'empty';
    // Before the area: a symmetric bow-tie's two lobes cancel out to zero area.
    if (polygon.some(ringSelfIntersects)) return 'self-intersection';
    if (ringArea(outer) === 0) return 'empty';
    for (const hole of holes) if (hole.some((p) => !pointInRing(p, outer))) return 'hole-outside';
  }
  const box = geometryBox(f.geometry);
  if (parentBox && box) {
    // Shared edges may be rounded differently from the parent's bbox: allow 1 % of its size.
    const slack = Math.max(parentBox[2] - parentBox[0], parentBox[3] - parentBox[1]) * 0.01 + 1e-9;
    if (!within(box, parentBox, slack)) {
      const swappedBox: LngLatBox = [box[1], box[0], box[3], box[2]];
      return within(swappedBox, parentBox, slack) ? 'swapped' : 'outside-parent';
    }
  }
  return null;
}

/** Splits a region's children into those safe to draw and those with a named problem. */
export function checkBoundaries(fc: Boundaries, parentBox: LngLatBox | null): CheckedBoundaries {
  const problems: GeometryProblem[] = [];
  const ok: BoundaryFeature[] = [];
  for (const f of fc.features) {
    const kind = checkFeature(f, fc.parent, parentBox);
    if (kind === null) ok.push(f);
    else problems.push({ code: f.properties.code, name: f.properties.name, kind });
  }
  return { drawable: problems.length === 0 ? fc : { ...fc, features: ok }, problems };
}

/** One line for the map's notice, e.g. "2 个区域的边界数据有误，未绘制：团结镇（边界自相交）、…". */
export function describeGeometryProblems(problems: readonly GeometryProblem[], max = 6): string {
  const named = problems.slice(0, max).map((p) => `${p.name}（${GEOMETRY_PROBLEM_TEXT[p.kind]}）`);
  const more = problems.length > max ? ` 等` : '';
  return `${problems.length} 个区域的边界数据有误，未绘制：${named.join('、')}${more}`;
}
