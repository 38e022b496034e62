// Relative, type-only imports: this module is shared by the browser client, the mock API and
// the Node server, so it must not depend on path aliases, the DOM, React or Vite.
import type { Rate, Suppressed, SuppressibleCount, SuppressibleRate, SuppressionReason } from '../api/common';

/**
 * The privacy rule for ethnic data: the one statement of it, used by the client (as a defence in
 * depth), the mock API and the server. docs/indicators.md ("Privacy rule") explains it.
 *
 * 1. small-unit: a unit with fewer than MIN_UNIT_RESIDENTS (50) residents publishes no ethnic
 *    breakdown and no minority count or share.
 * 2. small-count: a count of 1–MAX_SMALL_COUNT (1–4) is never shown ("<5"); 0 is shown as 0.
 * 3. complementary: every published total is a linear equation over its cells. For each equation
 *    with a hidden cell, at least MIN_HIDDEN_CELLS (2) cells are hidden and together they hold at
 *    least MIN_HIDDEN_SUM (10) people; cells are added greedily, smallest published non-zero first.
 *    The equations of a breakdown are
 *      residents = Σ all groups                     (residents is always published)
 *      minority  = Σ minority groups                (while the minority total is published)
 *      residents = 汉 + minority                     ⇒ 汉 hidden ⇔ minority total hidden.
 *    If the minority equation cannot be satisfied, the minority total (and so 汉) is hidden.
 *    Across a children-metric row (parent's cell = Σ children's cells) the same greedy rule applies
 *    when the parent's cell is published. Hidden cells are listed after the published ones, so
 *    their position leaks no ordering.
 * 4. unreliable: a rate on a denominator under UNRELIABLE_DENOMINATOR (20) is shown with "*" and
 *    the note that it is for reference only.
 * Limitation (as for any per-table rule): consistency across every overlapping table of a real
 * statistics office (a grid's breakdown against its community's row, say) is not proven.
 */
export const MIN_UNIT_RESIDENTS = 50;
export const MAX_SMALL_COUNT = 4;
export const MIN_HIDDEN_CELLS = 2;
export const MIN_HIDDEN_SUM = 10;
export const UNRELIABLE_DENOMINATOR = 20;
/** GB/T 3304 code of 汉族: the majority group, whose count complements the minority total. */
export const HAN_CODE = '01';

// ---- texts (UI language: Simplified Chinese) ----

export const SUPPRESSED_LABEL: Record<SuppressionReason, string> = {
  'small-count': '<5',
  complementary: '不公开',
  'small-unit': '不公开',
};

export const SUPPRESSED_EXPLANATION: Record<SuppressionReason, string> = {
  'small-count': `人数为 1–${MAX_SMALL_COUNT}，按隐私规则显示为 <5`,
  complementary: '为防止由合计反推，按隐私规则一并隐藏',
  'small-unit': `该单位常住人口不足 ${MIN_UNIT_RESIDENTS} 人，不公开民族构成`,
};

/** Appended to an unreliable rate's value. */
export const UNRELIABLE_MARK = '*';
/** A table's remark column, and the core of the texts below. */
export const UNRELIABLE_REMARK = `分母不足 ${UNRELIABLE_DENOMINATOR}，仅供参考`;
/** In brackets after a value in a title or tooltip. */
export const UNRELIABLE_CAVEAT = `（${UNRELIABLE_REMARK}）`;
/** A panel's footnote under rates marked with *. */
export const UNRELIABLE_FOOTNOTE = `${UNRELIABLE_MARK} 分母不足 ${UNRELIABLE_DENOMINATOR}，结果仅供参考`;
/** The note of one region's value on the map and in the ranking. */
export const UNRELIABLE_VALUE_NOTE = `分母不足 ${UNRELIABLE_DENOMINATOR}，数值不稳定，仅供参考`;

/** The map legend's note: how many regions carry the mark. */
export function unreliableRegionsNote(regions: number): string {
  return `${UNRELIABLE_MARK} ${regions} 个区域分母不足 ${UNRELIABLE_DENOMINATOR}，数值仅供参考`;
}

