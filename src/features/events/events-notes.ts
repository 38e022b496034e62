import type { Events } from '@/api/indicators';
import { anyUnreliable } from '@/lib/privacy';

/** Whether the events panel shows the small-denominator caveat. */
export function eventsHaveUnreliable(data: Events): boolean {
  return anyUnreliable([data.minorityShareOfAttendances, data.minorityShareOfResidents, data.minorityCoverage]);
}

/** Nothing at all to show for the period. */
export function isEventsEmpty(data: Events): boolean {
  return data.categories.every((c) => c.events === 0 && c.attendances === 0);
}
