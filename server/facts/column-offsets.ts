import type { DatasetFacts } from '../answers/facts-source';
import type { RowLayout } from '../answers/layout';

/**
 * Where each fact column of the database (server/db/fact-columns.ts, named after the code
 * lists' codes) goes in the answer layer's region-month record (server/answers/layout.ts).
 * The category blocks follow the code lists in their `sort` order, like the layout.
 */
export function columnOffsets(ds: DatasetFacts, layout: RowLayout): (readonly [column: string, offset: number])[] {
  const { F } = layout;
  const destinations = ['out_of_province', 'in_province', 'in_county'];
  const levels = ['grid', 'community', 'town', 'county_and_above'];
  const days = ['1', '2_3', '4_7', '8_15', '16_30', '31_60', 'over_60'];
  const block = (prefix: string, codes: readonly { code: string }[] | string[], start: number) =>
    codes.map((c, i) => [`${prefix}${typeof c === 'string' ? c : c.code}`, start + i] as const);
  return [
    ['households', F.households],
    ['grid_heads', F.gridHeads],
    ['grid_workers_full_time', F.gridWorkersFullTime],
    ['grid_workers_part_time', F.gridWorkersPartTime],
    ['labour_force', F.labourForce],
    ...block('employed_', destinations, F.employed),
    ...block('welfare_posts_', ds.welfarePostTypes, F.welfarePosts),
    ['self_employed_households', F.selfEmployed],
    ['disputes_in_progress', F.disputesInProgress],
    ...block('placements_', destinations, F.placements),
    ...block('training_sessions_', ds.trainingCourses, F.trainingSessions),
    ...block('trainees_', ds.trainingCourses, F.trainees),
    ['zero_employment_identified', F.zeroIdentified],
    ['zero_employment_cleared', F.zeroCleared],
    ['job_fairs', F.jobFairs],
    ['job_fair_companies', F.jobFairCompanies],
    ['job_fair_posts', F.jobFairPosts],
    ...block('events_', ds.eventCategories, F.events),
    ...block('attendances_', ds.eventCategories, F.attendances),
    ...block('minority_attendances_', ds.eventCategories, F.minorityAttendances),
    ['minority_reached', F.minorityReached],
    ...block('disputes_registered_', ds.disputeCategories, F.disputesRegistered),
    ...block('disputes_resolved_', ds.disputeCategories, F.disputesResolved),
    ...block('resolved_at_', levels, F.resolvedByLevel),
    ['disputes_escalated', F.escalated],
    ['petitions_above_county', F.petitions],
    ...block('resolved_in_days_', days, F.daysHistogram),
  ];
}
