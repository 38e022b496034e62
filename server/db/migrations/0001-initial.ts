import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';

// Frozen: this migration creates exactly these columns forever. A new field is a new
// migration (ALTER TABLE … ADD COLUMN) plus an entry in ../fact-columns.ts; the schema test
// compares the database's columns with fact-columns.ts, so forgetting either fails.
const FACT_COLUMNS_0001 = [
  'households',
  'grid_heads',
  'grid_workers_full_time',
  'grid_workers_part_time',
  'labour_force',
  'employed_out_of_province',
  'employed_in_province',
  'employed_in_county',
  'welfare_posts_cleaning',
  'welfare_posts_patrol',
  'welfare_posts_forest',
  'welfare_posts_service',
  'welfare_posts_elderly',
  'welfare_posts_road',
  'self_employed_households',
  'disputes_in_progress',
  'placements_out_of_province',
  'placements_in_province',
  'placements_in_county',
  'training_sessions_housekeeping',
  'training_sessions_ecommerce',
  'training_sessions_embroidery',
  'training_sessions_catering',
  'training_sessions_electrician',
  'training_sessions_farming',
  'trainees_housekeeping',
  'trainees_ecommerce',
  'trainees_embroidery',
  'trainees_catering',
  'trainees_electrician',
  'trainees_farming',
  'zero_employment_identified',
  'zero_employment_cleared',
  'job_fairs',
  'job_fair_companies',
  'job_fair_posts',
  'events_education',
  'events_culture',
  'events_law',
  'events_volunteer',
  'events_party',
  'events_skills',
  'attendances_education',
  'attendances_culture',
  'attendances_law',
  'attendances_volunteer',
  'attendances_party',
  'attendances_skills',
  'minority_attendances_education',
  'minority_attendances_culture',
  'minority_attendances_law',
  'minority_attendances_volunteer',
  'minority_attendances_party',
  'minority_attendances_skills',
  'minority_reached',
  'disputes_registered_neighbour',
  'disputes_registered_family',
  'disputes_registered_land',
  'disputes_registered_labour',
  'disputes_registered_property',
  'disputes_registered_other',
  'disputes_resolved_neighbour',
  'disputes_resolved_family',
  'disputes_resolved_land',
  'disputes_resolved_labour',
  'disputes_resolved_property',
  'disputes_resolved_other',
  'resolved_at_grid',
  'resolved_at_community',
  'resolved_at_town',
  'resolved_at_county_and_above',
  'disputes_escalated',
  'petitions_above_county',
  'resolved_in_days_1',
  'resolved_in_days_2_3',
  'resolved_in_days_4_7',
  'resolved_in_days_8_15',
  'resolved_in_days_16_30',
  'resolved_in_days_31_60',
  'resolved_in_days_over_60',
];

/** GB/T 3304 01–56, 97 其他, 98 外国血统中国籍人士 (frozen like the list above). */
const ETHNIC_COLUMNS_0001 = [
  ...Array.from({ length: 56 }, (_, i) => `ethnic_${String(i + 1).padStart(2, '0')}`),
  'ethnic_97',
  'ethnic_98',
];

const count = (c: ColumnDefinitionBuilder, name: string): ColumnDefinitionBuilder =>
  c
    .notNull()
    .defaultTo(0)
    .check(sql`${sql.ref(name)} >= 0`);

// Generic over the table name so the builder keeps its type through the loop.
function counts<T extends string, C extends string>(
  t: CreateTableBuilder<T, C>,
  names: readonly string[],
): CreateTableBuilder<T, C> {
  let out = t;
  for (const name of names) out = out.addColumn(name, 'integer', (c) => count(c, name)) as CreateTableBuilder<T, C>;
  return out;
}

const MONTH_CHECK = sql`month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`;

