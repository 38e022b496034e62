import type { Suppressed, SuppressionReason, SuppressibleCount } from '@/api/common';

/**
 * The privacy rule for ethnic data (BRIEF "Privacy rule", docs/api.md), applied server-side.
 *
 * 1. small-unit: a unit with fewer than SMALL_UNIT (50) residents publishes no breakdown and no
 *    minority count or share.
 * 2. small-count: a group count of 1–4 is hidden; so is a minority total of 1–4.
 * 3. complementary: every published total is a linear equation over its cells. For each
 *    equation that has any hidden cell, at least MIN_HIDDEN_CELLS (2) cells are hidden and the
 *    hidden cells together hold at least MIN_HIDDEN_SUM (10) people; cells are added greedily,
 *    smallest published non-zero cell first. The equations of a breakdown are
 *      residents = Σ all groups                     (residents is always published)
 *      minority  = Σ minority groups                (while the minority total is published)
 *      residents = 汉 + minority                     ⇒ 汉 hidden ⇔ minority total hidden.
 *    If the minority equation cannot be satisfied, the minority total (and so 汉) is hidden.
 *    Across a children-metric row (parent's cell = Σ children's cells) the same greedy rule
 *    applies when the parent's cell is published.
 * Hidden cells are listed after the published ones, so their position leaks no ordering.
 * Limitation (as for any per-table rule): consistency across every overlapping table of a
 * real statistics office (e.g. a grid's breakdown against its community's row) is not proven.
 */
export const SMALL_UNIT = 50;
export const MIN_PUBLISHED = 5;
export const MIN_HIDDEN_CELLS = 2;
export const MIN_HIDDEN_SUM = 10;

export const suppressed = (reason: SuppressionReason): Suppressed => ({ suppressed: true, reason });

export function isSmallCount(n: number): boolean {
  return n >= 1 && n < MIN_PUBLISHED;
}

export interface Cell {
  key: string;
  count: number;
}

/**
 * Greedy complementary suppression on one equation (published total = Σ cells).
 * Mutates `hidden`; returns false when the cells run out before the rule holds.
 */
export function protectEquation(cells: readonly Cell[], hidden: Map<string, SuppressionReason>): boolean {
  const inEquation = cells.filter((c) => hidden.has(c.key));
  if (inEquation.length === 0) return true;
  let count = inEquation.length;
  let sum = inEquation.reduce((s, c) => s + c.count, 0);
  const candidates = cells
    .filter((c) => !hidden.has(c.key) && c.count > 0)
    .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key));
  for (const c of candidates) {
    if (count >= MIN_HIDDEN_CELLS && sum >= MIN_HIDDEN_SUM) break;
    hidden.set(c.key, 'complementary');
    count++;
    sum += c.count;
  }
  return count >= MIN_HIDDEN_CELLS && sum >= MIN_HIDDEN_SUM;
}

export interface ProtectedBreakdown {
  /** Published groups (largest first) then hidden ones (by code). Groups with 0 are omitted. */
  groups: { code: string; count: SuppressibleCount }[];
  minority: SuppressibleCount;
  /** Why each hidden group is hidden. */
  hidden: Map<string, SuppressionReason>;
}

/**
 * Applies rules 2–3 to one unit's ethnic counts (rule 1 is the caller's: see `isSmallUnit`).
 * `han` is the code of 汉族 ("01").
 */
export function protectBreakdown(counts: readonly Cell[], han: string): ProtectedBreakdown {
  const present = counts.filter((c) => c.count > 0);
  const hanCount = present.find((c) => c.key === han)?.count ?? 0;
  const minorityCells = present.filter((c) => c.key !== han);
  const minorityTotal = minorityCells.reduce((s, c) => s + c.count, 0);
  const hidden = new Map<string, SuppressionReason>();
  for (const c of present) if (isSmallCount(c.count)) hidden.set(c.key, 'small-count');
  let minorityHidden: SuppressionReason | null = isSmallCount(minorityTotal) ? 'small-count' : null;
  for (let guard = 0; guard < present.length + 3; guard++) {
    const before = hidden.size + (minorityHidden ? 1 : 0);
    if (hidden.has(han) && !minorityHidden) minorityHidden = 'complementary';
    if (minorityHidden && hanCount > 0 && !hidden.has(han)) hidden.set(han, 'complementary');
    if (!minorityHidden && !protectEquation(minorityCells, hidden)) minorityHidden = 'complementary';
    protectEquation(present, hidden);
    if (hidden.size + (minorityHidden ? 1 : 0) === before) break;
  }
  const published = present
    .filter((c) => !hidden.has(c.key))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const withheld = present.filter((c) => hidden.has(c.key)).sort((a, b) => a.key.localeCompare(b.key));
  return {
    groups: [
      ...published.map((c) => ({ code: c.key, count: c.count })),
      ...withheld.map((c) => ({ code: c.key, count: suppressed(hidden.get(c.key) ?? 'complementary') })),
    ],
    minority: minorityHidden ? suppressed(minorityHidden) : minorityTotal,
    hidden,
  };
}

export function isSmallUnit(residents: number): boolean {
  return residents < SMALL_UNIT;
}

/**
 * Suppression across a row of children (parent's cell = Σ children's cells). `ownHidden` are
 * the children already hidden by their own breakdown. When the parent's cell is itself hidden
 * the row is not an equation anyone can solve, so only the children's own reasons apply.
 */
export function protectChildrenRow(
  cells: readonly Cell[],
  ownHidden: ReadonlyMap<string, SuppressionReason>,
  parentPublished: boolean,
): Map<string, SuppressionReason> {
  const hidden = new Map(ownHidden);
  if (parentPublished) {
    // A child hidden with a true 0 still counts as a hidden cell; the sum rule needs people.
    if (!protectEquation(cells, hidden))
      for (const c of cells) if (!hidden.has(c.key)) hidden.set(c.key, 'complementary');
  }
  return hidden;
}