// ---- checks ----

export function isSuppressed(v: unknown): v is Suppressed {
  return typeof v === 'object' && v !== null && (v as { suppressed?: unknown }).suppressed === true;
}

export const suppressed = (reason: SuppressionReason): Suppressed => ({ suppressed: true, reason });

export function isSmallUnit(residents: number): boolean {
  return residents < MIN_UNIT_RESIDENTS;
}

/**
 * Rule 1 covers every ethnic breakdown of a small unit, not only its residents by group: the
 * minority count and share, minority attendances (per category and their share of all
 * attendances) and minority coverage are all withheld as small-unit, on screen, in exports and
 * in the API's answers, with the one text `SUPPRESSED_EXPLANATION['small-unit']`. Where an
 * answer carries no resident count (events), its minority share of residents says it: withheld
 * as small-unit means the unit is small.
 */
export function isSmallUnitShare(share: SuppressibleRate): boolean {
  return isSuppressed(share) && share.reason === 'small-unit';
}

export function isSmallCount(n: number): boolean {
  return n >= 1 && n <= MAX_SMALL_COUNT;
}

/** Whether a rate on this many cases is too few to read on its own. */
export function isUnreliableDenominator(denominator: number): boolean {
  return denominator < UNRELIABLE_DENOMINATOR;
}

export function isUnreliable(rate: Rate): boolean {
  return isUnreliableDenominator(rate.denominator);
}

/** Whether any of the rates carries the unreliable mark (so a panel shows the footnote). */
export function anyUnreliable(rates: readonly SuppressibleRate[]): boolean {
  return rates.some((r) => !isSuppressed(r) && isUnreliable(r));
}

// ---- the client's defence in depth (a server should already have applied the rule) ----

/** A count of 1–4 that a server failed to suppress is withheld here as small-count. */
export function safeCount(c: SuppressibleCount): SuppressibleCount {
  return !isSuppressed(c) && isSmallCount(c) ? suppressed('small-count') : c;
}

/** An ethnic rate (minority share, coverage) whose numerator is 1–4 is withheld as small-count. */
export function safeRate(rate: SuppressibleRate): SuppressibleRate {
  return !isSuppressed(rate) && isSmallCount(rate.numerator) ? suppressed('small-count') : rate;
}

/** A unit's minority share: withheld for a unit under 50 residents, else as `safeRate`. */
export function safeMinorityShare(residents: number, share: SuppressibleRate): SuppressibleRate {
  return isSmallUnit(residents) ? suppressed('small-unit') : safeRate(share);
}

/**
 * Client-side complementary suppression of a breakdown whose cells have passed `safeCount`. With
 * exactly one hidden cell, the residents total and the visible cells would give it away, so the
 * smallest visible minority group is hidden too; 汉族 only when no minority group is left to hide
 * (else residents − 汉族 would give the hidden count away). Mutates and returns `cells`.
 */
export function complementSingleHidden<C extends { code: string; count: SuppressibleCount }>(cells: C[]): C[] {
  if (cells.filter((c) => isSuppressed(c.count)).length !== 1) return cells;
  const shown = cells.filter((c) => !isSuppressed(c.count) && c.count > 0);
  const bySize = (a: C, b: C) => (a.count as number) - (b.count as number);
  const smallest = shown.filter((c) => c.code !== HAN_CODE).sort(bySize)[0] ?? shown.find((c) => c.code === HAN_CODE);
  if (smallest) smallest.count = suppressed('complementary');
  return cells;
}

// ---- the publisher's side: complementary suppression (mock API and server) ----

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

/** Applies rules 2–3 to one unit's ethnic counts (rule 1 is the caller's: see `isSmallUnit`). */
export function protectBreakdown(counts: readonly Cell[], han: string = HAN_CODE): ProtectedBreakdown {
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

/**
 * Suppression across a row of children (parent's cell = Σ children's cells). `ownHidden` are the
 * children already hidden by their own breakdown. When the parent's cell is itself hidden the row
 * is not an equation anyone can solve, so only the children's own reasons apply.
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
