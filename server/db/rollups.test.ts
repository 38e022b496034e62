// @vitest-environment node
import { beforeAll, expect, it } from 'vitest';
import { getDataset } from '@mocks/generator/dataset';
import { monthLabel } from '@mocks/generator/months';
import { describeEachDatabase } from '../testing/each-database';
import { FACT_COLUMNS } from './fact-columns';
import { GENERATOR_COLUMNS, GENERATOR_ROW, generatorGridRows } from './generator-facts';
import { rebuildRollups } from './rollups';
import { insertBatched } from './batch';

const ds = getDataset({ size: 'county', asOf: '2026-11-22T00:00:00Z' });

it('maps every field of the generator record to exactly one column', () => {
  const offsets = GENERATOR_COLUMNS.map(([o]) => o).sort((a, b) => a - b);
  expect(offsets).toEqual(Array.from({ length: GENERATOR_ROW }, (_, i) => i));
  const columns = GENERATOR_COLUMNS.map(([, c]) => c);
  expect(new Set(columns).size).toBe(columns.length);
  for (const c of columns) expect(FACT_COLUMNS).toContain(c);
});

describeEachDatabase('rollups', (t) => {
  beforeAll(async () => {
    const db = t().db;
    await db.transaction().execute(async (trx) => {
      const rows = ds.tree.grids.map((grid) => generatorGridRows(ds, grid));
      await insertBatched(
        trx,
        'grid_month',
        rows.flatMap((r) => r.facts),
      );
      await insertBatched(
        trx,
        'grid_month_residents',
        rows.flatMap((r) => r.residents),
      );
      await rebuildRollups(trx, { countyCodes: [ds.root.code] });
    });
  }, 120_000);

  it('writes each region-month as the sum of its grids, equal to the generator field by field', async () => {
    const town = ds.root.children[1];
    const community = town?.children[0];
    if (!town || !community) throw new Error('demo tree too small');
    for (const node of [ds.root, town, community]) {
      const rows = await t()
        .db.selectFrom('region_month')
        .selectAll()
        .where('county_code', '=', ds.root.code)
        .where('region_code', '=', node.code)
        .orderBy('month')
        .execute();
      expect(rows).toHaveLength(ds.months);
      const expected = ds.rows(node);
      rows.forEach((row, m) => {
        expect(row.month).toBe(monthLabel(ds.firstMonth + m));
        expect(row.level).toBe(node.level);
        expect(row.grids).toBe(node.gridEnd - node.gridStart);
        for (const [offset, column] of GENERATOR_COLUMNS) {
          expect({ column, value: row[column] }).toEqual({ column, value: expected[m * GENERATOR_ROW + offset] });
        }
        expect(row.households).toBe(ds.sumGrids(node, (g) => g.households));
        expect(row.grid_workers_part_time).toBe(ds.sumGrids(node, (g) => g.partTimeWorkers));
      });
    }
  });

  it('rolls residents by group up the same way', async () => {
    const row = await t()
      .db.selectFrom('region_month_residents')
      .selectAll()
      .where('county_code', '=', ds.root.code)
      .where('region_code', '=', ds.root.code)
      .where('month', '=', monthLabel(ds.lastMonth))
      .executeTakeFirstOrThrow();
    const counts = ds.ethnic(ds.root);
    expect(row.residents).toBe(counts.reduce((a, b) => a + b, 0));
    expect(row.ethnic_01).toBe(counts[0]);
    expect(row.ethnic_07).toBe(counts[1]); // 彝族 is the dataset's second group
  });

  it('rewrites only the months asked for', async () => {
    const db = t().db;
    const month = monthLabel(ds.lastMonth);
    const grid = ds.tree.grids[0];
    if (!grid) throw new Error('no grid');
    const before = await db
      .selectFrom('region_month')
      .select(['events_law', 'month'])
      .where('region_code', '=', ds.root.code)
      .orderBy('month')
      .execute();
    await db
      .updateTable('grid_month')
      .set((eb) => ({ events_law: eb('events_law', '+', 5) }))
      .where('grid_code', '=', grid.node.code)
      .execute();
    await rebuildRollups(db, { countyCodes: [ds.root.code], months: [month] });
    const after = await db
      .selectFrom('region_month')
      .select(['events_law', 'month'])
      .where('region_code', '=', ds.root.code)
      .orderBy('month')
      .execute();
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)?.events_law).toBe((before.at(-1)?.events_law ?? 0) + 5);
  });
});
