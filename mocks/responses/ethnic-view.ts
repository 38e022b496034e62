import type { Dataset } from '../generator/dataset';
import { DATASET_GROUPS, HAN } from '../generator/ethnic-groups';
import type { RegionNode } from '../generator/tree-types';
import type { Cell, ProtectedBreakdown } from '@/lib/privacy';
import { isSmallUnit, protectBreakdown } from '@/lib/privacy';

/** A region's ethnic counts with the privacy rule applied (null breakdown: small unit). */
export interface EthnicView {
  residents: number;
  /** True counts by group code (server side only). */
  cells: Cell[];
  minority: number;
  breakdown: ProtectedBreakdown | null;
}

const cache = new WeakMap<Dataset, Map<RegionNode, EthnicView>>();

export function ethnicView(ds: Dataset, node: RegionNode): EthnicView {
  let map = cache.get(ds);
  if (!map) cache.set(ds, (map = new Map()));
  const hit = map.get(node);
  if (hit) return hit;
  const counts = ds.ethnic(node);
  const cells = DATASET_GROUPS.map((code, i) => ({ key: code, count: counts[i] ?? 0 }));
  const residents = cells.reduce((s, c) => s + c.count, 0);
  const minority = residents - (cells.find((c) => c.key === HAN)?.count ?? 0);
  const view: EthnicView = {
    residents,
    cells,
    minority,
    breakdown: isSmallUnit(residents) ? null : protectBreakdown(cells, HAN),
  };
  map.set(node, view);
  return view;
}

/** Whether the region's minority total is withheld (small unit, small count or complementary). */
export function minorityWithheld(view: EthnicView): 'small-unit' | 'small-count' | 'complementary' | null {
  if (!view.breakdown) return 'small-unit';
  const m = view.breakdown.minority;
  return typeof m === 'number' ? null : m.reason;
}
