import type { Boundaries, BoundaryFeature, Geometry } from '@/api/boundaries';
import { GEOMETRY_FAULT_TEXT, repairPolygonal, type GeometryFault, type GeometryRepair } from '@/lib/geometry-repair';
import { geometryBox, type LngLatBox } from './geometry';

/**
 * Checks the schema cannot express. Geometry that real GIS data carries (spikes, repeated
 * vertices, self-touching rings, holes touching the shell, slivers) is repaired by the shared
 * src/lib/geometry-repair.ts and drawn; a child is left off the map (and named in a notice)
 * only when it cannot be drawn at all (not finite, < 3 distinct points, no area), belongs to
 * another region, lies outside its parent or has longitude/latitude the wrong way round.
 */
export type GeometryProblemKind = 'not-a-child' | 'swapped' | 'outside-parent' | GeometryFault;

export interface GeometryProblem {
  code: string;
  name: string;
  kind: GeometryProblemKind;
}

export interface CheckedBoundaries {
  /** The features to draw (repaired where needed); the input object itself when none changed. */
  drawable: Boundaries;
  problems: GeometryProblem[];
  /** Features drawn after a repair, with what was repaired (for the console, not the screen). */
  repaired: { code: string; name: string; repairs: GeometryRepair[] }[];
}

/** What each problem is called on screen. */
export const GEOMETRY_PROBLEM_TEXT: Record<GeometryProblemKind, string> = {
  ...GEOMETRY_FAULT_TEXT,
  'not-a-child': '区划代码不属于本区域',
  swapped: '经纬度顺序颠倒',
  'outside-parent': '超出上级区域范围',
};

function within(inner: LngLatBox, outer: LngLatBox, slack: number): boolean {
  return (
    inner[0] >= outer[0] - slack &&
    inner[1] >= outer[1] - slack &&
    inner[2] <= outer[2] + slack &&
    inner[3] <= outer[3] + slack
  );
}

type FeatureCheck =
  { ok: true; geometry: Geometry; repairs: GeometryRepair[] } | { ok: false; kind: GeometryProblemKind };

/** One feature's geometry, repaired, or its problem. `parentBox`: the parent region's bbox, when known. */
export function checkFeature(f: BoundaryFeature, parentCode: string, parentBox: LngLatBox | null): FeatureCheck {
  if (!f.properties.code.startsWith(parentCode) || f.properties.code === parentCode) {
    return { ok: false, kind: 'not-a-child' };
  }
  let geometry: Geometry = f.geometry;
  let repairs: GeometryRepair[] = [];
  if (geometry.type === 'Point') {
    if (!geometry.coordinates.every(Number.isFinite)) return { ok: false, kind: 'not-finite' };
  } else {
    const repaired = repairPolygonal(geometry);
    if (!repaired.ok) return { ok: false, kind: repaired.fault };
    if (repaired.repairs.length > 0) ({ geometry, repairs } = repaired);
  }
  const box = geometryBox(geometry);
  if (parentBox && box) {
    // Shared edges may be rounded differently from the parent's bbox: allow 1 % of its size.
    const slack = Math.max(parentBox[2] - parentBox[0], parentBox[3] - parentBox[1]) * 0.01 + 1e-9;
    if (!within(box, parentBox, slack)) {
      const swappedBox: LngLatBox = [box[1], box[0], box[3], box[2]];
      return { ok: false, kind: within(swappedBox, parentBox, slack) ? 'swapped' : 'outside-parent' };
    }
  }
  return { ok: true, geometry, repairs };
}

/** Splits a region's children into those safe to draw (repaired) and those with a named problem. */
export function checkBoundaries(fc: Boundaries, parentBox: LngLatBox | null): CheckedBoundaries {
  const problems: GeometryProblem[] = [];
  const repaired: CheckedBoundaries['repaired'] = [];
  const ok: BoundaryFeature[] = [];
  for (const f of fc.features) {
    const { code, name } = f.properties;
    const r = checkFeature(f, fc.parent, parentBox);
    if (!r.ok) problems.push({ code, name, kind: r.kind });
    else if (r.repairs.length === 0) ok.push(f);
    else {
      ok.push({ ...f, geometry: r.geometry });
      repaired.push({ code, name, repairs: r.repairs });
    }
  }
  const unchanged = problems.length === 0 && repaired.length === 0;
  return { drawable: unchanged ? fc : { ...fc, features: ok }, problems, repaired };
}

/** One line for the map's notice, e.g. "2 个区域的边界数据有误，未绘制：团结镇（坐标不是有效数字）、…". */
export function describeGeometryProblems(problems: readonly GeometryProblem[], max = 6): string {
  const named = problems.slice(0, max).map((p) => `${p.name}（${GEOMETRY_PROBLEM_TEXT[p.kind]}）`);
  const more = problems.length > max ? ` 等` : '';
  return `${problems.length} 个区域的边界数据有误，未绘制：${named.join('、')}${more}`;
}
