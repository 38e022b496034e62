import type { Boundaries, BoundaryFeature, Geometry } from '@/api/boundaries';
import type { ChildMetric, Disputes, Ethnic } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import type { Region } from '@/api/region';

/**
 * Pure transforms that turn a healthy response into a hostile one. Each breaks the data in one
 * way a real back end (or someone who controls it) might, and that the client must survive.
 */

/** Sets `window.__pwned` if it ever runs: the end-to-end test asserts it never does. */
export const XSS_IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
export const XSS_SCRIPT = '<script>window.__pwned=(window.__pwned||0)+1</script>';
/** An `=` formula, for exports: a spreadsheet must not run it. */
export const FORMULA = '=HYPERLINK("http://evil.example","点此")';
/** The longest name the contract allows (NameSchema: 200 characters). */
export const LONG_NAME = '很长的名称'.repeat(40);

/** How each child of the root is broken, by its index among the root's children. */
export const ROOT_CHILD_FAULTS = [
  'xss-img-name',
  'xss-script-name',
  'long-name',
  'zero-area',
  'outside-parent',
  'empty',
  'hole-outside',
  'impossible-value',
] as const;

/** A name with markup in front, cut to the contract's 200 characters. */
function hostileName(fault: string | undefined, name: string): string {
  if (fault === 'xss-img-name') return `${XSS_IMG}${name}`.slice(0, 200);
  if (fault === 'xss-script-name') return `${XSS_SCRIPT}${name}`.slice(0, 200);
  if (fault === 'long-name') return LONG_NAME;
  return name;
}

export function hostileMeta(meta: Meta): Meta {
  return {
    ...meta,
    datasetName: `${XSS_SCRIPT}${meta.datasetName}`,
    // The first minority group and the first event category carry markup into chart tooltips.
    ethnicGroups: meta.ethnicGroups.map((g, i) => (i === 1 ? { ...g, name: `${XSS_IMG}${g.name}` } : g)),
    eventCategories: meta.eventCategories.map((c, i) => (i === 0 ? { ...c, name: `${XSS_IMG}${c.name}` } : c)),
    disputeCategories: meta.disputeCategories.map((c, i) => (i === 0 ? { ...c, name: `${FORMULA}${c.name}` } : c)),
    // The employment panel stays healthy at the root: its names carry markup too.
    welfarePostTypes: meta.welfarePostTypes.map((c, i) => (i === 0 ? { ...c, name: `${XSS_IMG}${c.name}` } : c)),
    trainingCourses: meta.trainingCourses.map((c, i) => (i === 0 ? { ...c, name: `${XSS_SCRIPT}${c.name}` } : c)),
  };
}

export function hostileRootRegion(region: Region): Region {
  return {
    ...region,
    name: `${XSS_IMG}${region.name}`,
    children: region.children.map((c, i) => ({ ...c, name: hostileName(ROOT_CHILD_FAULTS[i], c.name) })),
  };
}

type Position = [number, number];

function mapRings(g: Geometry, fn: (ring: Position[], index: number) => Position[]): Geometry {
  if (g.type === 'Point') return g;
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map((r, i) => fn(r as Position[], i)) };
  return { ...g, coordinates: g.coordinates.map((p) => p.map((r, i) => fn(r as Position[], i))) };
}

/** The ring flattened onto its southern edge: three distinct points, no area. */
function flattened(ring: Position[], index: number): Position[] {
  if (index > 0) return ring;
  const xs = ring.map((p) => p[0]);
  const s = Math.min(...ring.map((p) => p[1]));
  const [w, e] = [Math.min(...xs), Math.max(...xs)];
  return [
    [w, s],
    [e, s],
    [(w + e) / 2, s],
    [w, s],
  ];
}

function brokenGeometry(fault: string | undefined, g: Geometry): Geometry {
  switch (fault) {
    case 'zero-area':
      return mapRings(g, flattened);
    case 'outside-parent':
      return mapRings(g, (ring) => ring.map(([x, y]) => [x + 1.5, y] as Position));
    case 'empty':
      return mapRings(g, (ring) => ring.map(() => ring[0]!));
    // Repaired by the client (the hole is cut off) and drawn: real data has this.
    case 'hole-outside': {
      const outer = g.type === 'Polygon' ? g.coordinates[0] : g.type === 'MultiPolygon' ? g.coordinates[0]?.[0] : null;
      const [x, y] = outer?.[0] ?? [0, 0];
      const hole: Position[] = [
        [x + 2, y + 2],
        [x + 2.01, y + 2],
        [x + 2.01, y + 2.01],
        [x + 2, y + 2],
      ];
      return { type: 'Polygon', coordinates: [outer ?? [], hole] } as Geometry;
    }
    default:
      return g;
  }
}

/** The root's children with hostile names and broken geometry, plus one feature from another county. */
export function hostileRootBoundaries(fc: Boundaries): Boundaries {
  const features: BoundaryFeature[] = fc.features.map((f, i) => {
    const fault = ROOT_CHILD_FAULTS[i];
    return {
      ...f,
      geometry: brokenGeometry(fault, f.geometry),
      properties: { ...f.properties, name: hostileName(fault, f.properties.name) },
    };
  });
  const first = fc.features[0];
  if (first) {
    const code = `530102${first.properties.code.slice(6)}`;
    features.push({ ...first, id: code, properties: { ...first.properties, code, name: '外县的乡镇' } });
  }
  return { ...fc, features };
}

/** Lng/lat swapped in every position: for China the "latitude" is then out of range. */
export function swappedBoundaries(fc: Boundaries): Boundaries {
  return {
    ...fc,
    features: fc.features.map((f) => ({ ...f, geometry: mapRings(f.geometry, (r) => r.map(([x, y]) => [y, x])) })),
  };
}

/**
 * Child 0 (hostile name) holds ten times its people, so the children add up to more than the
 * parent; child 7 has a share above 100 % (or a count that does not match its basis).
 */
export function hostileChildMetric(cm: ChildMetric, kind: 'share' | 'per-1000' | 'count'): ChildMetric {
  return {
    ...cm,
    values: cm.values.map((row, i) => {
      const v = row.value;
      const name = hostileName(ROOT_CHILD_FAULTS[i], row.name);
      if ('suppressed' in v) return { ...row, name };
      if (i === 0)
        return { ...row, name, value: { ...v, numerator: v.numerator * 10, denominator: v.denominator * 10 } };
      if (ROOT_CHILD_FAULTS[i] === 'impossible-value') {
        if (kind === 'share') {
          const numerator = v.denominator * 2 + 1;
          return { ...row, name, value: { numerator, denominator: v.denominator, value: numerator / v.denominator } };
        }
        return { ...row, name, value: { ...v, value: (v.value ?? 0) + 1000 } };
      }
      return { ...row, name };
    }),
  };
}

/** An ethnic code that GB/T 3304 does not have. */
export function unknownEthnicCode(e: Ethnic): unknown {
  if ('suppressed' in e.breakdown) return e;
  return { ...e, breakdown: { ...e.breakdown, groups: [...e.breakdown.groups, { code: '99', count: 12 }] } };
}

/** More resolved than registered. */
export function impossibleDisputes(d: Disputes): unknown {
  const registered = d.resolutionRate.denominator;
  return {
    ...d,
    resolutionRate: {
      numerator: registered + 7,
      denominator: registered,
      value: registered ? (registered + 7) / registered : null,
    },
  };
}
