import {
  DAYS_BIN_UPPER,
  DISPUTE_CATEGORIES,
  EVENT_CATEGORIES,
  TRAINING_COURSES,
  WELFARE_POST_TYPES,
} from './categories';

/**
 * Layout of one grid-month record (an Int32Array row). Stocks are read at the last month
 * of a period; everything else is a flow and is summed. Any region's row = the sum of its
 * grids' rows, which is what makes every total add up.
 */
const E = EVENT_CATEGORIES.length;
const D = DISPUTE_CATEGORIES.length;
const W = WELFARE_POST_TYPES.length;
const C = TRAINING_COURSES.length;
const B = DAYS_BIN_UPPER.length;

let next = 0;
function take(n: number): number {
  const at = next;
  next += n;
  return at;
}

export const F = {
  // stocks
  employed: take(3), // out of province, in province, in county
  labourForce: take(1),
  welfarePosts: take(W),
  selfEmployed: take(1),
  disputesInProgress: take(1),
  // flows
  placements: take(3),
  trainingSessions: take(C),
  trainees: take(C),
  zeroIdentified: take(1),
  zeroCleared: take(1),
  jobFairs: take(1),
  jobFairCompanies: take(1),
  jobFairPosts: take(1),
  events: take(E),
  attendances: take(E),
  minorityAttendances: take(E),
  /** Distinct minority residents who attended in the month (not additive over months). */
  minorityReached: take(1),
  disputesRegistered: take(D),
  disputesResolved: take(D),
  resolvedByLevel: take(4), // grid, community, town, county and above
  escalated: take(1),
  petitions: take(1),
  daysHistogram: take(B),
} as const;

/** Values per grid-month row. */
export const ROW = next;

/** Offsets whose value at the end of a period is what counts. */
export const STOCK_FIELDS: ReadonlySet<number> = new Set([
  ...range(F.employed, 3),
  F.labourForce,
  ...range(F.welfarePosts, W),
  F.selfEmployed,
  F.disputesInProgress,
]);

function range(start: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => start + i);
}
