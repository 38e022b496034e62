import type { Comparison } from '@/lib/period';

/** A comparison period with its data, once loaded. */
export interface Compared<T> {
  cmp: Comparison;
  data: T;
}

/** The loaded comparisons in display order (同比 first: what leaders ask first). */
export function loaded<T>(items: readonly (Compared<T> | null)[]): Compared<T>[] {
  const rank = (c: Compared<T>) => (c.cmp.kind === 'yearAgo' ? 0 : 1);
  return items.filter((x): x is Compared<T> => x !== null).sort((a, b) => rank(a) - rank(b));
}
