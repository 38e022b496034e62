/**
 * `npm run bench:api`: latency p50/p95 of every endpoint at 1 and 50 concurrent clients, over
 * loopback HTTP, for the in-memory mock (mocks/server.ts) and the answer layer over the
 * embedded database (PGlite in memory, Fastify + apiRoutes without the answer cache, so every
 * request computes). BENCH_API_SIZES=county,prefecture,province (default county);
 * BENCH_API_REQUESTS=400 per endpoint and client count. Prints a table; never passes or fails.
 */
import Fastify from 'fastify';
import { getDataset } from '../../mocks/generator/dataset';
import type { DatasetSize } from '../../mocks/generator/sizes';
import { startMockApiServer } from '../../mocks/server';
import { createAnswers } from '../../server/answers/answers';
import { openPglite } from '../../server/db/database';
import { migrateToLatest } from '../../server/db/migrate';
import { databaseFacts } from '../../server/facts/database-facts';
import { loadGenerated } from '../../server/facts/load-generated';
import { apiRoutes } from '../../server/http/api-routes';
import { percentile, runLoad } from './load';

const AS_OF = '2026-11-22T00:00:00Z';
const sizes = (process.env.BENCH_API_SIZES ?? 'county').split(',') as DatasetSize[];
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 400);

function endpoints(size: DatasetSize): Record<string, string[]> {
  const ds = getDataset({ size, asOf: AS_OF });
  const towns = ds.root.children.slice(0, 20);
  const communities = towns.flatMap((t) => t.children.slice(0, 2));
  const regions = [ds.root, ...towns, ...communities].map((n) => n.code);
  const at = (path: (c: string) => string) => regions.map(path);
  return {
    meta: ['/api/v1/meta'],
    region: at((c) => `/api/v1/regions/${c}`),
    boundaries: at((c) => `/api/v1/regions/${c}/boundaries`),
    summary: at((c) => `/api/v1/regions/${c}/summary?period=2026`),
    ethnic: at((c) => `/api/v1/regions/${c}/ethnic?period=2026`),
    employment: at((c) => `/api/v1/regions/${c}/employment?period=2026-Q3`),
    events: at((c) => `/api/v1/regions/${c}/events?period=2026`),
    disputes: at((c) => `/api/v1/regions/${c}/disputes?period=2026-11`),
    'children-metric': at((c) => `/api/v1/regions/${c}/children-metric?metric=minorityShare&period=2026`),
    series: at((c) => `/api/v1/regions/${c}/series?metrics=events,disputeResolutionRate,minorityShare`),
  };
}

async function main(): Promise<void> {
  const lines: string[] = ['size | server | endpoint | p50 1c | p95 1c | p50 50c | p95 50c | errors'];
  for (const size of sizes) {
    const mock = await startMockApiServer({ port: 0, size, asOf: AS_OF });
    const db = await openPglite(null);
    await migrateToLatest(db.db);
    const t0 = Date.now();
    await loadGenerated(db.db, getDataset({ size, asOf: AS_OF }), { asOf: AS_OF });
    console.error(`[bench:api] ${size}: loaded into PGlite in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const app = Fastify();
    await app.register(apiRoutes, { answers: createAnswers(databaseFacts(db.db)), cacheBytes: 0 });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      for (const [name, paths] of Object.entries(endpoints(size))) {
        for (const [server, base] of [
          ['mock', mock.url],
          ['pglite', url],
        ] as const) {
          const urls = paths.map((p) => `${base}${p}`);
          const one = await runLoad(urls, { clients: 1, requests: Math.min(REQUESTS, 200) });
          const many = await runLoad(urls, { clients: 50, requests: REQUESTS });
          const f = (x: number) => x.toFixed(1);
          lines.push(
            [
              size,
              server,
              name,
              f(percentile(one.latencies, 50)),
              f(percentile(one.latencies, 95)),
              f(percentile(many.latencies, 50)),
              f(percentile(many.latencies, 95)),
              String(one.errors + many.errors),
            ].join(' | '),
          );
          console.error(lines[lines.length - 1]);
        }
      }
      lines.push(
        `${size} | memory | rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (mock + PGlite, one process)`,
      );
    } finally {
      await app.close();
      await db.close();
      await mock.close();
    }
  }
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
