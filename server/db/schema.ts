import type { ColumnType, Generated } from 'kysely';
import type { Level } from '@/api/common';

/**
 * Kysely's view of the tables created by ./migrations (docs/database.md describes them).
 * Keep in step with the migrations: the schema test reads the real columns back.
 */

type Event = 'education' | 'culture' | 'law' | 'volunteer' | 'party' | 'skills';
type Dispute = 'neighbour' | 'family' | 'land' | 'labour' | 'property' | 'other';
type Welfare = 'cleaning' | 'patrol' | 'forest' | 'service' | 'elderly' | 'road';
type Course = 'housekeeping' | 'ecommerce' | 'embroidery' | 'catering' | 'electrician' | 'farming';
type Destination = 'out_of_province' | 'in_province' | 'in_county';
type DaysBin = '1' | '2_3' | '4_7' | '8_15' | '16_30' | '31_60' | 'over_60';

/** Every fact column (see ./fact-columns.ts for kinds and labels). */
export type FactColumn =
  | 'households'
  | 'grid_heads'
  | 'grid_workers_full_time'
  | 'grid_workers_part_time'
  | 'labour_force'
  | `employed_${Destination}`
  | `welfare_posts_${Welfare}`
  | 'self_employed_households'
  | 'disputes_in_progress'
  | `placements_${Destination}`
  | `training_sessions_${Course}`
  | `trainees_${Course}`
  | 'zero_employment_identified'
  | 'zero_employment_cleared'
  | 'job_fairs'
  | 'job_fair_companies'
  | 'job_fair_posts'
  | `events_${Event}`
  | `attendances_${Event}`
  | `minority_attendances_${Event}`
  | 'minority_reached'
  | `disputes_registered_${Dispute}`
  | `disputes_resolved_${Dispute}`
  | 'resolved_at_grid'
  | 'resolved_at_community'
  | 'resolved_at_town'
  | 'resolved_at_county_and_above'
  | 'disputes_escalated'
  | 'petitions_above_county'
  | `resolved_in_days_${DaysBin}`;

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** `ethnic_01` … `ethnic_56`, `ethnic_97`, `ethnic_98` (template type is a superset: only those exist). */
export type EthnicColumn = `ethnic_${'0' | '1' | '2' | '3' | '4' | '5' | '9'}${Digit}`;

/** An integer column with a default of 0: optional on insert. */
type Count = Generated<number>;

export type FactValues = { [K in FactColumn]: Count };
type EthnicValues = { [K in EthnicColumn]: Count };

/** The region tree. Codes are strings of digits; a child's code starts with its parent's. */
export interface RegionTable {
  code: string;
  /** First 6 digits: the county (distribution key). */
  county_code: string;
  level: Level;
  parent_code: string | null;
  /** Official name (红土田社区居民委员会): tables and exports. */
  name: string;
  /** Short display name (红土田社区): screens. Equal to `name` when there is no shorter form. */
  short_name: string;
}

/**
 * jsonb: an object (pg and PGlite serialise it) or JSON text in; parsed values out. Arrays must
 * go in as JSON text (pg would send a JS array as a PostgreSQL array). insertBatched() embeds
 * values in its JSON parameter, so give it objects, never JSON text.
 */
type Json = ColumnType<unknown, object | string, object | string>;

export interface BoundaryTable {
  region_code: string;
  county_code: string;
  level: Level;
  /** Repaired GeoJSON geometry in WGS-84, full precision. */
  geometry: Json;
  /** The same simplified for its level's map. */
  display: Json;
  west: number;
  south: number;
  east: number;
  north: number;
  /** Geodesic area, m². */
  area_m2: number;
  /** Vertices of `display`. */
  vertices: number;
  /** Drawn as the union of its children at import (no outline in the file). */
  dissolved: Generated<boolean>;
  import_id: number | null;
}

/** Prepared FeatureCollections the server sends as they are. */
export interface BoundaryLayerTable {
  county_code: string;
  parent_code: string;
  /** `children`: the parent's children; a level: every descendant at that level (`?level=`). */
  layer: 'children' | Exclude<Level, 'county'>;
  /** The response body: RFC 7946 FeatureCollection with `parent`, display geometries. */
  body: string;
  features: number;
  /** sha256 of body, hex (for ETag). */
  etag: string;
  import_id: number | null;
}

export interface GridMonthTable extends FactValues {
  county_code: string;
  grid_code: string;
  /** `YYYY-MM`. */
  month: string;
  import_id: number | null;
}

export interface RegionMonthTable extends FactValues {
  county_code: string;
  region_code: string;
  level: 'county' | 'town' | 'community';
  month: string;
  /** Grids with a row in grid_month for this month. */
  grids: Count;
}

export interface GridMonthResidentsTable extends EthnicValues {
  county_code: string;
  grid_code: string;
  month: string;
  import_id: number | null;
  /** Residents (people) at the end of the month. */
  residents: Count;
}

export interface RegionMonthResidentsTable extends EthnicValues {
  county_code: string;
  region_code: string;
  level: 'county' | 'town' | 'community';
  month: string;
  grids: Count;
  residents: Count;
}

export interface CodeListTable {
  /** `ethnic-group`, `event-category`, `dispute-category`, `welfare-post-type`, `training-course`. */
  list: string;
  code: string;
  name: string;
  sort: number;
}

export interface DatasetSettingTable {
  key: string;
  value: Json;
}

export type ImportResult = 'running' | 'ok' | 'refused' | 'failed' | 'dry-run';

export interface ImportLogTable {
  id: Generated<number>;
  kind: 'boundaries' | 'reports';
  file_name: string;
  file_sha256: string;
  file_bytes: number;
  started_at: ColumnType<Date, Date | undefined, Date>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  rows: Generated<number>;
  result: ImportResult;
  message: string | null;
  details: ColumnType<unknown, object | string | null | undefined, object | string | null>;
}

export interface Schema {
  region: RegionTable;
  boundary: BoundaryTable;
  boundary_layer: BoundaryLayerTable;
  grid_month: GridMonthTable;
  region_month: RegionMonthTable;
  grid_month_residents: GridMonthResidentsTable;
  region_month_residents: RegionMonthResidentsTable;
  code_list: CodeListTable;
  dataset_setting: DatasetSettingTable;
  import_log: ImportLogTable;
}
