import type { RowLayout } from './layout';

/**
 * A region's record over a window of `months` region-month rows: flows summed over the months,
 * stocks at the last month (docs/api.md "Periods"). Region rows are sums of grid rows, so this
 * adds up across levels by construction.
 */
export function periodTotals(layout: RowLayout, rows: ArrayLike<number> | undefined, months: number): Float64Array {
  const { ROW, STOCK } = layout;
  const out = new Float64Array(ROW);
  if (!rows) return out;
  const last = (months - 1) * ROW;
  for (let f = 0; f < ROW; f++) {
    if (STOCK.has(f)) out[f] = rows[last + f] ?? 0;
    else {
      let s = 0;
      for (let m = 0; m < months; m++) s += rows[m * ROW + f] ?? 0;
      out[f] = s;
    }
  }
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
): number {
  if (!rows || minority <= 0) return 0;
  let missed = 1;
  for (let m = 0; m < months; m++) {
    const r = rows[m * layout.ROW + layout.F.minorityReached] ?? 0;
    missed *= 1 - Math.min(1, r / minority);
  }
  return Math.min(minority, Math.round(minority * (1 - missed)));
}
