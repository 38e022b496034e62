/** A closed ring of [lng, lat] positions (first = last). */
export type Ring = [number, number][];

/** Signed shoelace area (degrees², counter-clockwise positive). */
export function signedArea(ring: readonly (readonly [number, number])[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as readonly [number, number];
    const b = ring[i + 1] as readonly [number, number];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export function ringsArea(rings: readonly Ring[]): number {
  return rings.reduce((s, r) => s + Math.abs(signedArea(r)), 0);
}

/** Even–odd point-in-ring test. */
export function pointInRing(p: readonly [number, number], ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInRings(p: readonly [number, number], rings: readonly Ring[]): boolean {
  return rings.some((r) => pointInRing(p, r));
}

/**
 * Sutherland–Hodgman: clips any simple ring by a convex counter-clockwise ring (a Voronoi
 * cell). Much faster than a general polygon clipper; correct as long as the clip is convex.
 * Returns a closed ring, or null when nothing is left.
 */
export function clipByConvex(subject: Ring, convex: readonly (readonly [number, number])[]): Ring | null {
  let output: [number, number][] = subject.slice(0, -1);
  const n = convex.length - 1; // convex is closed
  for (let e = 0; e < n && output.length > 0; e++) {
    const [ax, ay] = convex[e] as readonly [number, number];
    const [bx, by] = convex[e + 1] as readonly [number, number];
    const side = (p: readonly [number, number]): number => (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax);
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as [number, number];
      const prev = input[(i + input.length - 1) % input.length] as [number, number];
      const sc = side(cur);
      const sp = side(prev);
      if (sc >= 0) {
        if (sp < 0) output.push(intersect(prev, cur, sp, sc));
        output.push(cur);
      } else if (sp >= 0) {
        output.push(intersect(prev, cur, sp, sc));
      }
    }
  }
  if (output.length < 3) return null;
  const first = output[0] as [number, number];
  return [...output, [first[0], first[1]]];
}

function intersect(p: [number, number], q: [number, number], sp: number, sq: number): [number, number] {
  const t = sp / (sp - sq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

/** Rounds to 6 decimals (~0.1 m) and drops repeated positions; null when the ring degenerates. */
export function roundRing(ring: Ring): Ring | null {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 && Math.abs(signedArea(out)) > 0 ? out : null;
}

/** Makes a ring counter-clockwise (RFC 7946 exterior rings). */
export function counterClockwise(ring: Ring): Ring {
  return signedArea(ring) < 0 ? ring.slice().reverse() : ring;
}

/** [west, south, east, north] of rings. */
export function ringsBBox(rings: readonly Ring[]): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const r of rings) {
    for (const [x, y] of r) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [w, s, e, n];
}
