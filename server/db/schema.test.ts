// @vitest-environment node
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/each-database';
import { ETHNIC_COLUMNS, FACT_COLUMNS } from './fact-columns';
import { assertSchemaCurrent, migrateToLatest, schemaStatus, SchemaError } from './migrate';
import { insertBatched } from './batch';

async function columnsOf(db: Parameters<typeof schemaStatus>[0], table: string): Promise<string[]> {
  const result = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db);
  return result.rows.map((r) => r.column_name);
}

describeEachDatabase('schema', (t) => {
  it('is current after migrating, and migrating again changes nothing', async () => {
    const status = await schemaStatus(t().db);
    expect(status.state).toBe('current');
    expect(status.applied).toEqual(['0001-initial', '0002-code-lists', '0003-read-tokens']);
    await expect(migrateToLatest(t().db)).resolves.toMatchObject({ state: 'current' });
    await expect(assertSchemaCurrent(t().db)).resolves.toMatchObject({ state: 'current' });
  });

  it('has one integer column per fact field in the grid and region tables', async () => {
    const grid = await columnsOf(t().db, 'grid_month');
    const sorted = (xs: readonly string[]): string[] => [...xs].sort();
    expect(sorted(grid)).toEqual(sorted(['county_code', 'grid_code', 'month', 'import_id', ...FACT_COLUMNS]));
    const region = await columnsOf(t().db, 'region_month');
    expect(sorted(region)).toEqual(sorted(['county_code', 'region_code', 'level', 'month', 'grids', ...FACT_COLUMNS]));
    const residents = await columnsOf(t().db, 'grid_month_residents');
    expect(sorted(residents)).toEqual(
      sorted(['county_code', 'grid_code', 'month', 'import_id', 'residents', ...ETHNIC_COLUMNS]),
    );
    expect(ETHNIC_COLUMNS).toHaveLength(58);
  });

  it('seeds the code lists (GB/T 3304 with 97 and 98, categories)', async () => {
    const rows = await t().db.selectFrom('code_list').select(['list', 'code', 'name']).orderBy('sort').execute();
    const ethnic = rows.filter((r) => r.list === 'ethnic-group');
    expect(ethnic).toHaveLength(58);
    expect(ethnic[0]).toMatchObject({ code: '01', name: '汉族' });
    expect(ethnic.find((r) => r.code === '98')?.name).toBe('外国血统中国籍人士');
    // Every category has its columns.
    for (const r of rows.filter((x) => x.list === 'event-category')) {
      expect(FACT_COLUMNS).toContain(`events_${r.code}`);
      expect(FACT_COLUMNS).toContain(`minority_attendances_${r.code}`);
    }
    for (const r of rows.filter((x) => x.list === 'dispute-category'))
      expect(FACT_COLUMNS).toContain(`disputes_resolved_${r.code}`);
    for (const r of rows.filter((x) => x.list === 'welfare-post-type'))
      expect(FACT_COLUMNS).toContain(`welfare_posts_${r.code}`);
    for (const r of rows.filter((x) => x.list === 'training-course'))
      expect(FACT_COLUMNS).toContain(`trainees_${r.code}`);
  });

  it('refuses regions whose code does not fit the level or the parent', async () => {
    const db = t().db;
    await db
      .insertInto('region')
      .values({
        code: '532398',
        county_code: '532398',
        level: 'county',
        parent_code: null,
        name: '石榴县',
        short_name: '石榴县',
      })
      .execute();
    const bad = [
      { code: '53239810', county_code: '532398', level: 'town' as const, parent_code: '532398' },
      { code: '532399101', county_code: '532398', level: 'town' as const, parent_code: '532398' },
      { code: '532398101', county_code: '532398', level: 'town' as const, parent_code: '999999' },
    ];
    for (const r of bad) {
      await expect(
        db
          .insertInto('region')
          .values({ ...r, name: 'x', short_name: 'x' })
          .execute(),
      ).rejects.toThrow();
    }
    await db.deleteFrom('region').execute();
  });

  it('refuses negative counts and malformed months, and sums come back as numbers', async () => {
    const db = t().db;
    const row = { county_code: '532398', grid_code: '532398101001001', month: '2026-05' };
    await expect(
      db
        .insertInto('grid_month')
        .values({ ...row, households: -1 })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('grid_month')
        .values({ ...row, month: '2026-13' })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('grid_month')
      .values({ ...row, households: 343 })
      .execute();
    await db
      .insertInto('grid_month')
      .values({ ...row, grid_code: '532398101001002', households: 2 })
      .execute();
    const sum = await db
      .selectFrom('grid_month')
      .select((eb) => [eb.fn.sum<number>('households').as('households'), eb.fn.countAll<number>().as('n')])
      .executeTakeFirstOrThrow();
    expect(sum).toEqual({ households: 345, n: 2 });
    await db.deleteFrom('grid_month').execute();
  });

  it('refuses to work on a database written by a newer Shiliu', async () => {
    const db = t().db;
    await sql`insert into schema_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00Z')`.execute(
      db,
    );
    try {
      expect((await schemaStatus(db)).state).toBe('newer');
      await expect(assertSchemaCurrent(db)).rejects.toThrow(SchemaError);
      await expect(assertSchemaCurrent(db)).rejects.toThrow(/比本程序新.*9999-from-the-future/);
      await expect(migrateToLatest(db)).rejects.toThrow(/请升级 Shiliu/);
    } finally {
      await sql`delete from schema_migration where name = '9999-from-the-future'`.execute(db);
    }
  });
});

describeEachDatabase('batched inserts', (t) => {
  it('writes more rows than one statement may carry, and refuses an oversized statement loudly', async () => {
    const db = t().db;
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      county_code: '532398',
      grid_code: `532398101${String(Math.floor(i / 24) + 1).padStart(3, '0')}001`,
      month: `20${24 + Math.floor((i % 24) / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      households: i,
      ...Object.fromEntries(FACT_COLUMNS.map((c) => [c, 1])),
    }));
    rows.forEach((r) => (r.households = 7));
    await expect(insertBatched(db, 'grid_month', rows)).resolves.toBe(1200);
    const sum = await db
      .selectFrom('grid_month')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('households').as('h')])
      .executeTakeFirstOrThrow();
    expect(sum).toEqual({ n: 1200, h: 8400 });
    if (t().engine === 'pglite') {
      const base = rows[0];
      if (!base) throw new Error('no rows');
      // 400 rows × 84 columns = 33,600 parameters: past what PGlite 0.4 can carry.
      const wide = Array.from({ length: 400 }, (_, i) => ({
        ...base,
        month: '2023-01',
        grid_code: `532398101${String(i).padStart(3, '0')}099`,
      }));
      await expect(db.insertInto('grid_month').values(wide).execute()).rejects.toThrow(/parameters/);
    }
    await db.deleteFrom('grid_month').execute();
  });
});
