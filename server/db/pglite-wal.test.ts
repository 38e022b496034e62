// @vitest-environment node
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { openPglite } from './database';

/**
 * PGlite never checkpoints on its own (single-user backend, no checkpointer): a bulk load's
 * WAL stayed in the data folder until close, and close kept up to max_wal_size (1 GB) of it
 * (docs/performance.md). bulkTransaction checkpoints after committing and max_wal_size is
 * 64 MB, so the folder holds the tables and at most ~64 MB of WAL.
 */

const dir = mkdtempSync(join(tmpdir(), 'shiliu-wal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const walMB = (): number => {
  const wal = join(dir, 'pglite', 'pg_wal');
  const files = readdirSync(wal).filter((f) => /^[0-9A-F]{24}$/.test(f));
  return files.reduce((s, f) => s + statSync(join(wal, f)).size, 0) / 1024 / 1024;
};

it('keeps at most ~64 MB of WAL in the folder after a bulk load of ~150 MB of WAL', async () => {
  const database = await openPglite(dir);
  try {
    const settings = await sql<{ name: string; setting: string }>`select name, setting from pg_settings
      where name in ('max_wal_size', 'min_wal_size') order by name`.execute(database.db);
    expect(settings.rows).toEqual([
      { name: 'max_wal_size', setting: '64' },
      { name: 'min_wal_size', setting: '32' },
    ]);
    await sql`create table wal_probe (id integer primary key, body text not null)`.execute(database.db);
    await database.bulkTransaction(async (tx) => {
      await sql`insert into wal_probe select i, repeat('x', 200) from generate_series(1, 500000) i`.execute(tx);
    });
    const { rows } = await sql<{ n: number }>`select count(*) as n from wal_probe`.execute(database.db);
    expect(Number(rows[0]?.n)).toBe(500_000);
    // 500,000 rows of ~230 bytes and their index: ~150 MB of WAL written.
    expect(walMB()).toBeLessThanOrEqual(64 + 16);
  } finally {
    await database.close();
  }
  expect(walMB()).toBeLessThanOrEqual(64 + 16);
}, 120_000);
