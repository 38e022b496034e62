// @vitest-environment node
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPglite } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { importReports } from './db-writer';
import { demoFactsOf, demoGrids, demoMonths } from './demo-facts';
import { writeDemoRegions } from './demo-regions';
import { DS, tempDir } from './test-workbooks';
import { writeCsvSet, writeTemplate } from './template-writer';

/**
 * kill -9 in the middle of `npm run import -- reports` on the embedded database: the
 * previous data is intact afterwards, and the log shows the interrupted import as `running`.
 */

let dir = '';
let done: () => Promise<void> = async () => {};
const months = demoMonths(DS);

beforeAll(async () => {
  ({ dir, done } = await tempDir());
}, 60_000);
afterAll(() => done());

async function snapshot(dataDir: string) {
  const database = await openPglite(dataDir);
  try {
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
  } finally {
    await database.close();
  }
}

it('leaves the previous data intact when the import process is killed halfway', async () => {
  const dataDir = join(dir, 'data');
  const first = join(dir, 'first.xlsx');
  const grids = demoGrids(DS);
  await writeTemplate(first, { grids, months: months.slice(-2), values: demoFactsOf(DS) });
  // Every month again with one household more per grid: a kill must leave none of it.
  const facts = demoFactsOf(DS);
  const big = await writeCsvSet(join(dir, 'big.xlsx'), {
    grids,
    months,
    values: (g, m) => {
      const f = facts(g, m);
      return f ? { ...f, households: (f.households ?? 0) + 1 } : null;
    },
  });
  const database = await openPglite(dataDir);
  try {
    await migrateToLatest(database.db);
    await writeDemoRegions(database.db, DS);
    const r = await importReports(database, [first], { latestMonth: months.at(-1) ?? '' });
    expect(r.errors).toEqual([]);
  } finally {
    await database.close();
  }
  const before = await snapshot(dataDir);
  expect(before.rows).toBe(grids.length * 2);

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', 'reports', ...big], {
    env: { ...process.env, SHILIU_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const killed = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Halfway through reading: rows are being staged inside the open transaction.
      if (/读取报表 [5-9]0%/.test(stderr)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`import ended (${code}) before the kill: ${stderr}`)),
    );
  });
  await killed;

  const after = await snapshot(dataDir);
  expect({ ...after, log: undefined }).toEqual({ ...before, log: undefined });
  expect(after.log).toEqual([
    { file_name: 'first.xlsx', result: 'ok' },
    ...big.map((f) => ({ file_name: f.split('/').at(-1), result: 'running' })),
  ]);
}, 300_000);
