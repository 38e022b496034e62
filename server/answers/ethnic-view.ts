import type { SuppressionReason } from '@/api/common';
import type { Cell, ProtectedBreakdown } from '@/lib/privacy';
import { HAN_CODE as HAN, isSmallUnit, protectBreakdown } from '@/lib/privacy';

/** A region's ethnic counts with the privacy rule applied (null breakdown: small unit). */
export interface EthnicView {
  residents: number;
  /** True counts by group code (server side only, never sent). */
  cells: Cell[];
  minority: number;
  breakdown: ProtectedBreakdown | null;
}

/** Applies the privacy rule to one region's counts (indexed like DatasetFacts.ethnicGroups). */
export function ethnicView(groupCodes: readonly string[], counts: ArrayLike<number> | undefined): EthnicView {
  const cells = groupCodes.map((code, i) => ({ key: code, count: counts?.[i] ?? 0 }));
  const residents = cells.reduce((s, c) => s + c.count, 0);
  const minority = residents - (cells.find((c) => c.key === HAN)?.count ?? 0);
  return { residents, cells, minority, breakdown: isSmallUnit(residents) ? null : protectBreakdown(cells, HAN) };
}

/** Whether the region's minority total is withheld (small unit, small count or complementary). */
export function minorityWithheld(view: EthnicView): SuppressionReason | null {
  if (!view.breakdown) return 'small-unit';
  const m = view.breakdown.minority;
  return typeof m === 'number' ? null : m.reason;
}
