import type { Coverage } from '@/api/common';
import { ApiError } from './api-error';
import type { Dataset } from './generator/dataset';
import { F, ROW, STOCK_FIELDS } from './generator/fields';
import { clipRange, monthLabel, parsePeriod } from './generator/months';
import type { RegionNode } from './generator/tree-types';

/** A period clipped to the data: history indices [start, end] and the coverage to report. */
export interface PeriodWindow {
  start: number;
  end: number;
  coverage: Coverage;
}

/** Resolves `?period=`; 400 when malformed or wholly outside the data. */
export function resolvePeriod(ds: Dataset, period: string | null): PeriodWindow {
  const text = period ?? monthLabel(ds.lastMonth);
  const range = parsePeriod(text);
  if (!range) {
    throw new ApiError(400, 'bad-period', `统计期“${text}”格式不正确，应为 YYYY-MM、YYYY-Qn、YYYY 或 YYYY-MM..YYYY-MM`);
  }
  const clipped = clipRange(range, { from: ds.firstMonth, to: ds.lastMonth });
  if (!clipped) {
    throw new ApiError(
      400,
      'period-out-of-range',
      `统计期“${text}”不在数据范围内（${monthLabel(ds.firstMonth)} 至 ${monthLabel(ds.lastMonth)}）`,
    );
  }
  return {
    start: clipped.from - ds.firstMonth,
    end: clipped.to - ds.firstMonth,
    coverage: {
      period: text,
      from: monthLabel(clipped.from),
      to: monthLabel(clipped.to),
      months: clipped.to - clipped.from + 1,
    },
  };
}

const totalsCache = new WeakMap<Dataset, Map<string, Float64Array>>();

/**
 * A region's record over a window: flows summed over the months, stocks at the last month.
 * Region rows are sums of grid rows, so this adds up across levels by construction.
 */
export function periodTotals(ds: Dataset, node: RegionNode, start: number, end: number): Float64Array {
  let cache = totalsCache.get(ds);
  if (!cache) totalsCache.set(ds, (cache = new Map()));
  const key = `${node.code}|${start}|${end}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const rows = ds.rows(node);
  const out = new Float64Array(ROW);
  for (let f = 0; f < ROW; f++) {
    if (STOCK_FIELDS.has(f)) out[f] = rows[end * ROW + f] ?? 0;
    else for (let m = start; m <= end; m++) out[f] = (out[f] ?? 0) + (rows[m * ROW + f] ?? 0);
  }
  if (cache.size > 20000) cache.clear();
  cache.set(key, out);
  return out;
}

/** Sum of `n` consecutive fields. */
export function sumFields(values: ArrayLike<number>, start: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += values[start + i] ?? 0;
  return s;
}

/** Resolved disputes (all levels). */
export function resolvedTotal(values: ArrayLike<number>): number {
  return sumFields(values, F.resolvedByLevel, 4);
}
