/**
 * The third way the e2e tests see the dashboard: Shiliu's own server (`npm run serve`) over an
 * embedded database filled the way a county fills it (README "Your own data in four
 * commands"): the demo county's grid outlines and code list go through `npm run import --
 * boundaries`, its reports (the filled template's CSV forms) through `npm run import --
 * reports`, a read token is made with `npm run token -- create`, and `npm run serve` serves
 * the production build `dist/`. Every command runs as a child process, as a user runs it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDataset, writeDemoFiles } from '../../server/import/boundaries/testing/demo-files';
import { demoFactsOf, demoGrids, demoMonths } from '../../server/reports/demo-facts';
import { writeCsvSet } from '../../server/reports/template-writer';
import { ROOT, freePort, run } from './servers';
import type { Running } from './servers';

export interface Served extends Running {
  /** The read token `npm run token -- create` printed. */
  token: string;
  /** Its one-time sign-in link (`…/#enrol=…`), unused. */
  enrolUrl: string;
  /** How long the two imports took, ms. */
  importMs: number;
}

const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** Runs one of the project's CLIs (`server/cli/…`) in a child process, as `npm run` would. */
function cli(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return run(process.execPath, [TSX, script, ...args], env);
}

/** The environment of every command: this data folder, the embedded database, nothing inherited that picks another. */
function envOf(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SHILIU_DATA_DIR: dataDir,
    SHILIU_DIST_DIR: join(ROOT, 'dist'),
    SHILIU_PUBLIC_URL: `http://127.0.0.1:${port}`,
    PORT: String(port),
  };
  delete env.DATABASE_URL;
  delete env.SHILIU_AUTH;
  return env;
}

export async function startServed(): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), 'shiliu-e2e-served-'));
  try {
    const port = await freePort();
    const env = envOf(join(dir, 'data'), port);
    const ds = demoDataset();
    const started = Date.now();
    const { grids, codes } = writeDemoFiles(dir, ds);
    await cli('server/cli/import.ts', ['boundaries', grids, '--codes', codes], env);
    const reports = await writeCsvSet(join(dir, '报表.xlsx'), {
      grids: demoGrids(ds),
      months: demoMonths(ds),
      values: demoFactsOf(ds),
    });
    await cli('server/cli/import.ts', ['reports', ...reports], env);
    const importMs = Date.now() - started;
    const printed = await cli('server/cli/token.ts', ['create', '--name', 'e2e 大屏'], env);
    const token = /访问令牌：(\S+)/.exec(printed)?.[1];
    const enrolUrl = /(http:\/\/\S+#enrol=\S+)/.exec(printed)?.[1];
    if (!token || !enrolUrl) throw new Error(`npm run token printed no token and link:\n${printed}`);
    const server = await serve(env);
    return {
      url: server.url,
      token,
      enrolUrl,
      importMs,
      close: async () => {
        await server.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Starts `npm run serve` and waits for its start-up line, which names the URL. */
function serve(env: NodeJS.ProcessEnv): Promise<Running> {
  return new Promise((resolveServe, reject) => {
    const child = spawn(process.execPath, [TSX, 'server/serve.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const fail = (why: string) => reject(new Error(`npm run serve ${why}\n${out}`));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail('printed no start-up line within 60 s');
    }, 60_000);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /地址 (http:\/\/\S+?\/)(?:[，\s]|$)/.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolveServe({
        url,
        close: async () => {
          // SIGTERM: the graceful shutdown a service manager asks for.
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(`exited ${code} before it was ready`);
    });
  });
}
