/**
 * Repairs polygon geometry the way real boundary files need it, without changing its shape:
 * repeated vertices, zero-width spikes (A→B→A), wrong ring orientation, rings that touch or
 * cross themselves (figure-eight), holes that touch or leave the shell, unclosed rings and
 * slivers of a MultiPolygon. Refuses only what cannot be drawn: coordinates that are not finite
 * numbers, rings with fewer than 3 distinct points, nothing left with an area.
 *
 * Pure (no DOM, no React): the client's map and the boundary import both use it, so what is
 * drawn on screen and what is stored are repaired by the same rules. Clipping is polyclip-ts's
 * (a robust sweep-line union), not hand-written: the union of a geometry with itself yields
 * valid, counter-clockwise, non-self-touching rings (crossings by the non-zero rule).
 */
import { union, type Geom } from 'polyclip-ts';

export type Position = [number, number];
export type PolygonCoords = Position[][];
export type Polygonal =
  { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

/** What was repaired (for logs and import reports; the shape drawn is the same). */
export type GeometryRepair =
  | 'unclosed-ring'
  | 'repeated-vertex'
  | 'spike'
  | 'orientation'
  | 'self-touching'
  | 'hole-outside'
  | 'degenerate-part'
  | 'sliver';

/** Why a geometry cannot be drawn at all. */
export type GeometryFault = 'not-finite' | 'too-few-points' | 'zero-area' | 'unrepairable';

export type RepairResult =
  { ok: true; geometry: Polygonal; repairs: GeometryRepair[] } | { ok: false; fault: GeometryFault };

/** On-screen (and import report) wording of each fault. */
export const GEOMETRY_FAULT_TEXT: Record<GeometryFault, string> = {
  'not-finite': '坐标不是有效数字',
  'too-few-points': '边界不足 3 个不同的点',
  'zero-area': '边界面积为零',
  unrepairable: '边界无法修复',
};

/** Chinese wording of each repair, for import reports. */
export const GEOMETRY_REPAIR_TEXT: Record<GeometryRepair, string> = {
  'unclosed-ring': '补全未闭合的环',
  'repeated-vertex': '去掉重复顶点',
  spike: '去掉零宽度尖刺',
  orientation: '统一环的方向',
  'self-touching': '拆分自接触或自相交的环',
  'hole-outside': '去掉外环之外的内环部分',
  'degenerate-part': '去掉不足 3 个点的部分',
  sliver: '去掉面积可忽略的碎片',
};

/** A part smaller than this share of the whole is a sliver: invisible at any zoom the map uses. */
export const SLIVER_SHARE = 1e-9;

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Signed shoelace area of a closed ring (degrees²): positive when counter-clockwise. */
export function ringArea(ring: readonly Position[]): number {
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
 * Whether two non-adjacent edges of a closed ring without repeated vertices meet (cross or
 * touch). Edges are swept by their west end: about n log n for a ring of n positions, so the
 * valid rings of a province (50k) are confirmed quickly and only faulty ones are clipped.
 */
export function ringSelfIntersects(pts: readonly Position[]): boolean {
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
      if (gap <= 1 || gap === n - 1) {
        // Neighbours share a vertex; they meet elsewhere only when one doubles back (a spike).
        const [p, q, r] = gap === 1 ? (i < j ? [i, j, j + 1] : [j, i, i + 1]) : [n - 1, 0, 1];
        if (orient(pts[p]!, pts[q]!, pts[r % n]!) === 0 && !between(pts[p]!, pts[q]!, pts[r % n]!)) return true;
        continue;
      }
      if (segmentsMeet(pts[i]!, pts[i + 1]!, pts[j]!, pts[j + 1]!)) return true;
    }
  }
  return false;
}

/** Whether b lies strictly between a and c on their common line (no turn back at b). */
function between(a: Position, b: Position, c: Position): boolean {
  return (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) > 0;
}

/** Ray casting; points on the edge count as inside. */
function pointInRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (orient(a, b, p) === 0 && onSegment(a, b, p)) return true;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Whether the path a→b→c turns straight back at b (a zero-width spike, or a repeat of a). */
function backtracks(a: Position, b: Position, c: Position): boolean {
  return orient(a, b, c) === 0 && !between(a, b, c);
}

/**
 * Drops zero-width spikes (A→B→A, or A→B→C back along AB) with a stack, in one pass plus the
 * wrap-around at the closing vertex. Removing vertices is not clipping: what is left is the
 * same outline. Input: open ring without repeated consecutive positions.
 */
function dropSpikes(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    while (out.length >= 2 && backtracks(out[out.length - 2]!, out[out.length - 1]!, p)) out.pop();
    const last = out[out.length - 1];
    if (!last || !same(last, p)) out.push(p);
  }
  // The ring is cyclic: the spike may straddle the closing vertex.
  for (let changed = true; changed && out.length >= 3;) {
    changed = false;
    const n = out.length;
    if (same(out[0]!, out[n - 1]!)) {
      out.pop();
      changed = true;
    } else if (backtracks(out[n - 2]!, out[n - 1]!, out[0]!)) {
      out.pop();
      changed = true;
    } else if (backtracks(out[n - 1]!, out[0]!, out[1]!)) {
      out.shift();
      changed = true;
    }
  }
  return out;
}

