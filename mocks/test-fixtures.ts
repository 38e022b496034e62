import type { Dataset } from './generator/dataset';
import { getDataset } from './generator/dataset';
import type { RegionNode } from './generator/tree-types';
import { MIN_UNIT_RESIDENTS } from '@/lib/privacy';

/** Fixed date so tests do not depend on today. */
export const AS_OF = '2026-11-22T00:00:00Z';
export const SEED = 7;

export function county(): Dataset {
  return getDataset({ size: 'county', seed: SEED, asOf: AS_OF });
}

/** Every region of the tree, depth-first. */
export function allRegions(root: RegionNode): RegionNode[] {
  const out: RegionNode[] = [];
  const visit = (n: RegionNode): void => {
    out.push(n);
    n.children.forEach(visit);
  };
  visit(root);
  return out;
}

/** The root, the first and last town, a community and grid in each, and a tiny grid. */
export function sampleRegions(ds: Dataset): RegionNode[] {
  const towns = ds.root.children;
  const picks = [ds.root, towns[0], towns[towns.length - 1]];
  for (const t of [towns[0], towns[towns.length - 1]]) {
    const c = t?.children[t.children.length - 1];
    picks.push(c, c?.children[0]);
  }
  // A grid too small to publish, so the sample covers the privacy rule's withheld answers.
  picks.push(ds.tree.grids.find((g) => g.residents < MIN_UNIT_RESIDENTS)?.node);
  return picks.filter((n): n is RegionNode => n !== undefined);
}
