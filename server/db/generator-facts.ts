import type { Insertable } from 'kysely';
import type { Dataset } from '@mocks/generator/dataset';
import { DATASET_GROUPS } from '@mocks/generator/ethnic-groups';
import { F, ROW } from '@mocks/generator/fields';
import { monthLabel } from '@mocks/generator/months';
import type { GridProfile } from '@mocks/generator/tree-types';
import { ethnicColumn } from './fact-columns';
import type { FactColumn, GridMonthResidentsTable, GridMonthTable } from './schema';

/**
 * Where each field of the generator's grid-month record (mocks/generator/fields.ts) goes in
 * the database. Used by the demo round trip and the generator-backed facts source; a test
 * checks that every offset of the record has exactly one column.
 */
const EVENT = ['education', 'culture', 'law', 'volunteer', 'party', 'skills'] as const;
const DISPUTE = ['neighbour', 'family', 'land', 'labour', 'property', 'other'] as const;
const WELFARE = ['cleaning', 'patrol', 'forest', 'service', 'elderly', 'road'] as const;
const COURSE = ['housekeeping', 'ecommerce', 'embroidery', 'catering', 'electrician', 'farming'] as const;
const DESTINATION = ['out_of_province', 'in_province', 'in_county'] as const;
const DAYS = ['1', '2_3', '4_7', '8_15', '16_30', '31_60', 'over_60'] as const;
const LEVEL = ['grid', 'community', 'town', 'county_and_above'] as const;

export const GENERATOR_COLUMNS: readonly (readonly [offset: number, column: FactColumn])[] = [
  [F.households, 'households'],
  [F.gridHeads, 'grid_heads'],
  [F.gridWorkersFullTime, 'grid_workers_full_time'],
  [F.gridWorkersPartTime, 'grid_workers_part_time'],
  ...DESTINATION.map((d, i) => [F.employed + i, `employed_${d}`] as const),
  [F.labourForce, 'labour_force'],
  ...WELFARE.map((w, i) => [F.welfarePosts + i, `welfare_posts_${w}`] as const),
  [F.selfEmployed, 'self_employed_households'],
  [F.disputesInProgress, 'disputes_in_progress'],
  ...DESTINATION.map((d, i) => [F.placements + i, `placements_${d}`] as const),
  ...COURSE.map((c, i) => [F.trainingSessions + i, `training_sessions_${c}`] as const),
  ...COURSE.map((c, i) => [F.trainees + i, `trainees_${c}`] as const),
  [F.zeroIdentified, 'zero_employment_identified'],
  [F.zeroCleared, 'zero_employment_cleared'],
  [F.jobFairs, 'job_fairs'],
  [F.jobFairCompanies, 'job_fair_companies'],
  [F.jobFairPosts, 'job_fair_posts'],
  ...EVENT.map((e, i) => [F.events + i, `events_${e}`] as const),
  ...EVENT.map((e, i) => [F.attendances + i, `attendances_${e}`] as const),
  ...EVENT.map((e, i) => [F.minorityAttendances + i, `minority_attendances_${e}`] as const),
  [F.minorityReached, 'minority_reached'],
  ...DISPUTE.map((d, i) => [F.disputesRegistered + i, `disputes_registered_${d}`] as const),
  ...DISPUTE.map((d, i) => [F.disputesResolved + i, `disputes_resolved_${d}`] as const),
  ...LEVEL.map((l, i) => [F.resolvedByLevel + i, `resolved_at_${l}`] as const),
  [F.escalated, 'disputes_escalated'],
  [F.petitions, 'petitions_above_county'],
  ...DAYS.map((d, i) => [F.daysHistogram + i, `resolved_in_days_${d}`] as const),
];

/** Offsets per record (re-exported so tests need not import the generator themselves). */
export const GENERATOR_ROW = ROW;

/** One grid's months as database rows: facts (with households and staffing) and residents. */
export function generatorGridRows(
  ds: Dataset,
  grid: GridProfile,
): { facts: Insertable<GridMonthTable>[]; residents: Insertable<GridMonthResidentsTable>[] } {
  const code = grid.node.code;
  const county = code.slice(0, 6);
  const rows = ds.rows(grid.node);
  const facts: Insertable<GridMonthTable>[] = [];
  const residents: Insertable<GridMonthResidentsTable>[] = [];
  const ethnic: Record<string, number> = {};
  DATASET_GROUPS.forEach((g, i) => (ethnic[ethnicColumn(g)] = grid.ethnic[i] ?? 0));
  for (let m = 0; m < ds.months; m++) {
    const month = monthLabel(ds.firstMonth + m);
    const row: Insertable<GridMonthTable> = {
      county_code: county,
      grid_code: code,
      month,
    };
    for (const [offset, column] of GENERATOR_COLUMNS) row[column] = rows[m * ROW + offset] ?? 0;
    facts.push(row);
    residents.push({ county_code: county, grid_code: code, month, residents: grid.residents, ...ethnic });
  }
  return { facts, residents };
}
