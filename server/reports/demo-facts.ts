import {
  DISPUTE_CATEGORIES,
  EVENT_CATEGORIES,
  TRAINING_COURSES,
  WELFARE_POST_TYPES,
} from '@mocks/generator/categories';
import type { Dataset } from '@mocks/generator/dataset';
import { DATASET_GROUPS } from '@mocks/generator/ethnic-groups';
import { F, ROW } from '@mocks/generator/fields';
import { monthLabel } from '@mocks/generator/months';
import type { GridProfile } from '@mocks/generator/tree-types';
import { LEVEL_KEYS, REPORT_ETHNIC_GROUPS } from './layout';
import type { FactsOf, TemplateGrid } from './template-writer';

/**
 * The generator's county as report rows: what a county would type into the template if its
 * data were the demo's. The round-trip test and the bench import these through the same door
 * as a real county's workbook.
 */

/** Field key → offset in the generator's grid-month record (fields.ts), for the record's fields. */
function recordOffsets(): Map<string, number> {
  const m = new Map<string, number>();
  const list = (prefix: string, start: number, codes: readonly string[]): void =>
    codes.forEach((c, i) => m.set(`${prefix}.${c}`, start + i));
  const destinations = ['outOfProvince', 'inProvince', 'inCounty'];
  list('employed', F.employed, destinations);
  list('placements', F.placements, destinations);
  list(
    'welfarePosts',
    F.welfarePosts,
    WELFARE_POST_TYPES.map((t) => t.code),
  );
  list(
    'trainingSessions',
    F.trainingSessions,
    TRAINING_COURSES.map((c) => c.code),
  );
  list(
    'trainees',
    F.trainees,
    TRAINING_COURSES.map((c) => c.code),
  );
  for (const [prefix, start] of [
    ['events', F.events],
    ['attendances', F.attendances],
    ['minorityAttendances', F.minorityAttendances],
  ] as const)
    list(
      prefix,
      start,
      EVENT_CATEGORIES.map((c) => c.code),
    );
  list(
    'disputesRegistered',
    F.disputesRegistered,
    DISPUTE_CATEGORIES.map((c) => c.code),
  );
  list(
    'disputesResolved',
    F.disputesResolved,
    DISPUTE_CATEGORIES.map((c) => c.code),
  );
  list(
    'resolvedByLevel',
    F.resolvedByLevel,
    LEVEL_KEYS.map((l) => l.code),
  );
  list('daysHistogram', F.daysHistogram, ['0', '1', '2', '3', '4', '5', '6']);
  for (const key of [
    'labourForce',
    'selfEmployed',
    'disputesInProgress',
    'zeroIdentified',
    'zeroCleared',
    'jobFairs',
    'jobFairCompanies',
    'jobFairPosts',
    'minorityReached',
    'escalated',
    'petitions',
  ] as const)
    m.set(key, F[key]);
  return m;
}

const OFFSETS = recordOffsets();

/** The generator's grids in template order, with their town and community names. */
export function demoGrids(ds: Dataset): TemplateGrid[] {
  return ds.tree.grids.map((g) => ({
    code: g.node.code,
    name: g.node.name,
    community: g.node.parent?.name ?? '',
    town: g.node.parent?.parent?.name ?? '',
  }));
}

/** The months of the data set as `YYYY-MM`. */
export function demoMonths(ds: Dataset): string[] {
  return Array.from({ length: ds.months }, (_, i) => monthLabel(ds.firstMonth + i));
}

/** One grid-month of the generator as report fields. */
export function gridFacts(ds: Dataset, grid: GridProfile, monthIndex: number): Record<string, number> {
  const rows = ds.rows(grid.node);
  const at = monthIndex * ROW;
  const out: Record<string, number> = {};
  for (const [key, offset] of OFFSETS) out[key] = rows[at + offset] ?? 0;
  out.employedTotal =
    (out['employed.outOfProvince'] ?? 0) + (out['employed.inProvince'] ?? 0) + (out['employed.inCounty'] ?? 0);
  out.placementsTotal =
    (out['placements.outOfProvince'] ?? 0) + (out['placements.inProvince'] ?? 0) + (out['placements.inCounty'] ?? 0);
  out.households = grid.households;
  out.residents = grid.residents;
  out.gridHeads = 1;
  out.gridWorkersFullTime = 1;
  out.gridWorkersPartTime = grid.partTimeWorkers;
  for (const g of REPORT_ETHNIC_GROUPS) out[`ethnic.${g.code}`] = 0;
  DATASET_GROUPS.forEach((code, i) => (out[`ethnic.${code}`] = grid.ethnic[i] ?? 0));
  return out;
}

/** A `FactsOf` over the generator, for writing the demo into templates. */
export function demoFactsOf(ds: Dataset): FactsOf {
  const first = ds.firstMonth;
  return (tg, month) => {
    const node = ds.node(tg.code);
    const grid = node ? ds.tree.grids[node.gridStart] : undefined;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const index = y * 12 + (m - 1) - first;
    if (!grid || index < 0 || index >= ds.months) return null;
    return gridFacts(ds, grid, index);
  };
}
