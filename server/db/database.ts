import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { join } from 'node:path';
import pg from 'pg';
import type { ServerConfig } from '../config';
import { lockDataDir } from './data-dir-lock';
import type { Schema } from './schema';

/** An open database: the query builder, which engine, and how to close it. */
export interface Database {
  db: Kysely<Schema>;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** The database could not be opened or reached; `message` is for the user (Chinese). */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

const INT8_OID = 20;

// Counts summed in SQL come back as int8. pg gives strings and PGlite BigInt by default; both
// are turned into numbers here, so one query returns the same JS values on either database.
// Sums of people and events stay far below 2^53.
const toNumber = (value: string | number | bigint): number => Number(value);

/**
 * PGlite 0.4 writes the parameter count as a signed 16-bit number: a statement with more
 * than 32,767 parameters is silently dropped and breaks the connection's next answer
 * (measured here: an INSERT of 400 rows × 84 columns inserted nothing). PostgreSQL allows
 * 65,535. Refuse such a statement loudly; insertBatched() keeps statements below the limit.
 */
export const MAX_PARAMETERS = 32_767;

function guarded(client: PGlite): PGlite {
  const query: PGlite['query'] = (text, params, options) => {
    if (params && params.length > MAX_PARAMETERS) {
      return Promise.reject(
        new Error(`statement with ${params.length} parameters (limit ${MAX_PARAMETERS}): use insertBatched()`),
      );
    }
    return client.query(text, params, options);
  };
  // The dialect calls only query() and close(); PGlite's private fields rule out a Proxy.
  return { query, close: () => client.close() } as unknown as PGlite;
}

/** Opens PGlite in `<dataDir>/pglite`, or in memory when `dataDir` is null (tests). */
export async function openPglite(dataDir: string | null): Promise<Database> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    client = new PGlite(dataDir ? join(dataDir, 'pglite') : undefined, { parsers: { [INT8_OID]: toNumber } });
    await client.waitReady;
  } catch (err) {
    release();
    const detail = err instanceof Error ? err.message : String(err);
    throw new DatabaseUnavailableError(`无法打开内嵌数据库 ${dataDir ?? '（内存）'}：${detail}`, { cause: err });
  }
  const db = new Kysely<Schema>({ dialect: new PGliteDialect(guarded(client)) });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy(); // closes the PGlite instance too
      release();
    },
  };
}

/** Connects to PostgreSQL and checks the connection with one query. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? toNumber : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client whose server went away must not crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end();
    const detail = err instanceof Error ? err.message : String(err);
    throw new DatabaseUnavailableError(`无法连接 PostgreSQL（DATABASE_URL）：${detail}`, { cause: err });
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** The database the configuration names: PostgreSQL with DATABASE_URL, else PGlite in the data folder. */
export function openDatabase(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
