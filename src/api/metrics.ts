/**
 * Metric ids understood by `children-metric` and `series`. The server lists the metrics it
 * offers, with names and units, in `meta.metrics`; these are the ids the client relies on.
 * Parameterised ids slice by a category: `ethnic:03` (share of 回族 among residents),
 * `eventCategory:culture` (attendances per 1,000 residents), `disputeCategory:neighbour`
 * (disputes registered per 1,000 residents).
 */
export const METRIC_IDS = {
  /** Minority residents / residents (share, sensitive). */
  minorityShare: 'minorityShare',
  /** Residents (count). */
  residents: 'residents',
  /** Disputes resolved / registered (share). */
  disputeResolutionRate: 'disputeResolutionRate',
  /** Resolved at grid level / resolved (share) — 小事不出网格. */
  resolvedInGrid: 'resolvedInGrid',
  /** New placements per 1,000 labour force (per-1000). */
  placementsPer1000: 'placementsPer1000',
  /** Attendances per 1,000 residents (per-1000). */
  attendancesPer1000: 'attendancesPer1000',
  /** Counts used by monthly series. */
  placements: 'placements',
  events: 'events',
  attendances: 'attendances',
  disputesRegistered: 'disputesRegistered',
  disputesResolved: 'disputesResolved',
} as const;

export type BaseMetricId = (typeof METRIC_IDS)[keyof typeof METRIC_IDS];

export const SLICE_PREFIXES = ['ethnic', 'eventCategory', 'disputeCategory'] as const;
export type SlicePrefix = (typeof SLICE_PREFIXES)[number];

export function sliceMetricId(prefix: SlicePrefix, code: string): string {
  return `${prefix}:${code}`;
}