/**
 * A ring closed, without repeated consecutive positions or zero-width spikes; notes what it had
 * to change, or the fault that makes it undrawable.
 */
function cleanRing(ring: readonly (readonly number[])[], repairs: Set<GeometryRepair>): Position[] | GeometryFault {
  const open: Position[] = [];
  for (const p of ring) {
    const x = p[0];
    const y = p[1];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
      return 'not-finite';
    const last = open[open.length - 1];
    if (last && last[0] === x && last[1] === y) repairs.add('repeated-vertex');
    else open.push([x, y]);
  }
  if (open.length > 1 && same(open[0]!, open[open.length - 1]!)) open.pop();
  else if (open.length > 0) repairs.add('unclosed-ring');
  if (new Set(open.map((p) => `${p[0]},${p[1]}`)).size < 3) return 'too-few-points';
  const out = dropSpikes(open);
  if (out.length < open.length) repairs.add('spike');
  if (out.length < 3) return 'zero-area';
  out.push(out[0]!);
  return out;
}

/** True when the cleaned polygon is valid as it is (only orientation may need fixing). */
function isValid(polygon: Position[][]): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || polygon.some(ringSelfIntersects)) return false;
  if (ringArea(outer) === 0 || holes.some((h) => ringArea(h) === 0)) return false;
  return holes.every((h) => h.every((p) => pointInRing(p, outer)));
}

/** Outer ring counter-clockwise, holes clockwise (RFC 7946 § 3.1.6). */
function orientPolygon(polygon: Position[][], repairs: Set<GeometryRepair>): Position[][] {
  return polygon.map((ring, i) => {
    const ccw = ringArea(ring) > 0;
    if (ccw === (i === 0)) return ring;
    repairs.add('orientation');
    return [...ring].reverse();
  });
}

function polygonArea(polygon: Position[][]): number {
  return polygon.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

/** Why the fast path was left: named so import reports say what was repaired. */
function diagnose(polygon: Position[][], repairs: Set<GeometryRepair>): void {
  const [outer, ...holes] = polygon;
  if (polygon.some(ringSelfIntersects)) repairs.add('self-touching');
  if (outer && holes.some((h) => h.some((p) => !pointInRing(p, outer)))) repairs.add('hole-outside');
}

/**
 * Repairs a Polygon or MultiPolygon, or says why it cannot be drawn. A valid geometry comes back
 * as the same coordinates (reoriented if needed) without being clipped.
 */
export function repairPolygonal(geometry: Polygonal): RepairResult {
  const repairs = new Set<GeometryRepair>();
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const cleaned: Position[][][] = [];
  let firstFault: GeometryFault | null = null;
  for (const part of parts) {
    const rings: Position[][] = [];
    let partFault: GeometryFault | null = null;
    for (const [i, ring] of part.entries()) {
      const r = cleanRing(ring, repairs);
      if (r === 'not-finite') return { ok: false, fault: 'not-finite' };
      if (typeof r === 'string') {
        if (i === 0) partFault = r;
        else repairs.add('degenerate-part'); // a hole of < 3 points holds nothing: drop it
        if (i === 0) break;
        continue;
      }
      rings.push(r);
    }
    if (partFault) {
      firstFault ??= partFault;
      continue;
    }
    cleaned.push(rings);
  }
  if (cleaned.length === 0) return { ok: false, fault: firstFault ?? 'too-few-points' };
  if (firstFault) repairs.add('degenerate-part');

  let polygons: Position[][][];
  if (cleaned.every(isValid)) {
    polygons = cleaned.map((p) => orientPolygon(p, repairs));
  } else {
    for (const p of cleaned) diagnose(p, repairs);
    try {
      polygons = union(cleaned as Geom) as Position[][][];
    } catch {
      // polyclip-ts throws on input it cannot sweep (e.g. extreme coordinates): say so.
      return { ok: false, fault: 'unrepairable' };
    }
  }
  const total = polygons.reduce((sum, p) => sum + polygonArea(p), 0);
  if (!(total > 0)) return { ok: false, fault: 'zero-area' };
  const kept = polygons.filter((p) => polygonArea(p) >= total * SLIVER_SHARE);
  if (kept.length < polygons.length) repairs.add('sliver');
  // A Polygon split in two (a figure-eight) becomes a MultiPolygon; a MultiPolygon stays one.
  const result: Polygonal =
    kept.length === 1 && geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: kept[0]! }
      : { type: 'MultiPolygon', coordinates: kept };
  return { ok: true, geometry: result, repairs: [...repairs] };
}
