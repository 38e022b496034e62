/**
 * `npm run bench:api`: latency p50/p95 of every endpoint at 1 and 50 concurrent clients, over
 * loopback HTTP, for the in-memory mock (mocks/server.ts) and the answer layer over the
 * embedded database (PGlite) and PostgreSQL, each server in its own process
 * (bench/api/server-child.ts) so the load generator's event loop is not the server's.
 * Database servers run without the answer cache, so every request is computed; `+cache` rows
 * show the same server with the cache `npm run serve` uses.
 * BENCH_API_SIZES=county,prefecture,province (default county); BENCH_API_SERVERS (default
 * mock,pglite,postgres,pglite+cache); BENCH_API_REQUESTS=400 per endpoint and client count.
 * Prints a table and each server's peak memory; never passes or fails.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDataset } from '../../mocks/generator/dataset';
import type { DatasetSize } from '../../mocks/generator/sizes';
import { percentile, runLoad } from './load';

const BENCH_AS_OF = '2026-11-22T00:00:00Z';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sizes = (process.env.BENCH_API_SIZES ?? 'county').split(',') as DatasetSize[];
const servers = (process.env.BENCH_API_SERVERS ?? 'mock,pglite,postgres,pglite+cache').split(',');
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 400);

function endpoints(size: DatasetSize): Record<string, string[]> {
  const ds = getDataset({ size, asOf: BENCH_AS_OF });
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

interface Child {
  url: string;
  loadSeconds: number;
  pid: number;
  stop(): Promise<void>;
}

function startChild(server: string, size: DatasetSize): Promise<Child> {
  const [engine = 'mock', cache] = server.split('+');
  const args = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'bench/api/server-child.ts')];
  const child = spawn(process.execPath, [...args, engine, size, cache === 'cache' ? 'on' : 'off', BENCH_AS_OF], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`${server} ${size} exited ${code} before it listened`)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const { url, loadSeconds } = JSON.parse(line) as { url: string; loadSeconds: number };
      resolve({
        url,
        loadSeconds,
        pid: child.pid ?? 0,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/**
 * The process tree's peak resident memory in MB (VmHWM of the server and its children —
 * tsx runs the script in a child of its own). Linux only; NaN elsewhere.
 */
function peakMb(pid: number): number {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return [pid, ...children.map(Number)].reduce((sum, p) => {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      return sum + Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    }, 0);
  } catch {
    return NaN;
  }
}

async function main(): Promise<void> {
  const lines: string[] = ['size | server | endpoint | p50 1c | p95 1c | p50 50c | p95 50c | errors'];
  const notes: string[] = [];
  for (const size of sizes) {
    const eps = endpoints(size);
    for (const server of servers) {
      const child = await startChild(server, size);
      console.error(`[bench:api] ${size} ${server}: ready in ${child.loadSeconds.toFixed(1)} s`);
      try {
        for (const [name, paths] of Object.entries(eps)) {
          const urls = paths.map((p) => `${child.url}${p}`);
          const one = await runLoad(urls, { clients: 1, requests: Math.min(REQUESTS, 200) });
          const many = await runLoad(urls, { clients: 50, requests: REQUESTS });
          const f = (x: number) => x.toFixed(1);
          const row = [
            size,
            server,
            name,
            f(percentile(one.latencies, 50)),
            f(percentile(one.latencies, 95)),
            f(percentile(many.latencies, 50)),
            f(percentile(many.latencies, 95)),
            String(one.errors + many.errors),
          ].join(' | ');
          lines.push(row);
          console.error(row);
        }
        notes.push(
          `${size} | ${server} | loaded in ${child.loadSeconds.toFixed(1)} s | peak RSS ${peakMb(child.pid).toFixed(0)} MB`,
        );
      } finally {
        await child.stop();
      }
    }
  }
  console.log([...lines, '', 'size | server | start-up | memory', ...notes].join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
