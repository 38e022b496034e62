import type { Events } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { codeName } from '@/components/panel/code-name';
import { isSmallUnitShare, suppressed } from '@/lib/privacy';

type Category = Events['categories'][number];

/** One row per category, in the order of meta.eventCategories; unknown codes go last. */
export interface EventRow extends Category {
  name: string;
}

/**
 * The events of a unit under 50 residents with every ethnic figure withheld (small-unit), even
 * when a server sent them: the client's defence in depth of the small-unit rule, which covers
 * minority attendances like every other ethnic breakdown (src/lib/privacy.ts isSmallUnitShare).
 */
export function withEthnicRule(data: Events): Events {
  if (!isSmallUnitShare(data.minorityShareOfResidents)) return data;
  const hidden = suppressed('small-unit');
  return {
    ...data,
    categories: data.categories.map((c) => ({ ...c, minorityAttendances: hidden })),
    minorityShareOfAttendances: hidden,
    minorityCoverage: hidden,
  };
}

/** Whether the unit's ethnic figures are withheld as a whole (the panel says so once). */
export function isSmallUnitEvents(data: Events): boolean {
  return isSmallUnitShare(data.minorityShareOfResidents);
}

export function toEventRows(data: Events, meta: Pick<Meta, 'eventCategories'>): EventRow[] {
  const order = new Map(meta.eventCategories.map((c, i) => [c.code, i]));
  return [...data.categories]
    .sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity))
    .map((c) => ({ ...c, name: codeName(meta.eventCategories, c.code) }));
}
