/**
 * One measured import in its own process (so peak memory is the import's alone):
 *   tsx bench/import-run.ts <pglite|postgres> <size> <file…>
 * Creates a fresh database (a temporary PGlite folder, or a uniquely named PostgreSQL
 * database that is dropped afterwards), writes the generator's region tree, imports the
 * files and prints one JSON line: seconds, peak RSS, database size, grid-months.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { getDataset } from '@mocks/generator/dataset';
import type { DatasetSize } from '@mocks/generator/sizes';
import type { Database } from '../server/db/database';
import { openPglite, openPostgres } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { importReports } from '../server/reports/db-writer';
import { writeDemoRegions } from '../server/reports/demo-regions';
import { adminUrl } from '../server/testing/test-databases';

const [engine, size, ...files] = process.argv.slice(2);
const ds = getDataset({ size: size as DatasetSize, asOf: '2026-11-22T00:00:00Z' });

async function dirBytes(dir: string): Promise<number> {
  const { readdir, stat } = await import('node:fs/promises');
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

async function admin<T>(fn: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl(), max: 1 }) }),
  });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

let database: Database;
let cleanup: () => Promise<void>;
let sizeOf: () => Promise<number>;
if (engine === 'postgres') {
  const name = `shiliu_bench_${randomBytes(5).toString('hex')}`;
  await admin((db) => sql`create database ${sql.id(name)}`.execute(db));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  database = await openPostgres(url.toString(), { max: 2 });
  sizeOf = async () =>
    Number(
      (await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(database.db)).rows[0]?.n,
    );
  cleanup = async () => {
    await database.close();
    await admin((db) => sql`drop database if exists ${sql.id(name)} with (force)`.execute(db));
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-bench-'));
  database = await openPglite(dir);
  sizeOf = () => dirBytes(join(dir, 'pglite'));
  cleanup = async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
try {
  await migrateToLatest(database.db);
  await writeDemoRegions(database.db, ds);
  const emptyBytes = await sizeOf();
  const t = performance.now();
  const r = await importReports(database, files, { latestMonth: '2026-11' });
  const seconds = (performance.now() - t) / 1000;
  if (!r.ok) throw new Error(`import refused: ${r.errorCount} errors, first: ${JSON.stringify(r.errors[0])}`);
  const bytes = await sizeOf();
  console.log(
    JSON.stringify({
      engine,
      seconds,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      dbMB: bytes / 1024 / 1024,
      addedMB: (bytes - emptyBytes) / 1024 / 1024,
      gridMonths: r.gridMonths,
    }),
  );
} finally {
  await cleanup();
}
