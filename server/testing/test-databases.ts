import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../db/database';
import { openPglite, openPostgres } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/**
 * Databases for tests: every DB test runs on both engines. PGlite runs in memory or in a
 * temporary folder; PostgreSQL is the local server (Debian's `postgresql`, started by
 * scripts/ensure-system.mjs via ensure-postgres.mjs), where each test file creates its own
 * uniquely named database and drops it afterwards.
 */
export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

export interface TestDatabase extends Database {
  engine: Engine;
  /** PGlite: the data folder (null in memory). PostgreSQL: the database's URL. */
  location: string | null;
  /** Closes and deletes the database (folder or PostgreSQL database). */
  drop(): Promise<void>;
}

/** The maintenance database of the local server; override with SHILIU_TEST_POSTGRES_URL. */
export function adminUrl(): string {
  return (
    process.env.SHILIU_TEST_POSTGRES_URL ??
    `postgresql://${encodeURIComponent(userInfo().username)}@localhost/postgres?host=/var/run/postgresql`
  );
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl(), max: 1 }) }),
  });
  try {
    return await fn(admin);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new Error(
      `Local PostgreSQL not reachable at ${adminUrl()} (${detail}). Run \`node scripts/ensure-system.mjs\` ` +
        'as root (it installs and starts Debian postgresql), or set SHILIU_TEST_POSTGRES_URL.',
      { cause: err },
    );
  } finally {
    await admin.destroy();
  }
}

/** A new PostgreSQL database named shiliu_test_<random>, migrated unless `migrate: false`. */
async function createPostgres(migrate: boolean): Promise<TestDatabase> {
  const name = `shiliu_test_${process.pid}_${randomBytes(5).toString('hex')}`;
  await withAdmin((admin) => sql`create database ${sql.id(name)}`.execute(admin));
  const url = urlFor(name);
  const opened = await openPostgres(url, { max: 4 });
  if (migrate) await migrateToLatest(opened.db);
  let dropped = false;
  return {
    ...opened,
    engine: 'postgres',
    location: url,
    async drop() {
      if (dropped) return;
      dropped = true;
      await opened.close();
      await withAdmin((admin) => sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin));
    },
  };
}

async function createPglite(migrate: boolean, onDisk: boolean): Promise<TestDatabase> {
  const dir = onDisk ? mkdtempSync(join(tmpdir(), 'shiliu-test-')) : null;
  const opened = await openPglite(dir);
  if (migrate) await migrateToLatest(opened.db);
  let dropped = false;
  return {
    ...opened,
    engine: 'pglite',
    location: dir,
    async drop() {
      if (dropped) return;
      dropped = true;
      await opened.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestDatabaseOptions {
  /** Apply the migrations (default true). */
  migrate?: boolean;
  /** PGlite in a temporary folder instead of memory (default false). */
  onDisk?: boolean;
}

/** A fresh, empty database on `engine`. Call `drop()` when done (afterAll). */
export function createTestDatabase(engine: Engine, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  return engine === 'postgres' ? createPostgres(migrate) : createPglite(migrate, options.onDisk ?? false);
}
