import type { Events } from '@/api/indicators';

/** Test data shaped like the urban community in the seeds (7,056 people). */
export const urbanEvents: Events = {
  code: '522701001002',
  coverage: { period: '2026-Q3', from: '2026-07', to: '2026-09', months: 3 },
  categories: [
    // Deliberately not in meta order: the chart follows meta.eventCategories.
    { code: 'culture', events: 12, attendances: 540, minorityAttendances: 160 },
    { code: 'propaganda', events: 18, attendances: 620, minorityAttendances: 140 },
    { code: 'legal', events: 6, attendances: 210, minorityAttendances: 40 },
    { code: 'volunteer', events: 20, attendances: 380, minorityAttendances: 90 },
    { code: 'party', events: 8, attendances: 160, minorityAttendances: 20 },
    { code: 'skills', events: 4, attendances: 90, minorityAttendances: 30 },
  ],
  minorityShareOfAttendances: { numerator: 480, denominator: 2000, value: 0.24 },
  minorityShareOfResidents: { numerator: 1650, denominator: 7056, value: 0.2338 },
  minorityCoverage: { numerator: 410, denominator: 1650, value: 0.24848 },
};
