// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { FactsSource } from './answers/facts-source';
import { loadConfig, loadServeConfig } from './config';
import { openPglite } from './db/database';
import { migrateToLatest } from './db/migrate';
import { logSink } from './http/test-app';
import { portArgument, startServe } from './serve';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-serve-'));
  dirs.push(dir);
  return dir;
}

/** Only what start-up reads; the API's answers are tested with server/http/api-routes.ts. */
const facts = () => ({
  source: {
    dataset: async () => ({ datasetName: '测试县数据', firstMonth: '2025-01', lastMonth: '2026-11' }),
  } as unknown as FactsSource,
  regions: async () => 373,
});

function options(dir: string) {
  const env = { SHILIU_DATA_DIR: dir, PORT: '0', SHILIU_DIST_DIR: join(dir, 'no-build') };
  return { server: loadConfig(env), serve: loadServeConfig(env), facts, logStream: logSink().stream };
}

describe('npm run serve', () => {
  it('starts with a line naming the database, regions, months and URL, serves, and stops', async () => {
    const dir = dataDir();
    const running = await startServe({ ...options(dir), migrate: true });
    expect(running.banner).toMatch(
      new RegExp(
        `内嵌数据库（PGlite）：${dir}，测试县数据，区域 373 个，月份 23 个（2025-01..2026-11），地址 http://127\\.0\\.0\\.1:\\d+/`,
      ),
    );
    const res = await fetch(`${running.url}readyz`);
    expect(await res.json()).toEqual({ status: 'ready' });
    await running.close();
    await expect(fetch(`${running.url}healthz`)).rejects.toThrow();
  }, 180_000);

  it('refuses a database written by a newer Shiliu, with the message to upgrade', async () => {
    const dir = dataDir();
    const database = await openPglite(dir);
    await migrateToLatest(database.db);
    await sql`insert into schema_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00Z')`.execute(
      database.db,
    );
    await database.close();
    await expect(startServe(options(dir))).rejects.toThrow(/比本程序新.*9999-from-the-future.*请升级 Shiliu/);
    await expect(startServe({ ...options(dir), migrate: true })).rejects.toThrow(/请升级 Shiliu/);
    // The folder's lock was released: the database can be opened again.
    await (await openPglite(dir)).close();
  }, 180_000);

  it('refuses an empty database and says to import first', async () => {
    await expect(startServe(options(dataDir()))).rejects.toThrow(/数据库是空的/);
  }, 180_000);

  it('takes the port from --port or --port=', () => {
    expect(portArgument(['--demo', '--port', '8080'])).toBe('8080');
    expect(portArgument(['--port=9090'])).toBe('9090');
    expect(portArgument(['--demo'])).toBeUndefined();
  });
});