// Everything keyed by region carries county_code (the first 6 digits) and has it first in its
// primary key: that is the column Citus distributes the facts by (docs/database.md).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('region')
    .addColumn('code', 'varchar(20)', (c) => c.primaryKey().check(sql`code ~ '^[0-9]+$'`))
    .addColumn('county_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(20)', (c) => c.references('region.code'))
    .addColumn('name', 'text', (c) => c.notNull().check(sql`name <> ''`))
    .addColumn('short_name', 'text', (c) => c.notNull().check(sql`short_name <> ''`))
    .addCheckConstraint(
      'region_level_code',
      sql`(level = 'county' and length(code) = 6 and parent_code is null)
        or (level = 'town' and length(code) = 9)
        or (level = 'community' and length(code) = 12)
        or (level = 'grid' and length(code) = 15)
        or (level = 'building' and length(code) = 20)`,
    )
    .addCheckConstraint('region_county_prefix', sql`substr(code, 1, 6) = county_code`)
    .addCheckConstraint(
      'region_parent_prefix',
      sql`parent_code is null or substr(code, 1, length(parent_code)) = parent_code`,
    )
    .execute();
  await db.schema.createIndex('region_parent').on('region').column('parent_code').execute();
  await db.schema.createIndex('region_county_level').on('region').columns(['county_code', 'level']).execute();

  await db.schema
    .createTable('import_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull().check(sql`kind in ('boundaries', 'reports')`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('file_bytes', 'bigint', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('result', 'varchar(16)', (c) =>
      c.notNull().check(sql`result in ('running', 'ok', 'refused', 'failed', 'dry-run')`),
    )
    .addColumn('message', 'text')
    .addColumn('details', 'jsonb')
    .execute();

  await db.schema
    .createTable('boundary')
    .addColumn('region_code', 'varchar(20)', (c) => c.notNull().references('region.code').onDelete('cascade'))
    .addColumn('county_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('level', 'varchar(10)', (c) => c.notNull())
    .addColumn('geometry', 'jsonb', (c) => c.notNull())
    .addColumn('display', 'jsonb', (c) => c.notNull())
    .addColumn('west', 'double precision', (c) => c.notNull())
    .addColumn('south', 'double precision', (c) => c.notNull())
    .addColumn('east', 'double precision', (c) => c.notNull())
    .addColumn('north', 'double precision', (c) => c.notNull())
    .addColumn('area_m2', 'double precision', (c) => c.notNull())
    .addColumn('vertices', 'integer', (c) => c.notNull())
    .addColumn('dissolved', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('import_id', 'integer')
    .addPrimaryKeyConstraint('boundary_pk', ['county_code', 'region_code'])
    .execute();

  await db.schema
    .createTable('boundary_layer')
    .addColumn('county_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(20)', (c) => c.notNull())
    .addColumn('layer', 'varchar(10)', (c) =>
      c.notNull().check(sql`layer in ('children', 'town', 'community', 'grid', 'building')`),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('features', 'integer', (c) => c.notNull())
    .addColumn('etag', 'varchar(64)', (c) => c.notNull())
    .addColumn('import_id', 'integer')
    .addPrimaryKeyConstraint('boundary_layer_pk', ['county_code', 'parent_code', 'layer'])
    .execute();

  await counts(
    db.schema
      .createTable('grid_month')
      .addColumn('county_code', 'varchar(6)', (c) => c.notNull())
      .addColumn('grid_code', 'varchar(15)', (c) => c.notNull().check(sql`length(grid_code) = 15`))
      .addColumn('month', 'char(7)', (c) => c.notNull().check(MONTH_CHECK))
      .addColumn('import_id', 'integer'),
    FACT_COLUMNS_0001,
  )
    .addPrimaryKeyConstraint('grid_month_pk', ['county_code', 'grid_code', 'month'])
    .execute();

  await counts(
    db.schema
      .createTable('region_month')
      .addColumn('county_code', 'varchar(6)', (c) => c.notNull())
      .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
      .addColumn('level', 'varchar(10)', (c) => c.notNull().check(sql`level in ('county', 'town', 'community')`))
      .addColumn('month', 'char(7)', (c) => c.notNull().check(MONTH_CHECK))
      .addColumn('grids', 'integer', (c) => count(c, 'grids')),
    FACT_COLUMNS_0001,
  )
    .addPrimaryKeyConstraint('region_month_pk', ['county_code', 'region_code', 'month'])
    .execute();

  await counts(
    db.schema
      .createTable('grid_month_residents')
      .addColumn('county_code', 'varchar(6)', (c) => c.notNull())
      .addColumn('grid_code', 'varchar(15)', (c) => c.notNull().check(sql`length(grid_code) = 15`))
      .addColumn('month', 'char(7)', (c) => c.notNull().check(MONTH_CHECK))
      .addColumn('import_id', 'integer')
      .addColumn('residents', 'integer', (c) => count(c, 'residents')),
    ETHNIC_COLUMNS_0001,
  )
    .addPrimaryKeyConstraint('grid_month_residents_pk', ['county_code', 'grid_code', 'month'])
    .execute();

  await counts(
    db.schema
      .createTable('region_month_residents')
      .addColumn('county_code', 'varchar(6)', (c) => c.notNull())
      .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
      .addColumn('level', 'varchar(10)', (c) => c.notNull().check(sql`level in ('county', 'town', 'community')`))
      .addColumn('month', 'char(7)', (c) => c.notNull().check(MONTH_CHECK))
      .addColumn('grids', 'integer', (c) => count(c, 'grids'))
      .addColumn('residents', 'integer', (c) => count(c, 'residents')),
    ETHNIC_COLUMNS_0001,
  )
    .addPrimaryKeyConstraint('region_month_residents_pk', ['county_code', 'region_code', 'month'])
    .execute();

  await db.schema
    .createTable('code_list')
    .addColumn('list', 'varchar(32)', (c) => c.notNull())
    .addColumn('code', 'varchar(32)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('code_list_pk', ['list', 'code'])
    .execute();

  await db.schema
    .createTable('dataset_setting')
    .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .execute();
}
