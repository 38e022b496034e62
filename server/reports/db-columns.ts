import { ethnicColumn } from '../db/fact-columns';
import type { SheetSpec } from './layout';
import { ETHNIC_SHEET } from './layout';

/**
 * Where each report field goes in the database (server/db/fact-columns.ts, docs/database.md).
 * Totals typed only as a cross-check (转移就业合计) have no column. A test checks that every
 * fact and residents column is filled by exactly one field.
 */

const DAYS_COLUMNS = ['1', '2_3', '4_7', '8_15', '16_30', '31_60', 'over_60'];
const SNAKE: Record<string, string> = {
  outOfProvince: 'out_of_province',
  inProvince: 'in_province',
  inCounty: 'in_county',
  countyAndAbove: 'county_and_above',
};

const PLAIN: Record<string, string | null> = {
  households: 'households',
  gridHeads: 'grid_heads',
  gridWorkersFullTime: 'grid_workers_full_time',
  gridWorkersPartTime: 'grid_workers_part_time',
  residents: 'residents',
  labourForce: 'labour_force',
  employedTotal: null,
  placementsTotal: null,
  selfEmployed: 'self_employed_households',
  zeroIdentified: 'zero_employment_identified',
  zeroCleared: 'zero_employment_cleared',
  jobFairs: 'job_fairs',
  jobFairCompanies: 'job_fair_companies',
  jobFairPosts: 'job_fair_posts',
  minorityReached: 'minority_reached',
  disputesInProgress: 'disputes_in_progress',
  escalated: 'disputes_escalated',
  petitions: 'petitions_above_county',
};

const PREFIXED: Record<string, (sub: string) => string> = {
  'ethnic.': (code) => ethnicColumn(code),
  'employed.': (d) => `employed_${SNAKE[d] ?? d}`,
  'placements.': (d) => `placements_${SNAKE[d] ?? d}`,
  'welfarePosts.': (c) => `welfare_posts_${c}`,
  'trainingSessions.': (c) => `training_sessions_${c}`,
  'trainees.': (c) => `trainees_${c}`,
  'events.': (c) => `events_${c}`,
  'attendances.': (c) => `attendances_${c}`,
  'minorityAttendances.': (c) => `minority_attendances_${c}`,
  'disputesRegistered.': (c) => `disputes_registered_${c}`,
  'disputesResolved.': (c) => `disputes_resolved_${c}`,
  'resolvedByLevel.': (l) => `resolved_at_${SNAKE[l] ?? l}`,
  'daysHistogram.': (i) => `resolved_in_days_${DAYS_COLUMNS[Number(i)] ?? i}`,
};

/** The database column of a report field, or null for a cross-check-only field. */
export function columnOf(key: string): string | null {
  if (key in PLAIN) return PLAIN[key] ?? null;
  for (const [prefix, to] of Object.entries(PREFIXED)) if (key.startsWith(prefix)) return to(key.slice(prefix.length));
  throw new Error(`report field ${key} has no database column`);
}

const stored = new WeakMap<SheetSpec, readonly { index: number; column: string }[]>();

/** A sheet's stored fields: index into sheet.fields and column (computed once per sheet). */
export function storedColumns(sheet: SheetSpec): readonly { index: number; column: string }[] {
  let list = stored.get(sheet);
  if (!list) {
    list = sheet.fields.flatMap((f, index) => {
      const column = columnOf(f.key);
      return column ? [{ index, column }] : [];
    });
    stored.set(sheet, list);
  }
  return list;
}

/** The residents sheet goes to grid_month_residents, the others to grid_month. */
export function isResidentsSheet(sheet: SheetSpec): boolean {
  return sheet === ETHNIC_SHEET;
}
