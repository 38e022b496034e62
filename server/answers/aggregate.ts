import type { RowLayout } from './layout';

/**
 * A region's record over a window of `months` region-month rows: flows summed over the months,
 * stocks at the last month (docs/api.md "Periods"). Region rows are sums of grid rows, so this
 * adds up across levels by construction. `lastWeight` < 1 pro-rates the last month's flows to
 * the days the window counts of it (PeriodWindow.lastWeight; `prorated`).
 */
export function periodTotals(
  layout: RowLayout,
  rows: ArrayLike<number> | undefined,
  months: number,
  lastWeight = 1,
): Float64Array {
  const { ROW, STOCK } = layout;
  const out = new Float64Array(ROW);
  if (!rows) return out;
  const last = (months - 1) * ROW;
  const end =
    lastWeight === 1 ? null : prorated(layout, Array.prototype.slice.call(rows, last, last + ROW), lastWeight);
  for (let f = 0; f < ROW; f++) {
    if (STOCK.has(f)) out[f] = rows[last + f] ?? 0;
    else {
      let s = 0;
      for (let m = 0; m < months - 1; m++) s += rows[m * ROW + f] ?? 0;
      out[f] = s + (end ? (end[f] ?? 0) : (rows[last + f] ?? 0));
    }
  }
  return out;
}

/** The flow blocks of a row whose cells add up to one total (a category block, or one field). */
function flowBlocks(layout: RowLayout): [number, number][] {
  const { F, sizes } = layout;
  const one = (at: number): [number, number] => [at, 1];
  return [
    [F.placements, 3],
    [F.trainingSessions, sizes.trainingCourses],
    [F.trainees, sizes.trainingCourses],
    one(F.zeroIdentified),
    one(F.zeroCleared),
    one(F.jobFairs),
    one(F.jobFairCompanies),
    one(F.jobFairPosts),
    [F.events, sizes.eventCategories],
    [F.attendances, sizes.eventCategories],
    [F.minorityAttendances, sizes.eventCategories],
    one(F.minorityReached),
    [F.disputesRegistered, sizes.disputeCategories],
    [F.disputesResolved, sizes.disputeCategories],
    [F.resolvedByLevel, 4],
    one(F.escalated),
    one(F.petitions),
    [F.daysHistogram, sizes.daysBins],
  ];
}

/**
 * One month's row with its flows pro-rated by `weight` (the share of its days a window counts)
 * in whole numbers. Each block's total is the rounded weighted total, apportioned to its cells
 * by largest remainder, so blocks that count the same things still agree (resolved by level,
 * by category and by days to resolve), and no rate's numerator passes its denominator; a part
 * never exceeds its whole cell by cell (minority ≤ all attendances, resolved ≤ registered).
 * Stocks are left as they are.
 */
export function prorated(layout: RowLayout, row: readonly number[], weight: number): number[] {
  const out = row.slice();
  for (const [at, n] of flowBlocks(layout)) {
    const cells = row.slice(at, at + n).map((c) => c * weight);
    const target = Math.round(cells.reduce((a, b) => a + b, 0));
    const whole = cells.map(Math.floor);
    let rest = target - whole.reduce((a, b) => a + b, 0);
    const order = cells.map((c, i) => ({ i, frac: c - Math.floor(c) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
    for (const { i } of order) {
      if (rest <= 0) break;
      whole[i] = (whole[i] ?? 0) + 1;
      rest--;
    }
    whole.forEach((v, k) => (out[at + k] = v));
  }
  const { F, sizes } = layout;
  const capAt = (part: number, of: number, n: number) => {
    for (let k = 0; k < n; k++) out[part + k] = Math.min(out[part + k] ?? 0, out[of + k] ?? 0);
  };
  capAt(F.minorityAttendances, F.attendances, sizes.eventCategories);
  capAt(F.disputesResolved, F.disputesRegistered, sizes.disputeCategories);
  return out;
}

/** Sum of `n` consecutive fields. */
export function sumFields(values: ArrayLike<number>, start: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += values[start + i] ?? 0;
  return s;
}

/** Resolved disputes (all levels). */
export function resolvedTotal(layout: RowLayout, values: ArrayLike<number>): number {
  return sumFields(values, layout.F.resolvedByLevel, 4);
}

/**
 * Distinct minority residents who attended at least once over the window. Each month's count
 * of distinct people is known, not who they were; the months are combined as independent draws
 * from the region's minority residents: reached = minority × (1 − Π(1 − rₘ / minority)). One
 * month gives back rₘ exactly.
 */
export function minorityReached(
  layout: RowLayout,
  rows: ArrayLike<number> | undefined,
  months: number,
  minority: number,
  /** Weight of the last month (PeriodWindow.lastWeight). */
  lastWeight = 1,
): number {
  if (!rows || minority <= 0) return 0;
  let missed = 1;
  for (let m = 0; m < months; m++) {
    const month = rows[m * layout.ROW + layout.F.minorityReached] ?? 0;
    const r = m === months - 1 && lastWeight !== 1 ? Math.round(month * lastWeight) : month;
    missed *= 1 - Math.min(1, r / minority);
  }
  return Math.min(minority, Math.round(minority * (1 - missed)));
}
