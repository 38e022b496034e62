import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binValues, classBreaks, classOf, jenksBreaks, quantileBreaks } from './class-breaks';

/** Least total within-class squared deviation over every way to cut sorted xs into k runs. */
function bruteForceJenksCost(xs: number[], k: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const ssd = (part: number[]) => {
    const mean = part.reduce((s, v) => s + v, 0) / part.length;
    return part.reduce((s, v) => s + (v - mean) ** 2, 0);
  };
  let best = Infinity;
  const n = sorted.length;
  const cut = (start: number, left: number, acc: number) => {
    if (left === 1) {
      best = Math.min(best, acc + ssd(sorted.slice(start)));
      return;
    }
    for (let end = start + 1; end <= n - left + 1; end++) cut(end, left - 1, acc + ssd(sorted.slice(start, end)));
  };
  cut(0, Math.min(k, n), 0);
  return best;
}

function costOf(xs: number[], uppers: number[]): number {
  const bins = new Map<number, number[]>();
  for (const x of xs) {
    const i = classOf(x, uppers);
    bins.set(i, [...(bins.get(i) ?? []), x]);
  }
  let total = 0;
  for (const part of bins.values()) {
    const mean = part.reduce((s, v) => s + v, 0) / part.length;
    total += part.reduce((s, v) => s + (v - mean) ** 2, 0);
  }
  return total;
}

describe('quantileBreaks', () => {
  it('cuts ten values into five classes of two', () => {
    const xs = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    const uppers = quantileBreaks(xs, 5);
    expect(uppers).toEqual([2, 4, 6, 8, 10]);
    expect(binValues(xs, uppers).map((b) => b.count)).toEqual([2, 2, 2, 2, 2]);
  });

  it('keeps tied values in one class, giving fewer classes', () => {
    const uppers = quantileBreaks([1, 1, 1, 1, 1, 1, 2, 3], 5);
    expect(uppers).toEqual([1, 2, 3]);
    expect(binValues([1, 1, 1, 1, 1, 1, 2, 3], uppers)).toEqual([
      { lower: 1, upper: 1, count: 6 },
      { lower: 2, upper: 2, count: 1 },
      { lower: 3, upper: 3, count: 1 },
    ]);
  });

  it('gives one class per value when there are fewer values than classes', () => {
    expect(quantileBreaks([0.3, 0.1], 5)).toEqual([0.1, 0.3]);
  });

  it('handles a single value, all-equal values and no values', () => {
    expect(quantileBreaks([42], 5)).toEqual([42]);
    expect(quantileBreaks([7, 7, 7, 7, 7, 7], 5)).toEqual([7]);
    expect(quantileBreaks([], 5)).toEqual([]);
  });

  it('ignores non-finite values', () => {
    expect(quantileBreaks([Number.NaN, 1, Infinity, 2], 2)).toEqual([1, 2]);
  });
});

describe('jenksBreaks', () => {
  it('finds the obvious groups', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3)).toEqual([3, 12, 22]);
  });

  it('finds the least-variance partition of a known series', () => {
    // {1,2,4,5} {7,9,10} {20}: within-class squared deviations 10 + 4.67 + 0, the minimum.
    expect(jenksBreaks([1, 2, 4, 5, 7, 9, 10, 20], 3)).toEqual([5, 10, 20]);
  });

  it('handles ties, few values, one value and none', () => {
    expect(jenksBreaks([5, 5, 5, 5], 5)).toEqual([5]);
    expect(jenksBreaks([1, 1, 2, 2, 9], 5)).toEqual([1, 2, 9]);
    expect(jenksBreaks([3], 5)).toEqual([3]);
    expect(jenksBreaks([], 5)).toEqual([]);
  });

  it('is optimal: matches a brute-force search on small data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        (xs, k) => {
          const uppers = jenksBreaks(xs, k);
          expect(uppers.length).toBeLessThanOrEqual(k);
          expect(costOf(xs, uppers)).toBeCloseTo(bruteForceJenksCost(xs, k), 6);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays fast on large inputs (sampled above 1000 distinct values)', () => {
    const xs = Array.from({ length: 20_000 }, (_, i) => Math.sin(i) * 1000 + i / 10);
    const started = performance.now();
    const uppers = jenksBreaks(xs, 5);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(uppers).toHaveLength(5);
    expect(uppers.at(-1)).toBe(Math.max(...xs));
  });
});

describe('classBreaks properties', () => {
  it('bounds are strictly increasing data values ending at the maximum, and every value has a class', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom('quantile' as const, 'jenks' as const),
        fc.integer({ min: 1, max: 7 }),
        (xs, method, k) => {
          const uppers = classBreaks(xs, method, k);
          expect(uppers.length).toBeGreaterThanOrEqual(1);
          expect(uppers.length).toBeLessThanOrEqual(k);
          for (let i = 1; i < uppers.length; i++) expect(uppers[i]!).toBeGreaterThan(uppers[i - 1]!);
          for (const u of uppers) expect(xs).toContain(u);
          expect(uppers.at(-1)).toBe(Math.max(...xs));
          const bins = binValues(xs, uppers);
          expect(bins.reduce((s, b) => s + b.count, 0)).toBe(xs.length);
          expect(bins.every((b) => b.count > 0)).toBe(true);
        },
      ),
    );
  });
});

describe('classOf', () => {
  it('puts a value on a bound in the lower class, and values above the last in the last', () => {
    const uppers = [2, 4, 6];
    expect(classOf(-1, uppers)).toBe(0);
    expect(classOf(2, uppers)).toBe(0);
    expect(classOf(2.1, uppers)).toBe(1);
    expect(classOf(6, uppers)).toBe(2);
    expect(classOf(99, uppers)).toBe(2);
  });
});
