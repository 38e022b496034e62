import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from 'kysely';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { join } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ServerConfig } from '../config';
import { lockDataDir } from './data-dir-lock';
import type { Schema } from './schema';

/**
 * Bulk load inside a bulk transaction: `text` is rows in COPY's text format (tab between
 * values, newline after each row; the caller writes only digits and codes, nothing to escape),
 * as a string or as its UTF-8 bytes.
 */
export type CopyRows = (
  table: string,
  columns: readonly string[],
  text: string | Uint8Array<ArrayBuffer>,
) => Promise<void>;

/** An open database: the query builder, which engine, and how to close it. */
export interface Database {
  db: Kysely<Schema>;
  kind: 'pglite' | 'postgres';
  /**
   * One transaction on one connection, with COPY on that same connection: PostgreSQL's
   * `COPY … FROM STDIN` (pg-copy-streams), PGlite's `COPY … FROM '/dev/blob'`. Committed when
   * `fn` resolves, rolled back when it throws (or the process dies).
   */
  bulkTransaction<T>(fn: (tx: Transaction<Schema>, copy: CopyRows) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const copySql = (table: string, columns: readonly string[], source: string): string => {
  const ident = (name: string): string => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
    return `"${name}"`;
  };
  return `copy ${ident(table)} (${columns.map(ident).join(', ')}) from ${source}`;
};

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

/**
 * PGlite runs PostgreSQL as a single-user backend: there is no checkpointer, so WAL is never
 * checkpointed while it runs (not at max_wal_size, not at checkpoint_timeout) — only by an
 * explicit CHECKPOINT (bulkTransaction does one after committing) and at close. What a
 * checkpoint keeps of it is recycled segments for later writes, up to max_wal_size: PGlite's
 * default 1 GB left ~1.2 GB of WAL beside 1.1 GB of tables after a province's import
 * (docs/performance.md). With max_wal_size 64 MB it keeps at most 64 MB; in single-user mode
 * the setting has no other effect.
 */
const PGLITE_SETTINGS = ['-c', 'max_wal_size=64MB', '-c', 'min_wal_size=32MB'];

/** Opens PGlite in `<dataDir>/pglite`, or in memory when `dataDir` is null (tests). */
export async function openPglite(dataDir: string | null): Promise<Database> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    client = new PGlite(dataDir ? join(dataDir, 'pglite') : undefined, {
      parsers: { [INT8_OID]: toNumber },
      startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS],
    });
    await client.waitReady;
  } catch (err) {
    release();
    const detail = err instanceof Error ? err.message : String(err);
    throw new DatabaseUnavailableError(`无法打开内嵌数据库 ${dataDir ?? '（内存）'}：${detail}`, { cause: err });
  }
  const db = new Kysely<Schema>({ dialect: new PGliteDialect(guarded(client)) });
  // PGlite has one connection: a Kysely transaction holds it, and the COPY below runs on it
  // inside that transaction (the dialect sends BEGIN/COMMIT as plain statements).
  const copy: CopyRows = async (table, columns, text) => {
    await client.query(copySql(table, columns, `'/dev/blob'`), [], { blob: new Blob([text]) });
  };
  return {
    db,
    kind: 'pglite',
    async bulkTransaction(fn) {
      const result = await db.transaction().execute((tx) => fn(tx, copy));
      // The load's WAL (~2× its rows) would stay in the folder until close: checkpoint it
      // away now (see PGLITE_SETTINGS).
      await client.query('checkpoint');
      return result;
    },
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
  return {
    db,
    kind: 'postgres',
    async bulkTransaction(fn) {
      // A Kysely over one checked-out client, so the transaction and the COPY streams share it.
      const client = await pool.connect();
      const single = new Kysely<Schema>({
        dialect: new PostgresDialect({
          pool: { connect: async () => ({ query: client.query.bind(client), release: () => {} }), end: async () => {} },
        }),
      });
      const copy: CopyRows = async (table, columns, text) => {
        const stream = client.query(copyFrom(copySql(table, columns, 'stdin')));
        const done = once(stream, 'finish');
        stream.end(text);
        await done;
      };
      let broken: Error | undefined;
      try {
        return await single.transaction().execute((tx) => fn(tx, copy));
      } catch (e) {
        broken = e instanceof Error ? e : new Error(String(e));
        throw e;
      } finally {
        await single.destroy();
        // A failed COPY can leave the connection mid-protocol: drop it rather than reuse it.
        client.release(broken);
      }
    },
    close: () => db.destroy(),
  };
}

/** The database the configuration names: PostgreSQL with DATABASE_URL, else PGlite in the data folder. */
export function openDatabase(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}
