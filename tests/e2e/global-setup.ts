/**
 * Starts, once for the whole e2e run:
 * - `dist/` (in-browser MSW mock) on a vite preview server;
 * - the mock JSON API (mocks/server.ts) in this process;
 * - `dist-http/`, built against that API, on a second preview server;
 * - `npm run serve` over the demo county imported with the import commands (served.ts).
 * Tests read the URLs with `inject(...)`; everything is closed by the returned teardown.
 */
import type { TestProject } from 'vitest/node';
import { assertBuilt, buildHttpDist, closeAll, serveDir, startMockApi } from './servers';
import type { Running } from './servers';
import { startServed } from './served';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Dashboard served from dist/, data from the in-browser mock (MSW). */
    mswUrl: string;
    /** Dashboard served from dist-http/, data from the HTTP mock API. */
    httpUrl: string;
    /** Origin of the HTTP mock API (for `/__control/outage`). */
    apiUrl: string;
    /** Shiliu's own server (`npm run serve`) serving `dist/` and the imported demo county. */
    servedUrl: string;
    /** A read token of that server, and its one-time sign-in link. */
    servedToken: string;
    servedEnrolUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt('dist', 'Run `npm run test:e2e` (it builds first) or `npx vite build`.');
  const running: Running[] = [];
  try {
    const api = await startMockApi();
    running.push(api);
    const built = await buildHttpDist(api.url);
    console.log(
      `[e2e] mock API ${api.url}; dist-http ${built.reused ? 'reused' : `built in ${(built.ms / 1000).toFixed(1)} s`}`,
    );
    // As `npm run preview` serves them, and without VITE_API_BASE_URL in this environment:
    // dist-http must still reach the API (the preview sends the policy the build recorded).
    delete process.env.VITE_API_BASE_URL;
    const [msw, http, served] = await Promise.all([
      serveDir('dist', { projectConfig: true }),
      serveDir('dist-http', { projectConfig: true }),
      startServed(),
    ]);
    running.push(msw, http, served);
    console.log(`[e2e] npm run serve ${served.url}; demo county imported in ${(served.importMs / 1000).toFixed(1)} s`);
    project.provide('mswUrl', msw.url);
    project.provide('httpUrl', http.url);
    project.provide('apiUrl', api.url);
    project.provide('servedUrl', served.url);
    project.provide('servedToken', served.token);
    project.provide('servedEnrolUrl', served.enrolUrl);
  } catch (err) {
    await closeAll(running).catch(() => undefined);
    throw err;
  }
  return () => closeAll(running);
}
