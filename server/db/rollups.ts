import type { Kysely, RawBuilder, Transaction } from 'kysely';
import { sql } from 'kysely';
import { ETHNIC_COLUMNS, FACT_COLUMNS } from './fact-columns';
import type { EthnicColumn, FactColumn, Schema } from './schema';

/** Which part of the rollups to rewrite: these counties, optionally only these months. */
export interface RollupScope {
  countyCodes: readonly string[];
  months?: readonly string[];
}

type Executor = Kysely<Schema> | Transaction<Schema>;
type RollupLevel = 'county' | 'town' | 'community';

// The ancestor code is a prefix of the grid code (checked at the boundaries import).
// Static SQL text per level: no value is spliced in, and GROUP BY repeats the same expression.
// Grouped in the "C" collation: codes are digits, so the groups are the same in any
// collation, but a sort in "C" compares bytes (and abbreviated keys) where a database's
// locale (C.UTF-8, zh_CN.UTF-8 on PostgreSQL) goes through strcoll — the province's community
// rollup sorts 1.2 M rows of ~370 bytes (docs/performance.md). PGlite's default is "C" already.
const PREFIX: Record<RollupLevel, RawBuilder<string>> = {
  county: sql<string>`substr(grid_code, 1, 6) collate "C"`,
  town: sql<string>`substr(grid_code, 1, 9) collate "C"`,
  community: sql<string>`substr(grid_code, 1, 12) collate "C"`,
};
// The same prefixes of a rolled-up region's code (town from its communities, county from its towns).
const REGION_PREFIX: Record<RollupLevel, RawBuilder<string>> = {
  county: sql<string>`substr(region_code, 1, 6) collate "C"`,
  town: sql<string>`substr(region_code, 1, 9) collate "C"`,
  community: sql<string>`substr(region_code, 1, 12) collate "C"`,
};
// The month grouped in "C" as well (the last sort key, compared for every grid of a community).
const MONTH = sql<string>`month collate "C"`;
// Bottom up: each level is summed from the one written before it.
const LEVELS: readonly RollupLevel[] = ['community', 'town', 'county'];

const facts = FACT_COLUMNS as readonly FactColumn[];
const ethnic = ETHNIC_COLUMNS as readonly EthnicColumn[];

/**
 * Rewrites region_month and region_month_residents for the scope. Communities are summed
 * from the grid tables (one INSERT … SELECT … GROUP BY each), towns from the communities just
 * written and counties from the towns: sums of sums, so the grid tables — the big ones — are
 * read once instead of once per level. Every statement filters and groups by county_code, so
 * on Citus (facts distributed by county_code) each runs inside one shard group. Call it inside
 * the import's transaction, after the grid rows are written.
 */
export async function rebuildRollups(db: Executor, scope: RollupScope): Promise<void> {
  const counties = [...scope.countyCodes];
  if (counties.length === 0) return;
  const months = scope.months ? [...scope.months] : null;
  if (months && months.length === 0) return;

  let deleteFacts = db.deleteFrom('region_month').where('county_code', 'in', counties);
  let deleteResidents = db.deleteFrom('region_month_residents').where('county_code', 'in', counties);
  if (months) {
    deleteFacts = deleteFacts.where('month', 'in', months);
    deleteResidents = deleteResidents.where('month', 'in', months);
  }
  await deleteFacts.execute();
  await deleteResidents.execute();

  let below: RollupLevel | null = null;
  for (const level of LEVELS) {
    // Select lists in the INSERT's column order.
    const keys = (group: RawBuilder<string>) => [
      'county_code' as const,
      group.as('region_code'),
      sql.lit(level).as('level'),
      MONTH.as('month'),
    ];
    const source =
      below === null
        ? db
            .selectFrom('grid_month')
            .select((eb) => [
              ...keys(PREFIX[level]),
              eb.fn.countAll().as('grids'),
              ...facts.map((c) => eb.fn.sum(c).as(c)),
            ])
            .where('county_code', 'in', counties)
            .$if(months !== null, (qb) => qb.where('month', 'in', months ?? []))
            .groupBy(['county_code', PREFIX[level], MONTH])
        : db
            .selectFrom('region_month')
            .select((eb) => [
              ...keys(REGION_PREFIX[level]),
              eb.fn.sum('grids').as('grids'),
              ...facts.map((c) => eb.fn.sum(c).as(c)),
            ])
            .where('level', '=', below)
            .where('county_code', 'in', counties)
            .$if(months !== null, (qb) => qb.where('month', 'in', months ?? []))
            .groupBy(['county_code', REGION_PREFIX[level], MONTH]);
    await db
      .insertInto('region_month')
      .columns(['county_code', 'region_code', 'level', 'month', 'grids', ...facts])
      .expression(source)
      .execute();

    const residents =
      below === null
        ? db
            .selectFrom('grid_month_residents')
            .select((eb) => [
              ...keys(PREFIX[level]),
              eb.fn.countAll().as('grids'),
              eb.fn.sum('residents').as('residents'),
              ...ethnic.map((c) => eb.fn.sum(c).as(c)),
            ])
            .where('county_code', 'in', counties)
            .$if(months !== null, (qb) => qb.where('month', 'in', months ?? []))
            .groupBy(['county_code', PREFIX[level], MONTH])
        : db
            .selectFrom('region_month_residents')
            .select((eb) => [
              ...keys(REGION_PREFIX[level]),
              eb.fn.sum('grids').as('grids'),
              eb.fn.sum('residents').as('residents'),
              ...ethnic.map((c) => eb.fn.sum(c).as(c)),
            ])
            .where('level', '=', below)
            .where('county_code', 'in', counties)
            .$if(months !== null, (qb) => qb.where('month', 'in', months ?? []))
            .groupBy(['county_code', REGION_PREFIX[level], MONTH]);
    await db
      .insertInto('region_month_residents')
      .columns(['county_code', 'region_code', 'level', 'month', 'grids', 'residents', ...ethnic])
      .expression(residents)
      .execute();
    below = level;
  }
}
