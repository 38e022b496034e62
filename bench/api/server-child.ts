/**
 * One server under test for `npm run bench:api`, in its own process so that the load
 * generator's event loop is not the server's: `tsx bench/api/server-child.ts <engine> <size>
 * <cache> <asOf>` with engine mock | pglite | postgres, size county | prefecture | province, cache
 * on | off (the answer cache of apiRoutes; the mock has none). Loads the generator's data set
 * as an import leaves it (server/facts/load-generated.ts), listens on a free loopback port and
 * prints one JSON line `{ "url", "loadSeconds" }`; stops (dropping a PostgreSQL database it
 * made) on SIGTERM.
 */
import Fastify from 'fastify';
import { getDataset } from '../../mocks/generator/dataset';
import type { DatasetSize } from '../../mocks/generator/sizes';
import { startMockApiServer } from '../../mocks/server';
import { createAnswers } from '../../server/answers/answers';
import { databaseFacts } from '../../server/facts/database-facts';
import { loadGenerated } from '../../server/facts/load-generated';
import { apiRoutes } from '../../server/http/api-routes';
import { createTestDatabase } from '../../server/testing/test-databases';

const [engine = 'mock', size = 'county', cache = 'off', BENCH_AS_OF = '2026-11-22T00:00:00Z'] = process.argv.slice(
  2,
) as [string, DatasetSize, string, string];

async function start(): Promise<{ url: string; loadSeconds: number; close: () => Promise<void> }> {
  const t0 = Date.now();
  if (engine === 'mock') {
    const mock = await startMockApiServer({ port: 0, size, asOf: BENCH_AS_OF });
    // The mock generates lazily: the first request builds the data set, as a fresh mock would.
    await fetch(`${mock.url.replace(/\/+$/, '')}/api/v1/meta`);
    return { url: mock.url.replace(/\/+$/, ''), loadSeconds: (Date.now() - t0) / 1000, close: () => mock.close() };
  }
  if (engine !== 'pglite' && engine !== 'postgres') throw new Error(`unknown engine ${engine}`);
  const db = await createTestDatabase(engine);
  await loadGenerated(db.db, getDataset({ size, asOf: BENCH_AS_OF }), { asOf: BENCH_AS_OF });
  const loadSeconds = (Date.now() - t0) / 1000;
  const app = Fastify();
  await app.register(apiRoutes, {
    answers: createAnswers(databaseFacts(db.db)),
    ...(cache === 'off' ? { cacheBytes: 0 } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    loadSeconds,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

const running = await start();
console.log(JSON.stringify({ url: running.url, loadSeconds: running.loadSeconds }));
const stop = () => {
  running.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
