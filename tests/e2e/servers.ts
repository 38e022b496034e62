/**
 * Servers the e2e tests and the bench need: a static preview of a build, the mock JSON API
 * in-process, and the build that talks to that API over HTTP (`dist-http/`).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A running server and how to stop it. */
export interface Running {
  url: string;
  close(): Promise<void>;
}

/** Asks the OS for a port nobody listens on (there is a short race until it is used). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/** Port 0 when the wanted one is taken. */
async function preferredPort(wanted: number): Promise<number> {
  return new Promise((resolvePort) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolvePort(0));
    srv.listen(wanted, '127.0.0.1', () => srv.close(() => resolvePort(wanted)));
  });
}

export function assertBuilt(outDir: string, hint: string): void {
  if (!existsSync(join(ROOT, outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing. ${hint}`);
  }
}

/**
 * Serves a build directory with `vite preview` on a free port of 127.0.0.1 (a secure context).
 * `projectConfig`: with the project's vite.config.ts, as `npm run preview` does (its CSP
 * plugin sends the policy the build recorded, whatever this process's environment holds);
 * otherwise a bare static server, for bench pages built without the app's plugins.
 */
export async function serveDir(outDir: string, { projectConfig = false } = {}): Promise<Running> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: projectConfig ? join(ROOT, 'vite.config.ts') : false,
    logLevel: 'warn',
    build: { outDir: resolve(ROOT, outDir) },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => server.close(),
  };
}

/**
 * Starts the mock JSON API of mocks/server.ts. A stable port (when free) lets the HTTP build
 * be reused between runs, because the API origin is baked into that build.
 */
export async function startMockApi(wantedPort = 18787): Promise<Running> {
  const port = await preferredPort(wantedPort);
  // Loaded on demand so that runs which need no API (blank bench page) do not load it.
  const { startMockApiServer } = await import('../../mocks/server');
  const api = await startMockApiServer({ port });
  return { url: api.url.replace(/\/+$/, ''), close: () => api.close() };
}

/** Turns the mock API's outage switch on or off (every /api/v1 request answers 503 while on). */
export async function setOutage(apiUrl: string, on: boolean): Promise<void> {
  const res = await fetch(`${apiUrl}/__control/outage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ on }),
  });
  if (!res.ok) throw new Error(`POST ${apiUrl}/__control/outage → ${res.status}`);
}

/** Runs a command from the project root; resolves with its output (stdout and stderr), rejects with it on failure. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolveRun(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`)),
    );
  });
}

/**
 * Builds the app into `outDir` with `VITE_API_BASE_URL=apiUrl`, the same way a deployment
 * would (`vite build` in a child process, so this process's env stays clean). Skipped when
 * the existing build was made from the same `dist/` sources for the same API origin: `dist`'s
 * manifest holds the content hash of every chunk, so it changes whenever the sources do.
 */
/** Part of the build stamp: bump it when the way the build is made changes. */
const BUILD_ENV_VERSION = 'node-env-production+csp-record';

export async function buildHttpDist(apiUrl: string, outDir = 'dist-http'): Promise<{ reused: boolean; ms: number }> {
  const started = Date.now();
  const manifest = join(ROOT, 'dist/.vite/manifest.json');
  const stampFile = join(ROOT, outDir, '.shiliu-build-stamp');
  const stamp = existsSync(manifest)
    ? createHash('sha256')
        .update(readFileSync(manifest))
        // index.html too: a build plugin can change it without changing any chunk.
        .update(readFileSync(join(ROOT, 'dist/index.html')))
        .update(apiUrl)
        .update(BUILD_ENV_VERSION)
        .digest('hex')
    : null;
  if (stamp && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return { reused: true, ms: Date.now() - started };
  }
  const viteBin = join(ROOT, 'node_modules/vite/bin/vite.js');
  await run(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    ...process.env,
    // Vitest runs with NODE_ENV=test, and a child build inheriting it bundles React's
    // development build (+258 kB): the HTTP figures would measure a build nobody deploys.
    NODE_ENV: 'production',
    VITE_API_BASE_URL: apiUrl,
  });
  if (stamp) writeFileSync(stampFile, stamp);
  return { reused: false, ms: Date.now() - started };
}

/** Closes everything, last started first, and reports all failures together. */
export async function closeAll(servers: Running[]): Promise<void> {
  const errors: unknown[] = [];
  for (const s of [...servers].reverse()) {
    try {
      await s.close();
    } catch (err) {
      errors.push(err);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, 'closing servers failed');
}
