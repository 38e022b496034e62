import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { createAnswers } from './answers/answers';
import type { FactsSource } from './answers/facts-source';
import { createAuthenticator } from './auth/authenticate';
import { databaseAuthStore } from './auth/db-store';
import type { ServeConfig, ServerConfig } from './config';
import { ConfigError, describeDatabase, loadConfig, loadServeConfig } from './config';
import type { Database } from './db/database';
import { DatabaseUnavailableError, openDatabase } from './db/database';
import { assertSchemaCurrent, migrateToLatest, SchemaError } from './db/migrate';
import { buildApp } from './http/app';
import { apiRoutes } from './http/api-routes';
import { generatorFacts } from '@mocks/generator-facts';
import { databaseFacts } from './facts/database-facts';
import { getDataset } from '@mocks/generator/dataset';

class UsageError extends Error {}

/** How long shutdown waits for requests in flight before it closes their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface ServeOptions {
  server: ServerConfig;
  serve: ServeConfig;
  /** The facts the API answers from, over the open database, and how many regions they hold. */
  facts: (database: Database) => { source: FactsSource; regions: () => Promise<number> };
  /**
   * Bring the schema up to date first (the demo, whose data is not in the database; tokens
   * are). Otherwise a schema that is not exactly current is refused.
   */
  migrate?: boolean;
  logStream?: NodeJS.WritableStream;
}

export interface RunningServe {
  url: string;
  /** The start-up line: database, regions and months, URL. */
  banner: string;
  close(): Promise<void>;
}

function monthCount(first: string, last: string): number {
  const [fy = 0, fm = 0] = first.split('-').map(Number);
  const [ly = 0, lm = 0] = last.split('-').map(Number);
  return (ly - fy) * 12 + (lm - fm) + 1;
}

/**
 * Opens the database, refuses one of another schema version (SchemaError), and serves the
 * dashboard and the API. Used by `npm run serve` and by tests (port 0).
 */
export async function startServe(options: ServeOptions): Promise<RunningServe> {
  const database = await openDatabase(options.server);
  try {
    // Both refuse a database written by a newer Shiliu (SchemaError, with the message to upgrade).
    if (options.migrate) await migrateToLatest(database.db);
    else await assertSchemaCurrent(database.db);
    const { source: facts, regions: countRegions } = options.facts(database);
    const [dataset, regions] = await Promise.all([facts.dataset(), countRegions()]);
    const distDir = existsSync(join(options.serve.distDir, 'index.html')) ? options.serve.distDir : null;
    const shiliu = await buildApp({
      distDir,
      corsOrigins: options.serve.corsOrigins,
      frameAncestors: options.serve.frameAncestors,
      authenticator: createAuthenticator(databaseAuthStore(database.db), options.serve.auth),
      ping: async () => {
        await sql`select 1`.execute(database.db);
      },
      api: { plugin: apiRoutes as FastifyPluginAsync<never>, options: { answers: createAnswers(facts) } },
      rateLimitPerMinute: options.serve.rateLimitPerMinute,
      trustProxy: options.serve.trustProxy,
      secureCookie: options.serve.secureCookie,
      ...(options.logStream ? { logStream: options.logStream } : {}),
    });
    await shiliu.app.listen({ host: options.serve.host, port: options.server.port });
    const port = (shiliu.app.server.address() as { port: number }).port;
    const shown = options.serve.host === '0.0.0.0' || options.serve.host === '::' ? '127.0.0.1' : options.serve.host;
    const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
    const months = monthCount(dataset.firstMonth, dataset.lastMonth);
    const banner =
      `石榴籽 Shiliu：${describeDatabase(options.server)}，${dataset.datasetName}，区域 ${regions} 个，` +
      `月份 ${months} 个（${dataset.firstMonth}..${dataset.lastMonth}），地址 ${url}` +
      (distDir ? '' : `（未找到 ${options.serve.distDir}/index.html：只提供接口，请先 npm run build）`);
    let closing: Promise<void> | null = null;
    return {
      url,
      banner,
      close() {
        closing ??= (async () => {
          const force = setTimeout(() => shiliu.app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
          try {
            await shiliu.shutdown();
          } finally {
            clearTimeout(force);
            await database.close();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** `--port N` or `--port=N`, else PORT. */
export function portArgument(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--port');
  if (i >= 0) return argv[i + 1] ?? '';
  return argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
}

/** The county imported with `npm run import` (docs/import.md). */
function importedFacts(database: Database) {
  return {
    source: databaseFacts(database.db),
    regions: async () => {
      const row = await database.db
        .selectFrom('region')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/** The generator's demo county through the real server (`--demo`); tokens still live in the database. */
function demoFacts() {
  const dataset = () => getDataset();
  return { source: generatorFacts(dataset), regions: async () => dataset().tree.byCode.size };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const port = portArgument(argv);
  const env = port === undefined ? process.env : { ...process.env, PORT: port };
  const demo = argv.includes('--demo');
  const running = await startServe({
    server: loadConfig(env),
    serve: loadServeConfig(env),
    // The county's own data from the database (server/facts: rollups, prepared boundary
    // layers), or with --demo the generator's county (tokens live in the database either way).
    facts: demo ? demoFacts : importedFacts,
    migrate: demo,
  });
  console.log(running.banner);
  const stop = () => {
    console.log('正在停止：完成进行中的请求…');
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    // Configuration, schema and connection problems are the user's to fix: say what, no stack.
    if ([ConfigError, SchemaError, DatabaseUnavailableError, UsageError].some((E) => error instanceof E)) {
      console.error(`无法启动：${(error as Error).message}`);
    } else console.error(error);
    process.exit(1);
  });
}
