import type { BoundaryFeature, Geometry } from '@/api/boundaries';
import type { Level } from '@/api/common';
import type { RegionRef } from '@/api/region';
import type { DatasetFacts, FactsSource, GridParent, RegionFacts } from '../server/answers/facts-source';
import type { Building } from './generator/buildings';
import { generateBuildings } from './generator/buildings';
import {
  DAYS_BIN_UPPER,
  DISPUTE_CATEGORIES,
  EVENT_CATEGORIES,
  TRAINING_COURSES,
  WELFARE_POST_TYPES,
} from './generator/categories';
import type { Ring } from './generator/clip';
import { ringsBBox } from './generator/clip';
import type { Dataset } from './generator/dataset';
import { DATASET_GROUPS, ethnicName } from './generator/ethnic-groups';
import { ROW } from './generator/fields';
import { monthLabel, parseMonth } from './generator/months';
import type { RegionNode } from './generator/tree-types';

/**
 * The generator as a facts source (server/answers/facts-source.ts): the demo county (or the
 * bench's prefecture and province) answered from memory. Rows are the generator's own
 * (mocks/generator/fields.ts lays them out as the answer layer expects); nothing is copied.
 */
const DATASET_NAMES = {
  county: '石榴县网格化服务管理数据（演示）',
  prefecture: '石榴县网格化服务管理数据（演示·地州规模）',
  province: '石榴县网格化服务管理数据（演示·全省规模）',
} as const;

const ref = (node: RegionNode): RegionRef => ({ code: node.code, name: node.name, level: node.level });

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

export function toGeometry(rings: readonly Ring[]): Geometry {
  if (rings.length === 1) return { type: 'Polygon', coordinates: [rings[0] as Ring] };
  return { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) };
}

function feature(code: string, name: string, level: Level, geometry: Geometry): BoundaryFeature {
  return { type: 'Feature', id: code, geometry, properties: { code, name, level } };
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

/** The generated data set's description (what meta answers). */
export function datasetFacts(ds: Dataset): DatasetFacts {
  return {
    datasetName: DATASET_NAMES[ds.size],
    demo: true,
    lastUpdated: ds.lastUpdated,
    rootCode: ds.root.code,
    firstMonth: monthLabel(ds.firstMonth),
    lastMonth: monthLabel(ds.lastMonth),
    lastMonthDays: ds.lastMonthDays,
    ethnicGroups: DATASET_GROUPS.map((code) => ({ code, name: ethnicName(code) ?? code })),
    eventCategories: EVENT_CATEGORIES,
    disputeCategories: DISPUTE_CATEGORIES,
    welfarePostTypes: WELFARE_POST_TYPES,
    trainingCourses: TRAINING_COURSES,
    daysToResolveBins: DAYS_BIN_UPPER,
    resolutionTarget: 0.95,
    gridCount: ds.tree.grids.length,
  };
}

function regionFacts(ds: Dataset, code: string): RegionFacts | null {
  const node = ds.node(code);
  if (node) {
    const children: RegionRef[] =
      node.level === 'grid'
        ? buildingsOf(ds, node).map((b) => ({ code: b.code, name: b.name, level: 'building' }))
        : node.children.map(ref);
    return {
      ...ref(node),
      ancestors: ancestors(node.parent),
      children,
      bbox: ringsBBox(ds.geometry(node)),
      grids: node.gridEnd - node.gridStart,
    };
  }
  if (code.length !== 20) return null;
  const grid = ds.node(code.slice(0, 15));
  const b = grid ? buildingsOf(ds, grid).find((x) => x.code === code) : undefined;
  if (!grid || !b) return null;
  return {
    code: b.code,
    name: b.name,
    level: 'building',
    ancestors: ancestors(grid),
    children: [],
    bbox: geometryBBox(b.geometry),
    grids: 0,
  };
}

function boundaries(ds: Dataset, node: RegionNode, level: Level | null): BoundaryFeature[] {
  if (level !== null) {
    const features: BoundaryFeature[] = [];
    const visit = (n: RegionNode): void => {
      if (n.level === level) features.push(feature(n.code, n.name, n.level, toGeometry(ds.geometry(n))));
      else n.children.forEach(visit);
    };
    visit(node);
    return features;
  }
  if (node.level === 'grid') return buildingsOf(ds, node).map((b) => feature(b.code, b.name, 'building', b.geometry));
  const pieces = ds.childGeometries(node);
  return node.children.map((c, i) => feature(c.code, c.name, c.level, toGeometry(pieces[i] ?? [])));
}

function gridParents(node: RegionNode): GridParent[] {
  const out: GridParent[] = [];
  const visit = (n: RegionNode): void => {
    if (n.children[0]?.level === 'grid') out.push({ parent: ref(n), grids: n.children.map(ref) });
    else if (n.level !== 'grid') n.children.forEach(visit);
  };
  visit(node);
  return out;
}

/** A facts source over one generated data set (`dataset` is called on every read: it may change daily). */
export function generatorFacts(dataset: () => Dataset): FactsSource {
  const index = (ds: Dataset, month: string): number => (parseMonth(month) ?? ds.firstMonth) - ds.firstMonth;
  const facts = new WeakMap<Dataset, DatasetFacts>();
  return {
    dataset: async () => {
      const ds = dataset();
      let f = facts.get(ds);
      if (!f) facts.set(ds, (f = datasetFacts(ds)));
      return f;
    },
    region: async (code) => regionFacts(dataset(), code),
    gridParents: async (code) => {
      const node = dataset().node(code);
      return node ? gridParents(node) : [];
    },
    boundaries: async (code, level) => {
      const ds = dataset();
      const node = ds.node(code);
      return node ? boundaries(ds, node, level) : [];
    },
    rows: async (codes, from, to) => {
      const ds = dataset();
      const start = index(ds, from);
      const end = index(ds, to);
      const out = new Map<string, ArrayLike<number>>();
      for (const code of codes) {
        const node = ds.node(code);
        if (node) out.set(code, ds.rows(node).subarray(start * ROW, (end + 1) * ROW));
      }
      return out;
    },
    ethnic: async (codes) => {
      const ds = dataset();
      const out = new Map<string, ArrayLike<number>>();
      for (const code of codes) {
        const node = ds.node(code);
        if (node) out.set(code, ds.ethnic(node));
      }
      return out;
    },
    // The generator's residents do not change from month to month.
    ethnicSeries: async (code, from, to) => {
      const ds = dataset();
      const node = ds.node(code);
      const out = new Map<string, ArrayLike<number>>();
      if (!node) return out;
      for (let i = index(ds, from); i <= index(ds, to); i++) out.set(monthLabel(ds.firstMonth + i), ds.ethnic(node));
      return out;
    },
  };
}
