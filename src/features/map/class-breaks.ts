/**
 * Class breaks for the choropleth, as pure functions over plain numbers.
 *
 * A classification is a strictly increasing list of class upper bounds whose last entry is the
 * largest value; class i holds the values v with uppers[i-1] < v <= uppers[i]. Every bound is a
 * value from the data, so ties never straddle two classes and the legend can show each class's
 * actual lowest and highest value. Ties, few values and all-equal data simply yield fewer
 * classes than asked for; empty data yields none.
 */

/** How values are cut into classes: equal counts (分位数) or Fisher–Jenks natural breaks (自然断点). */
export type ClassMethod = 'quantile' | 'jenks';

export const DEFAULT_CLASS_COUNT = 5;

/**
 * Above this many distinct values Jenks runs on an evenly ranked sample (its cost grows with
 * the square of the count); the breaks are still data values.
 */
const JENKS_MAX_DISTINCT = 1000;

/** One class as the legend shows it: the lowest and highest value in it and how many there are. */
export interface ClassBin {
  lower: number;
  upper: number;
  count: number;
}

function sortedFinite(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Distinct values of an ascending array with how often each occurs. */
function distinctWithCounts(sorted: readonly number[]): { xs: number[]; ws: number[] } {
  const xs: number[] = [];
  const ws: number[] = [];
  for (const v of sorted) {
    if (xs.length > 0 && xs[xs.length - 1] === v) ws[ws.length - 1]! += 1;
    else {
      xs.push(v);
      ws.push(1);
    }
  }
  return { xs, ws };
}

/** Equal-count classes: class i takes the values ranked i·n/k … (i+1)·n/k. */
export function quantileBreaks(values: readonly number[], k = DEFAULT_CLASS_COUNT): number[] {
  const xs = sortedFinite(values);
  const n = xs.length;
  if (n === 0 || k < 1) return [];
  const uppers: number[] = [];
  for (let i = 1; i <= k; i++) {
    const v = xs[Math.max(0, Math.ceil((i * n) / k) - 1)]!;
    if (uppers.length === 0 || v > uppers[uppers.length - 1]!) uppers.push(v);
  }
  return uppers;
}

/**
 * Fisher–Jenks natural breaks: the partition of the sorted values into k contiguous classes
 * with the least total within-class sum of squared deviations (exact dynamic programme over
 * distinct values weighted by their counts).
 */
export function jenksBreaks(values: readonly number[], k = DEFAULT_CLASS_COUNT): number[] {
  let sorted = sortedFinite(values);
  if (sorted.length === 0 || k < 1) return [];
  let { xs, ws } = distinctWithCounts(sorted);
  if (xs.length <= k) return xs;
  if (xs.length > JENKS_MAX_DISTINCT) {
    const n = sorted.length;
    sorted = Array.from(
      { length: JENKS_MAX_DISTINCT },
      (_, i) => sorted[Math.round((i * (n - 1)) / (JENKS_MAX_DISTINCT - 1))]!,
    );
    ({ xs, ws } = distinctWithCounts(sorted));
    if (xs.length <= k) return xs;
  }

  const m = xs.length;
  // Prefix sums of weight, weighted value and weighted square, for O(1) class cost.
  const W = new Float64Array(m + 1);
  const S = new Float64Array(m + 1);
  const Q = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const w = ws[i]!;
    const x = xs[i]!;
    W[i + 1] = W[i]! + w;
    S[i + 1] = S[i]! + w * x;
    Q[i + 1] = Q[i]! + w * x * x;
  }
  /** Sum of squared deviations of items a..b inclusive. */
  const cost = (a: number, b: number): number => {
    const w = W[b + 1]! - W[a]!;
    const s = S[b + 1]! - S[a]!;
    return Math.max(0, Q[b + 1]! - Q[a]! - (s * s) / w);
  };

  // best[c][j]: least cost of items 0..j in c+1 classes; from[c][j]: first item of the last class.
  const best: Float64Array[] = [];
  const from: Int32Array[] = [];
  best.push(Float64Array.from({ length: m }, (_, j) => cost(0, j)));
  from.push(new Int32Array(m));
  for (let c = 1; c < k; c++) {
    const prev = best[c - 1]!;
    const row = new Float64Array(m).fill(Infinity);
    const arg = new Int32Array(m);
    for (let j = c; j < m; j++) {
      for (let i = c; i <= j; i++) {
        const total = prev[i - 1]! + cost(i, j);
        if (total < row[j]!) {
          row[j] = total;
          arg[j] = i;
        }
      }
    }
    best.push(row);
    from.push(arg);
  }

  const uppers: number[] = new Array<number>(k);
  let end = m - 1;
  for (let c = k - 1; c >= 0; c--) {
    uppers[c] = xs[end]!;
    end = from[c]![end]! - 1;
  }
  return uppers;
}

export function classBreaks(values: readonly number[], method: ClassMethod, k = DEFAULT_CLASS_COUNT): number[] {
  return method === 'jenks' ? jenksBreaks(values, k) : quantileBreaks(values, k);
}

/** Index of the class a value falls in (values above the last bound go to the last class). */
export function classOf(value: number, uppers: readonly number[]): number {
  let lo = 0;
  let hi = uppers.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value <= uppers[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Each class's actual lowest and highest value and its count. */
export function binValues(values: readonly number[], uppers: readonly number[]): ClassBin[] {
  const bins: ClassBin[] = uppers.map(() => ({ lower: Infinity, upper: -Infinity, count: 0 }));
  for (const v of values) {
    if (!Number.isFinite(v) || bins.length === 0) continue;
    const bin = bins[classOf(v, uppers)]!;
    bin.count += 1;
    if (v < bin.lower) bin.lower = v;
    if (v > bin.upper) bin.upper = v;
  }
  return bins;
}
