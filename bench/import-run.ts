/**
 * One step of a measured import, each in its own process:
 *   tsx bench/import-run.ts setup <pglite|postgres> <size>     → prints {"target": …}
 *   tsx bench/import-run.ts import <pglite|postgres> <target> <file…>
 *   tsx bench/import-run.ts cleanup <pglite|postgres> <target>
 *   tsx bench/import-run.ts setup-empty <pglite|postgres>      → a fresh database, migrated only
 *   tsx bench/import-run.ts boundaries <pglite|postgres> <target> <grids.geojson> <codes.csv>
 * `setup` creates a fresh database (a temporary PGlite folder, or a uniquely named PostgreSQL
 * database) and writes the generator's region tree into it, as the boundaries import would.
 * `import` then runs in a process of its own, as `npm run import -- reports` does after the
 * boundaries: its peak RSS is the import's alone (not the generator's data set, nor PGlite's
 * initdb, which peaks at ~800 MB on a new folder and is not part of an import). It prints
 * one JSON line: seconds, peak RSS, database size before and after, grid-months, phases.
 * `boundaries` runs `npm run import -- boundaries <grids> --codes <codes>` (importBoundaries)
 * the same way into a database set up by `setup-empty`: grids read, checked, repaired, the
 * communities, towns and county dissolved from them, simplified and written.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../server/db/database';
import { openPglite, openPostgres } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';
import { loadConfig } from '../server/config';
import { importBoundaries } from '../server/import/boundaries/import-boundaries';
import { importReports } from '../server/reports/db-writer';
import { adminUrl } from '../server/testing/test-databases';

const [step, engine, arg, ...files] = process.argv.slice(2);

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

function postgresUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const open = (target: string): Promise<Database> =>
  engine === 'postgres' ? openPostgres(postgresUrl(target), { max: 2 }) : openPglite(target);

async function sizeOf(database: Database, target: string): Promise<number> {
  if (engine !== 'postgres') return dirBytes(join(target, 'pglite'));
  const r = await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(database.db);
  return Number(r.rows[0]?.n);
}

/** One import's figures as a JSON line for import-bench.ts: time, this process's peak RSS, database growth. */
async function printResult(
  database: Database,
  target: string,
  emptyBytes: number,
  seconds: number,
  extra: Record<string, unknown>,
): Promise<void> {
  const bytes = await sizeOf(database, target);
  console.log(
    JSON.stringify({
      engine,
      seconds,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      dbMB: bytes / 1024 / 1024,
      addedMB: (bytes - emptyBytes) / 1024 / 1024,
      ...extra,
    }),
  );
}

async function createTarget(): Promise<string> {
  if (engine !== 'postgres') return mkdtempSync(join(tmpdir(), 'shiliu-bench-'));
  const target = `shiliu_bench_${randomBytes(5).toString('hex')}`;
  await admin((db) => sql`create database ${sql.id(target)}`.execute(db));
  return target;
}

if (step === 'setup-empty') {
  const target = await createTarget();
  const database = await open(target);
  try {
    await migrateToLatest(database.db);
  } finally {
    await database.close();
  }
  console.log(JSON.stringify({ target }));
} else if (step === 'boundaries' && arg) {
  const [grids, codes] = files;
  if (!grids || !codes) throw new Error('boundaries needs <grids.geojson> <codes.csv>');
  const database = await open(arg);
  try {
    const emptyBytes = await sizeOf(database, arg);
    const t = performance.now();
    const config = { ...loadConfig({}), dataDir: arg };
    const r = await importBoundaries(database.db, config, { file: grids, codes });
    const seconds = (performance.now() - t) / 1000;
    if (r.result !== 'ok') {
      const first = r.issues.find((i) => i.severity === 'error');
      throw new Error(`boundaries import ${r.result}: ${first?.message ?? ''}`);
    }
    await printResult(database, arg, emptyBytes, seconds, { regions: r.regions });
  } finally {
    await database.close();
  }
} else if (step === 'setup') {
  const { getDataset } = await import('@mocks/generator/dataset');
  const { writeDemoRegions } = await import('../server/reports/demo-regions');
  const ds = getDataset({ size: arg as 'county', asOf: '2026-11-22T00:00:00Z' });
  const target = await createTarget();
  const database = await open(target);
  try {
    await migrateToLatest(database.db);
    await writeDemoRegions(database.db, ds);
  } finally {
    await database.close();
  }
  console.log(JSON.stringify({ target }));
} else if (step === 'import' && arg) {
  const database = await open(arg);
  try {
    const emptyBytes = await sizeOf(database, arg);
    const phases: Record<string, number> = {};
    const t = performance.now();
    const r = await importReports(database, files, {
      latestMonth: '2026-11',
      onPhase: (phase, ms) => (phases[phase] = ms / 1000),
    });
    const seconds = (performance.now() - t) / 1000;
    if (!r.ok) throw new Error(`import refused: ${r.errorCount} errors, first: ${JSON.stringify(r.errors[0])}`);
    await printResult(database, arg, emptyBytes, seconds, { gridMonths: r.gridMonths, phases });
  } finally {
    await database.close();
  }
} else if (step === 'cleanup' && arg) {
  if (engine === 'postgres') await admin((db) => sql`drop database if exists ${sql.id(arg)} with (force)`.execute(db));
  else rmSync(arg, { recursive: true, force: true });
} else {
  throw new Error(
    'usage: import-run.ts setup|setup-empty|import|boundaries|cleanup <pglite|postgres> <size|target> [file…]',
  );
}
