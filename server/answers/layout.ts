/**
 * Layout of one region-month record: a flat vector of whole numbers, the unit every facts
 * source hands to the answer layer (the generator's rows are laid out this way; the database
 * keeps its rollups in the same order). The category blocks are as long as the data set's code
 * lists (meta.eventCategories …), so the layout is built from their sizes.
 *
 * Stocks (STOCK) are read at the last month of a period; every other field is a flow and is
 * summed over the period — the one place that rule lives (see aggregate.ts).
 */
export interface LayoutSizes {
  eventCategories: number;
  disputeCategories: number;
  welfarePostTypes: number;
  trainingCourses: number;
  /** Bins of the days-to-resolve histogram (DatasetFacts.daysToResolveBins). */
  daysBins: number;
}

export interface RowLayout {
  /** Offset of each field (a block's first cell for category blocks). */
  F: {
    employed: number; // 3: out of province, in province, in county
    labourForce: number;
    welfarePosts: number;
    selfEmployed: number;
    disputesInProgress: number;
    households: number;
    gridHeads: number;
    gridWorkersFullTime: number;
    gridWorkersPartTime: number;
    placements: number; // 3, as employed
    trainingSessions: number;
    trainees: number;
    zeroIdentified: number;
    zeroCleared: number;
    jobFairs: number;
    jobFairCompanies: number;
    jobFairPosts: number;
    events: number;
    attendances: number;
    minorityAttendances: number;
    /** Distinct minority residents who attended in the month (not additive over months: see aggregate.ts). */
    minorityReached: number;
    disputesRegistered: number;
    disputesResolved: number;
    resolvedByLevel: number; // 4: grid, community, town, county and above
    escalated: number;
    petitions: number;
    daysHistogram: number;
  };
  /** Values per region-month. */
  ROW: number;
  /** Offsets whose value at the end of a period is what counts. */
  STOCK: ReadonlySet<number>;
  sizes: LayoutSizes;
}

/** Lays the fields out in a fixed order; stocks first. */
export function rowLayout(sizes: LayoutSizes): RowLayout {
  let next = 0;
  const take = (n: number): number => {
    const at = next;
    next += n;
    return at;
  };
  const F = {
    // stocks
    employed: take(3),
    labourForce: take(1),
    welfarePosts: take(sizes.welfarePostTypes),
    selfEmployed: take(1),
    disputesInProgress: take(1),
    households: take(1),
    gridHeads: take(1),
    gridWorkersFullTime: take(1),
    gridWorkersPartTime: take(1),
    // flows
    placements: take(3),
    trainingSessions: take(sizes.trainingCourses),
    trainees: take(sizes.trainingCourses),
    zeroIdentified: take(1),
    zeroCleared: take(1),
    jobFairs: take(1),
    jobFairCompanies: take(1),
    jobFairPosts: take(1),
    events: take(sizes.eventCategories),
    attendances: take(sizes.eventCategories),
    minorityAttendances: take(sizes.eventCategories),
    minorityReached: take(1),
    disputesRegistered: take(sizes.disputeCategories),
    disputesResolved: take(sizes.disputeCategories),
    resolvedByLevel: take(4),
    escalated: take(1),
    petitions: take(1),
    daysHistogram: take(sizes.daysBins),
  };
  const stockEnd = F.placements;
  const STOCK = new Set(Array.from({ length: stockEnd }, (_, i) => i));
  return { F, ROW: next, STOCK, sizes };
}
