import type { Kysely, MigrationResultSet } from 'kysely';
import { Migrator, sql } from 'kysely';
import { MIGRATIONS } from './migrations/index';
import type { Schema } from './schema';

const MIGRATION_TABLE = 'schema_migration';
const LOCK_TABLE = 'schema_migration_lock';

/** Where the database's schema stands against the migrations this program knows. */
export interface SchemaStatus {
  /** `current`: all known applied; `behind`: some to apply; `newer`: written by a later Shiliu; `empty`: none applied. */
  state: 'current' | 'behind' | 'newer' | 'empty';
  applied: string[];
  pending: string[];
  /** Applied in the database but unknown to this program. */
  unknown: string[];
  /** Latest migration this program knows. */
  latest: string;
}

/** A schema this program cannot use; `message` is for the user (Chinese). */
export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaError';
  }
}

const KNOWN = Object.keys(MIGRATIONS);
const LATEST = KNOWN[KNOWN.length - 1] ?? '';

function migrator(db: Kysely<Schema>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: LOCK_TABLE,
  });
}

async function appliedNames(db: Kysely<Schema>): Promise<string[]> {
  const exists = await sql<{ present: boolean }>`select to_regclass(${MIGRATION_TABLE}) is not null as present`.execute(
    db,
  );
  if (!exists.rows[0]?.present) return [];
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Reads the schema's version without changing anything. */
export async function schemaStatus(db: Kysely<Schema>): Promise<SchemaStatus> {
  const applied = await appliedNames(db);
  const unknown = applied.filter((name) => !KNOWN.includes(name));
  const pending = KNOWN.filter((name) => !applied.includes(name));
  const state =
    unknown.length > 0 ? 'newer' : applied.length === 0 ? 'empty' : pending.length > 0 ? 'behind' : 'current';
  return { state, applied, pending, unknown, latest: LATEST };
}

/** Message for a database written by a newer Shiliu: this program must not touch it. */
function newerMessage(status: SchemaStatus): string {
  return (
    `数据库结构版本比本程序新（数据库含有本程序不认识的迁移：${status.unknown.join('、')}；本程序最新为 ${status.latest}）。` +
    '请升级 Shiliu 后再启动或导入，不要用旧版本写入这个数据库。'
  );
}

/**
 * For `serve`: refuses a database it cannot read correctly. A newer schema → SchemaError;
 * pending migrations → SchemaError asking to run the import (which migrates) first.
 */
export async function assertSchemaCurrent(db: Kysely<Schema>): Promise<SchemaStatus> {
  const status = await schemaStatus(db);
  if (status.state === 'newer') throw new SchemaError(newerMessage(status));
  if (status.state !== 'current') {
    throw new SchemaError(
      status.state === 'empty'
        ? '数据库是空的：请先导入边界和月报（npm run import -- boundaries …），再启动服务。'
        : `数据库结构需要升级（待执行迁移：${status.pending.join('、')}）：请先运行一次导入命令或 npm run db:migrate。`,
    );
  }
  return status;
}

/** Applies the pending migrations in one transaction (PostgreSQL has transactional DDL). Refuses a newer schema. */
export async function migrateToLatest(db: Kysely<Schema>): Promise<SchemaStatus> {
  const before = await schemaStatus(db);
  if (before.state === 'newer') throw new SchemaError(newerMessage(before));
  if (before.pending.length > 0) {
    const result: MigrationResultSet = await migrator(db).migrateToLatest();
    if (result.error) {
      const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? '未知';
      const detail = result.error instanceof Error ? result.error.message : String(result.error);
      throw new SchemaError(`数据库迁移 ${failed} 失败：${detail}`);
    }
  }
  return schemaStatus(db);
}
