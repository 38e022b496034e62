import type { Kysely } from 'kysely';
import type { Level } from '@/api/common';
import type { BBox, RegionRef } from '@/api/region';
import type { GridParent, RegionFacts } from '../answers/facts-source';
import type { Schema } from '../db/schema';

interface Node {
  ref: RegionRef;
  parent: Node | null;
  children: Node[];
  bbox: BBox;
  grids: number;
}

/** The region tree with each region's bbox, in memory (a province: ~60,000 regions, a few MB). */
export interface RegionTree {
  root: RegionRef | null;
  gridCount: number;
  region(code: string): RegionFacts | null;
  gridParents(code: string): GridParent[];
}

const WORLD: BBox = [-180, -90, 180, 90];

export async function loadRegionTree(db: Kysely<Schema>): Promise<RegionTree> {
  const [regions, boxes] = await Promise.all([
    db.selectFrom('region').select(['code', 'name', 'short_name', 'level', 'parent_code']).orderBy('code').execute(),
    db.selectFrom('boundary').select(['region_code', 'west', 'south', 'east', 'north']).execute(),
  ]);
  const bbox = new Map(boxes.map((b) => [b.region_code, [b.west, b.south, b.east, b.north] as BBox]));
  const byCode = new Map<string, Node>();
  for (const r of regions) {
    byCode.set(r.code, {
      // The display name travels only where it differs from the official one (docs/api.md).
      ref: {
        code: r.code,
        name: r.name,
        ...(r.short_name !== r.name ? { shortName: r.short_name } : {}),
        level: r.level as Level,
      },
      parent: null,
      children: [],
      bbox: bbox.get(r.code) ?? WORLD,
      grids: r.level === 'grid' ? 1 : 0,
    });
  }
  let root: Node | null = null;
  // Ordered by code: a parent's children arrive in code order.
  for (const r of regions) {
    const node = byCode.get(r.code);
    if (!node) continue;
    const parent = r.parent_code ? byCode.get(r.parent_code) : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else if (!root || node.ref.code.length < root.ref.code.length) root = node;
  }
  let gridCount = 0;
  for (const node of byCode.values()) {
    if (node.ref.level !== 'grid') continue;
    gridCount++;
    for (let p = node.parent; p; p = p.parent) p.grids++;
  }
  const ancestors = (node: Node): RegionRef[] => {
    const out: RegionRef[] = [];
    for (let p = node.parent; p; p = p.parent) out.unshift(p.ref);
    return out;
  };
  return {
    root: root?.ref ?? null,
    gridCount,
    region(code) {
      const node = byCode.get(code);
      if (!node) return null;
      return {
        ...node.ref,
        ancestors: ancestors(node),
        children: node.children.map((c) => c.ref),
        bbox: node.bbox,
        grids: node.grids,
      };
    },
    gridParents(code) {
      const out: GridParent[] = [];
      const visit = (n: Node): void => {
        if (n.children[0]?.ref.level === 'grid') out.push({ parent: n.ref, grids: n.children.map((c) => c.ref) });
        else if (n.ref.level !== 'grid') n.children.forEach(visit);
      };
      const node = byCode.get(code);
      if (node) visit(node);
      return out;
    },
  };
}
