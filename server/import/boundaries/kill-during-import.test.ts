// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { openPglite } from '../../db/database';
import { importBoundaries } from './import-boundaries';
import { demoDataset, demoGridCollection, writeDemoFiles } from './testing/demo-files';
import { writeFileSync } from 'node:fs';

// kill -9 in the middle of the write: the embedded database must come back with the previous
// boundaries (PostgreSQL's own crash safety is not ours to test; PGlite's file storage is).
const dir = mkdtempSync(join(tmpdir(), 'shiliu-kill-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('an import killed with SIGKILL halfway leaves the previous data intact', async () => {
  const ds = demoDataset();
  const files = writeDemoFiles(dir, ds);
  const town = ds.root.children[0];
  if (!town) throw new Error('no town');
  const townFile = join(dir, 'town.geojson');
  writeFileSync(townFile, JSON.stringify(demoGridCollection(ds, town)));
  const config = { ...loadConfig({}), dataDir };

  const first = await openPglite(dataDir);
  const ok = await importBoundaries(first.db, config, { file: townFile, codes: files.codes });
  expect(ok.result).toBe('ok');
  const before = await first.db.selectFrom('region').select('code').orderBy('code').execute();
  await first.close();

  // One process (node --import tsx), not the tsx wrapper that would spawn the import as a grandchild.
  const args = ['--import', 'tsx', 'server/cli/import.ts', 'boundaries', files.grids, '--codes', files.codes];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, SHILIU_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The old boundaries are deleted inside the open transaction: the worst moment to die.
      if (/删除 .* 的旧边界/.test(output)) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => reject(new Error(`import ended before it could be killed:\n${output}`)));
  }).catch((err: unknown) => {
    if (!/删除/.test(output)) throw err;
  });
  expect(await exited).toBe('SIGKILL');

  // The stale lock of the killed process is taken over; the data is the previous import's.
  const after = await openPglite(dataDir);
  try {
    const regions = await after.db.selectFrom('region').select('code').orderBy('code').execute();
    expect(regions).toEqual(before);
    const last = await after.db
      .selectFrom('import_log')
      .select(['result', 'file_name'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ result: 'running', file_name: 'grids.geojson' });
    // And the database still takes the full import afterwards.
    const again = await importBoundaries(after.db, config, { file: files.grids, codes: files.codes });
    expect(again.result).toBe('ok');
  } finally {
    await after.close();
  }
}, 240_000);
