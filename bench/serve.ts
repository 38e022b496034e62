/**
 * Builds the bench needs beyond `vite build` (the npm script does that one), and the servers.
 * Serving and the HTTP build are shared with the e2e tests (tests/e2e/servers.ts).
 */
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT, assertBuilt, buildHttpDist, closeAll, serveDir, startMockApi } from '../tests/e2e/servers';
import type { Running } from '../tests/e2e/servers';
import { startServed } from '../tests/e2e/served';

export { ROOT, closeAll };
export type { Running };

/**
 * Builds a baseline page of bench/ (`blank`: React rendering one div; `libraries`: the first
 * screen's libraries drawing a map and four charts, no app code) into dist-<name>/.
 */
export async function buildBaseline(name: 'blank' | 'libraries'): Promise<void> {
  await build({
    root: join(ROOT, 'bench', name),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: join(ROOT, `dist-${name}`),
      emptyOutDir: true,
      manifest: true,
      target: 'es2022',
    },
  });
}

/** Where each page the bench loads is served. */
export interface BenchServers {
  /** dist-blank/ */
  blankUrl: string;
  /** dist-libraries/ */
  librariesUrl: string;
  /** dist/ — in-browser mock (MSW). */
  mswUrl: string;
  /** dist-http/ — data from the HTTP mock API. */
  httpUrl: string;
  /** The HTTP mock API itself. */
  apiUrl: string;
  /** `npm run serve` over the demo county imported with the import commands, and its token. */
  servedUrl: string;
  servedToken: string;
  running: Running[];
}

export async function startBenchServers(log: (msg: string) => void): Promise<BenchServers> {
  assertBuilt('dist', 'Run `npm run bench` (it builds first) or `npx vite build`.');
  const running: Running[] = [];
  try {
    let t = Date.now();
    await buildBaseline('blank');
    await buildBaseline('libraries');
    log(`built dist-blank and dist-libraries in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    // Its own API port and HTTP build, so a bench and the e2e tests can run at the same time.
    const api = await startMockApi(18797);
    running.push(api);
    t = Date.now();
    const http = await buildHttpDist(api.url, 'dist-http-bench');
    log(
      `dist-http ${http.reused ? 'reused (same sources, same API origin)' : `built in ${(http.ms / 1000).toFixed(1)} s`}`,
    );
    const [blank, libraries, msw, httpSrv, served] = await Promise.all([
      serveDir('dist-blank'),
      serveDir('dist-libraries'),
      serveDir('dist'),
      serveDir('dist-http-bench'),
      startServed(),
    ]);
    running.push(blank, libraries, msw, httpSrv, served);
    log(`npm run serve ${served.url}: demo county imported in ${(served.importMs / 1000).toFixed(1)} s`);
    return {
      blankUrl: blank.url,
      librariesUrl: libraries.url,
      mswUrl: msw.url,
      httpUrl: httpSrv.url,
      apiUrl: api.url,
      servedUrl: served.url,
      servedToken: served.token,
      running,
    };
  } catch (err) {
    await closeAll(running).catch(() => undefined);
    throw err;
  }
}
