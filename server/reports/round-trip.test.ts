// @vitest-environment node
import { sql } from 'kysely';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DATASET_GROUPS } from '@mocks/generator/ethnic-groups';
import { ROW } from '@mocks/generator/fields';
import { ETHNIC_COLUMNS, FACT_COLUMNS, ethnicColumn } from '../db/fact-columns';
import { GENERATOR_COLUMNS } from '../db/generator-facts';
import { describeEachDatabase } from '../testing/each-database';
import { columnOf } from './db-columns';
import { importReports } from './db-writer';
import { demoFactsOf, demoGrids, demoMonths } from './demo-facts';
import { writeDemoRegions } from './demo-regions';
import { FIELD_KEYS } from './layout';
import { DS, editWorkbook, tempDir } from './test-workbooks';
import { writeTemplate } from './template-writer';

/**
 * The demo through the same door as a county's files: the generator's county written into
 * the template, imported, and the database's totals compared with the generator's, field by
 * field and month by month, on both databases.
 */

let dir = '';
let done: () => Promise<void> = async () => {};
let workbook = '';
let broken = '';
const months = demoMonths(DS);

beforeAll(async () => {
  ({ dir, done } = await tempDir());
  workbook = join(dir, 'demo.xlsx');
  await writeTemplate(workbook, { grids: demoGrids(DS), months, values: demoFactsOf(DS) });
  broken = join(dir, 'broken.xlsx');
  await writeTemplate(broken, { grids: demoGrids(DS).slice(0, 5), months: months.slice(-1), values: demoFactsOf(DS) });
  await editWorkbook(broken, (wb) => {
    const c = wb.getWorksheet('网格基本情况')?.getCell(3, 6);
    if (c) c.value = '12%';
  });
}, 180_000);
afterAll(() => done());

it('maps every fact and residents column from exactly one report field', () => {
  const columns = FIELD_KEYS.map(columnOf).filter((c): c is string => c !== null);
  expect(new Set(columns).size).toBe(columns.length);
  expect([...columns].sort()).toEqual([...FACT_COLUMNS, 'residents', ...ETHNIC_COLUMNS].sort());
});

describeEachDatabase('demo county through the report import', (t) => {
  const sums = async (table: 'grid_month' | 'region_month', where = sql`true`) => {
    const list = sql.join(FACT_COLUMNS.map((c) => sql`sum(${sql.ref(c)})::bigint as ${sql.ref(c)}`));
    const r = await sql<Record<string, number | string>>`select month, ${list} from ${sql.table(table)}
      where ${where} group by month order by month`.execute(t().db);
    return r.rows;
  };

  it('imports the county and its totals equal the generator, field by field and month by month', async () => {
    const db = t().db;
    await writeDemoRegions(db, DS);
    const r = await importReports(t(), [workbook], { latestMonth: months.at(-1) ?? '' });
    expect(r.errors).toEqual([]);
    expect(r.gridMonths).toBe(DS.tree.grids.length * months.length);
    const county = DS.rows(DS.root);
    const expected = months.map((month, m) => {
      const rec: Record<string, number | string> = { month };
      for (const [offset, column] of GENERATOR_COLUMNS) rec[column] = county[m * ROW + offset] ?? 0;
      rec.households = DS.sumGrids(DS.root, (g) => g.households);
      rec.grid_heads = DS.tree.grids.length;
      rec.grid_workers_full_time = DS.tree.grids.length;
      rec.grid_workers_part_time = DS.sumGrids(DS.root, (g) => g.partTimeWorkers);
      return rec;
    });
    const normalise = (rows: Record<string, number | string>[]) =>
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === 'month' ? v : Number(v)])));
    expect(normalise(await sums('grid_month'))).toEqual(expected);
    // The county's rollup, written in the same transaction, says the same.
    expect(normalise(await sums('region_month', sql`level = 'county'`))).toEqual(expected);
    const residents = await sql<Record<string, number>>`select ${sql.join(
      ETHNIC_COLUMNS.map((c) => sql`sum(${sql.ref(c)})::bigint as ${sql.ref(c)}`),
    )}, sum(residents)::bigint as residents from grid_month_residents where month = ${months[0] ?? ''}`.execute(db);
    const groups = DS.ethnic(DS.root);
    const want: Record<string, number> = Object.fromEntries(ETHNIC_COLUMNS.map((c) => [c, 0]));
    DATASET_GROUPS.forEach((code, i) => (want[ethnicColumn(code)] = groups[i] ?? 0));
    want.residents = DS.sumGrids(DS.root, (g) => g.residents);
    const got = Object.fromEntries(Object.entries(residents.rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
    expect(got).toEqual(want);
  }, 240_000);

  it('refuses a broken file without touching the data, and the log keeps both', async () => {
    const db = t().db;
    const before = await sums('grid_month');
    const r = await importReports(t(), [broken], { latestMonth: months.at(-1) ?? '' });
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.message).toContain('百分比');
    expect(await sums('grid_month')).toEqual(before);
    const log = await db.selectFrom('import_log').select(['file_name', 'result', 'rows']).orderBy('id').execute();
    expect(log).toEqual([
      { file_name: 'demo.xlsx', result: 'ok', rows: DS.tree.grids.length * months.length * 5 },
      { file_name: 'broken.xlsx', result: 'refused', rows: 0 },
    ]);
  }, 120_000);

  it('re-importing a month replaces that month for those grids', async () => {
    const db = t().db;
    const last = months.at(-1) ?? '';
    const again = join(dir, `again-${t().engine}.xlsx`);
    const grids = demoGrids(DS).slice(0, 4);
    const facts = demoFactsOf(DS);
    // The same four grids with one more household each.
    await writeTemplate(again, {
      grids,
      months: [last],
      values: (g, m) => {
        const f = facts(g, m);
        return f ? { ...f, households: (f.households ?? 0) + 1 } : null;
      },
    });
    const before = await sums('grid_month', sql`month = ${last}`);
    const rollupsBefore = await sums('region_month');
    const touched = sql.join(grids.map((g) => g.code));
    const othersBefore = await sums('grid_month', sql`grid_code not in (${touched})`);
    const r = await importReports(t(), [again], { latestMonth: last });
    expect(r.errors).toEqual([]);
    const after = await sums('grid_month', sql`month = ${last}`);
    expect(Number(after[0]?.households)).toBe(Number(before[0]?.households) + 4);
    // Only that month of those grids changed: every other grid-month is as it was, and so
    // are the rollups of every other month (each region summed once per level).
    expect(await sums('grid_month', sql`grid_code not in (${touched})`)).toEqual(othersBefore);
    const rollupsAfter = await sums('region_month');
    expect(rollupsAfter.filter((row) => row.month !== last)).toEqual(rollupsBefore.filter((row) => row.month !== last));
    const lastBefore = rollupsBefore.find((row) => row.month === last);
    const lastAfter = rollupsAfter.find((row) => row.month === last);
    expect(Number(lastAfter?.households)).toBe(Number(lastBefore?.households) + 4 * 3);
    expect({ ...lastAfter, households: 0 }).toEqual({ ...lastBefore, households: 0 });
    const count = await db
      .selectFrom('grid_month')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(DS.tree.grids.length * months.length);
    const rollup = await sums('region_month', sql`level = 'county' and month = ${last}`);
    expect(Number(rollup[0]?.households)).toBe(Number(after[0]?.households));
  }, 120_000);
});
