// @vitest-environment node
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestDatabase } from '../testing/test-databases';
import { createTestDatabase } from '../testing/test-databases';
import { importReports } from './db-writer';
import { demoFactsOf, demoGrids, demoMonths } from './demo-facts';
import { writeDemoRegions } from './demo-regions';
import { DS, tempDir } from './test-workbooks';
import { writeCsvSet, writeTemplate } from './template-writer';

/**
 * kill -9 in the middle of `npm run import -- reports` on PostgreSQL (rows are being COPYed
 * into the staging tables on the import's own connection): the server rolls the transaction
 * back, the previous data is intact, and the log shows the interrupted import as `running`.
 * kill-import.test.ts does the same on the embedded database.
 */

let dir = '';
let done: () => Promise<void> = async () => {};
let database: TestDatabase | null = null;
const months = demoMonths(DS);

beforeAll(async () => {
  ({ dir, done } = await tempDir());
  database = await createTestDatabase('postgres');
}, 60_000);
afterAll(async () => {
  await database?.drop();
  await done();
}, 60_000);

async function snapshot(d: TestDatabase) {
  const facts = await d.db
    .selectFrom('grid_month')
    .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.sum('households').as('households')])
    .executeTakeFirst();
  const rollup = await d.db
    .selectFrom('region_month')
    .select((eb) => eb.fn.sum('attendances_culture').as('culture'))
    .where('level', '=', 'county')
    .executeTakeFirst();
  const log = await d.db.selectFrom('import_log').select(['file_name', 'result']).orderBy('id').execute();
  return { rows: Number(facts?.rows), households: Number(facts?.households), culture: Number(rollup?.culture), log };
}

it('leaves the previous data intact when the import process is killed halfway (PostgreSQL)', async () => {
  const d = database;
  if (!d?.location) throw new Error('no PostgreSQL test database');
  const first = join(dir, 'first.xlsx');
  const grids = demoGrids(DS);
  await writeTemplate(first, { grids, months: months.slice(-2), values: demoFactsOf(DS) });
  const facts = demoFactsOf(DS);
  const big = await writeCsvSet(join(dir, 'big.xlsx'), {
    grids,
    months,
    values: (g, m) => {
      const f = facts(g, m);
      return f ? { ...f, households: (f.households ?? 0) + 1 } : null;
    },
  });
  await writeDemoRegions(d.db, DS);
  const r = await importReports(d, [first], { latestMonth: months.at(-1) ?? '' });
  expect(r.errors).toEqual([]);
  const before = await snapshot(d);
  expect(before.rows).toBe(grids.length * 2);

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', 'reports', ...big], {
    env: { ...process.env, DATABASE_URL: d.location },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/读取报表 [5-9]0%/.test(stderr)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`import ended (${code}) before the kill: ${stderr}`)),
    );
  });

  // Uncommitted rows are never visible: the killed import's rows must simply not be there.
  const after = await snapshot(d);
  expect({ ...after, log: undefined }).toEqual({ ...before, log: undefined });
  expect(after.log).toEqual([
    { file_name: 'first.xlsx', result: 'ok' },
    ...big.map((f) => ({ file_name: f.split('/').at(-1), result: 'running' })),
  ]);
}, 300_000);
