// @vitest-environment node
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { openPglite } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { createTestDatabase } from '../testing/test-databases';
import { importReports } from './db-writer';
import { demoFactsOf, demoGrids, demoMonths } from './demo-facts';
import { writeDemoRegions } from './demo-regions';
import { DS, tempDir } from './test-workbooks';
import { writeCsvSet, writeTemplate } from './template-writer';

/**
 * kill -9 in the middle of `npm run import -- reports`, on the embedded database and on
 * PostgreSQL (where rows are being COPYed into the staging tables on the import's own
 * connection): the previous data is intact afterwards, and the log shows the interrupted
 * import as `running`.
 */

let dir = '';
let done: () => Promise<void> = async () => {};
const months = demoMonths(DS);
const grids = demoGrids(DS);

beforeAll(async () => {
  ({ dir, done } = await tempDir());
}, 60_000);
afterAll(() => done());

/** Two months to import first, and every month again with one household more per grid. */
async function writeFiles(name: string): Promise<{ first: string; big: string[] }> {
  const first = join(dir, `${name}-first.xlsx`);
  await writeTemplate(first, { grids, months: months.slice(-2), values: demoFactsOf(DS) });
  const facts = demoFactsOf(DS);
  const big = await writeCsvSet(join(dir, `${name}-big.xlsx`), {
    grids,
    months,
    values: (g, m) => {
      const f = facts(g, m);
      return f ? { ...f, households: (f.households ?? 0) + 1 } : null;
    },
  });
  return { first, big };
}

async function importFirst(database: Database, first: string): Promise<void> {
  await writeDemoRegions(database.db, DS);
  const r = await importReports(database, [first], { latestMonth: months.at(-1) ?? '' });
  expect(r.errors).toEqual([]);
}

async function snapshot(database: Database) {
  const facts = await database.db
    .selectFrom('grid_month')
    .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.sum('households').as('households')])
    .executeTakeFirst();
  const rollup = await database.db
    .selectFrom('region_month')
    .select((eb) => eb.fn.sum('attendances_culture').as('culture'))
    .where('level', '=', 'county')
    .executeTakeFirst();
  const log = await database.db.selectFrom('import_log').select(['file_name', 'result']).orderBy('id').execute();
  return { rows: Number(facts?.rows), households: Number(facts?.households), culture: Number(rollup?.culture), log };
}

/** Runs the import command on `files` and kills it with SIGKILL halfway through reading. */
async function importAndKill(files: string[], env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', 'reports', ...files], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Halfway through reading: rows are being staged inside the open transaction.
      if (/读取报表 [5-9]0%/.test(stderr)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`import ended (${code}) before the kill: ${stderr}`)),
    );
  });
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

function expectUntouched(before: Snapshot, after: Snapshot, first: string, big: string[]): void {
  // Uncommitted rows are never visible: the killed import's rows must simply not be there.
  expect({ ...after, log: undefined }).toEqual({ ...before, log: undefined });
  expect(after.log).toEqual([
    { file_name: first.split('/').at(-1), result: 'ok' },
    ...big.map((f) => ({ file_name: f.split('/').at(-1), result: 'running' })),
  ]);
}

it('leaves the previous data intact when the import process is killed halfway', async () => {
  const dataDir = join(dir, 'data');
  const { first, big } = await writeFiles('pglite');
  // The embedded database is one process's: close it before the import command opens it.
  const open = async () => {
    const database = await openPglite(dataDir);
    await migrateToLatest(database.db);
    return database;
  };
  let database = await open();
  await importFirst(database, first);
  const before = await snapshot(database);
  expect(before.rows).toBe(grids.length * 2);
  await database.close();

  await importAndKill(big, { SHILIU_DATA_DIR: dataDir, DATABASE_URL: '' });

  database = await open();
  try {
    expectUntouched(before, await snapshot(database), first, big);
  } finally {
    await database.close();
  }
}, 300_000);

it('leaves the previous data intact when the import process is killed halfway (PostgreSQL)', async () => {
  const database = await createTestDatabase('postgres');
  try {
    if (!database.location) throw new Error('no PostgreSQL test database');
    const { first, big } = await writeFiles('postgres');
    await importFirst(database, first);
    const before = await snapshot(database);
    expect(before.rows).toBe(grids.length * 2);

    await importAndKill(big, { DATABASE_URL: database.location });

    expectUntouched(before, await snapshot(database), first, big);
  } finally {
    await database.drop();
  }
}, 300_000);
