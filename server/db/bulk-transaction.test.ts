// @vitest-environment node
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/each-database';

/** Database.bulkTransaction: COPY on the transaction's own connection, all or nothing. */

const rows = (n: number, from = 0): string =>
  Array.from(
    { length: n },
    (_, i) => `53239800100100${(from + i) % 10}\t2026-${String((i % 12) + 1).padStart(2, '0')}\t${from + i}\n`,
  ).join('');

describeEachDatabase('bulk transaction', (t) => {
  const count = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from bulk_probe`.execute(t().db)).rows[0]?.n);

  it('copies rows that the same transaction reads, and commits them', async () => {
    await sql`create table bulk_probe (grid_code varchar(15) not null, month char(7) not null, households integer not null)`.execute(
      t().db,
    );
    const seen = await t().bulkTransaction(async (tx, copy) => {
      await copy('bulk_probe', ['grid_code', 'month', 'households'], rows(2500));
      await copy('bulk_probe', ['grid_code', 'month', 'households'], rows(500, 2500));
      return (
        await sql<{ n: number; s: number }>`select count(*) as n, sum(households) as s from bulk_probe`.execute(tx)
      ).rows[0];
    });
    expect({ n: Number(seen?.n), s: Number(seen?.s) }).toEqual({ n: 3000, s: (2999 * 3000) / 2 });
    expect(await count()).toBe(3000);
  });

  it('rolls the copied rows back when the work throws', async () => {
    await expect(
      t().bulkTransaction(async (_tx, copy) => {
        await copy('bulk_probe', ['grid_code', 'month', 'households'], rows(1000));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await count()).toBe(3000);
  });

  it('rejects a COPY the database refuses, keeps nothing of it, and stays usable', async () => {
    await expect(
      t().bulkTransaction(async (_tx, copy) => {
        await copy('bulk_probe', ['grid_code', 'month', 'households'], rows(10));
        await copy('bulk_probe', ['grid_code', 'month', 'households'], '532398001001001\t2026-01\tnot-a-number\n');
      }),
    ).rejects.toThrow();
    expect(await count()).toBe(3000);
    await t().bulkTransaction(async (_tx, copy) => copy('bulk_probe', ['grid_code', 'month', 'households'], rows(1)));
    expect(await count()).toBe(3001);
  });

  it('takes plain identifiers only', async () => {
    await expect(
      t().bulkTransaction((_tx, copy) => copy('bulk_probe; drop table region', ['grid_code'], '')),
    ).rejects.toThrow('not a plain identifier');
  });
});
