import type { Events } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { codeName } from '@/components/panel/code-name';

type Category = Events['categories'][number];

/** One row per category, in the order of meta.eventCategories; unknown codes go last. */
export interface EventRow extends Category {
  name: string;
}

export function toEventRows(data: Events, meta: Pick<Meta, 'eventCategories'>): EventRow[] {
  const order = new Map(meta.eventCategories.map((c, i) => [c.code, i]));
  return [...data.categories]
    .sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity))
    .map((c) => ({ ...c, name: codeName(meta.eventCategories, c.code) }));
}
