import type { Boundaries, BoundaryFeature, Geometry } from '@/api/boundaries';
import type { Level } from '@/api/common';
import { LEVELS } from '@/api/common';
import type { Region, RegionRef } from '@/api/region';
import { ApiError } from '../api-error';
import type { Building } from '../generator/buildings';
import { generateBuildings } from '../generator/buildings';
import type { Ring } from '../generator/clip';
import { ringsBBox } from '../generator/clip';
import type { Dataset } from '../generator/dataset';
import type { RegionNode } from '../generator/tree-types';

const CODE_PATTERN = /^(\d{6}|\d{9}|\d{12}|\d{15}|\d{20})$/;

/** A region or a building, found by code; 400 for a malformed code, 404 for an unknown one. */
export type Located = { kind: 'region'; node: RegionNode } | { kind: 'building'; grid: RegionNode; building: Building };

export function locate(ds: Dataset, code: string): Located {
  if (!CODE_PATTERN.test(code))
    throw new ApiError(400, 'bad-code', `区划代码“${code}”格式不正确，应为 6、9、12、15 或 20 位数字`);
  const node = ds.node(code);
  if (node) return { kind: 'region', node };
  if (code.length === 20) {
    const grid = ds.node(code.slice(0, 15));
    const building = grid ? buildingsOf(ds, grid).find((b) => b.code === code) : undefined;
    if (grid && building) return { kind: 'building', grid, building };
  }
  throw new ApiError(404, 'not-found', `未找到区划代码为“${code}”的区域`);
}

/** A region with statistics (not a building); buildings carry no indicators. */
export function locateRegion(ds: Dataset, code: string): RegionNode {
  const found = locate(ds, code);
  if (found.kind === 'building')
    throw new ApiError(404, 'no-statistics', `楼栋“${found.building.name}”不单独提供统计数据`);
  return found.node;
}

const buildingCache = new WeakMap<Dataset, Map<string, Building[]>>();

export function buildingsOf(ds: Dataset, grid: RegionNode): Building[] {
  let map = buildingCache.get(ds);
  if (!map) buildingCache.set(ds, (map = new Map()));
  const hit = map.get(grid.code);
  if (hit) return hit;
  const special = ds.tree.grids[grid.gridStart]?.traits.special === 'relocation' ? 11 : undefined;
  const list = generateBuildings(ds.seed, grid, ds.geometry(grid), special);
  if (map.size > 5000) map.clear();
  map.set(grid.code, list);
  return list;
}

function ref(node: RegionNode): RegionRef {
  return { code: node.code, name: node.name, level: node.level };
}

function ancestors(node: RegionNode | null): RegionRef[] {
  const out: RegionRef[] = [];
  for (let n = node; n; n = n.parent) out.unshift(ref(n));
  return out;
}

function geometryBBox(g: Geometry): [number, number, number, number] {
  if (g.type === 'Point') return [g.coordinates[0], g.coordinates[1], g.coordinates[0], g.coordinates[1]];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  return ringsBBox(rings as Ring[]);
}

export function buildRegion(ds: Dataset, code: string): Region {
  const found = locate(ds, code);
  if (found.kind === 'building') {
    const b = found.building;
    return {
      code: b.code,
      name: b.name,
      level: 'building',
      ancestors: ancestors(found.grid),
      children: [],
      bbox: geometryBBox(b.geometry),
    };
  }
  const node = found.node;
  const children: RegionRef[] =
    node.level === 'grid'
      ? buildingsOf(ds, node).map((b) => ({ code: b.code, name: b.name, level: 'building' }))
      : node.children.map(ref);
  return {
    code: node.code,
    name: node.name,
    level: node.level,
    ancestors: ancestors(node.parent),
    children,
    bbox: ringsBBox(ds.geometry(node)),
  };
}

export function toGeometry(rings: readonly Ring[]): Geometry {
  if (rings.length === 1) return { type: 'Polygon', coordinates: [rings[0] as Ring] };
  return { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) };
}

function feature(code: string, name: string, level: Level, geometry: Geometry): BoundaryFeature {
  return { type: 'Feature', id: code, geometry, properties: { code, name, level } };
}

/** The children's boundaries, or with `level` every descendant at that level. */
export function buildBoundaries(ds: Dataset, code: string, level: string | null): Boundaries {
  const node = locateRegion(ds, code);
  if (level !== null && level !== '') {
    const depth = LEVELS.indexOf(level as Level);
    if (depth < 0 || level === 'building' || depth < LEVELS.indexOf(node.level)) {
      throw new ApiError(400, 'bad-level', `参数 level=“${level}”无效，应为不高于当前区域的 town、community 或 grid`);
    }
    const features: BoundaryFeature[] = [];
    const visit = (n: RegionNode): void => {
      if (n.level === level) features.push(feature(n.code, n.name, n.level, toGeometry(ds.geometry(n))));
      else n.children.forEach(visit);
    };
    visit(node);
    return { type: 'FeatureCollection', parent: node.code, features };
  }
  if (node.level === 'grid') {
    return {
      type: 'FeatureCollection',
      parent: node.code,
      features: buildingsOf(ds, node).map((b) => feature(b.code, b.name, 'building', b.geometry)),
    };
  }
  const pieces = ds.childGeometries(node);
  return {
    type: 'FeatureCollection',
    parent: node.code,
    features: node.children.map((c, i) => feature(c.code, c.name, c.level, toGeometry(pieces[i] ?? []))),
  };
}
