import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { AuthMode } from '../auth/authenticate';
import { createAuthenticator } from '../auth/authenticate';
import type { AuthStore } from '../auth/store';
import { memoryAuthStore } from '../auth/store';
import type { AppOptions } from './app';
import { buildApp } from './app';
import { HttpError } from './errors';

/**
 * Test helpers for the HTTP shell (not a test file): a fake build in a temporary folder, a
 * stand-in for the data routes (the real ones are server/http/api-routes.ts, tested there),
 * and a log that can be read back.
 */
export const BUILD_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self'; form-action 'none'";

export function fakeDist(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-dist-'));
  mkdirSync(join(dir, 'assets'));
  const meta = BUILD_POLICY.replace(/'/g, '&#39;');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta http-equiv="Content-Security-Policy" content="${meta}"><title>石榴籽</title></head><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>`,
  );
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("app");\n'.repeat(200));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Lines the app logged, parsed. */
export function logSink(): { stream: Writable; lines: () => Record<string, unknown>[]; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return {
    stream,
    text: () => text,
    lines: () =>
      text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export interface StubControls {
  /** Resolves the pending `/api/v1/slow` requests. */
  release(): void;
  /** How many `/api/v1/slow` requests are waiting. */
  waiting(): number;
}

/** A stand-in for the data routes: a few answers, a slow one, a database failure, a huge body. */
export function stubApi(): { plugin: FastifyPluginAsync; controls: StubControls } {
  let pending: (() => void)[] = [];
  const plugin: FastifyPluginAsync = async (app) => {
    app.get('/api/v1/meta', async () => ({ datasetName: '测试县', rootCode: '532398', padding: 'x'.repeat(4000) }));
    app.get<{ Params: { code: string } }>('/api/v1/regions/:code', async (request) => {
      if (!/^\d{6,20}$/.test(request.params.code)) throw new HttpError(400, 'bad-code', '区划代码格式无效');
      return { code: request.params.code };
    });
    app.get('/api/v1/slow', () => new Promise((resolve) => pending.push(() => resolve({ done: true }))));
    app.get('/api/v1/db-down', async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    });
    app.get('/api/v1/huge', async (_request, reply) => reply.type('application/json').send(`"${'x'.repeat(5000)}"`));
    app.get('/api/v1/bug', async () => {
      throw new Error('a bug');
    });
  };
  return {
    plugin,
    controls: {
      release() {
        const waiting = pending;
        pending = [];
        for (const resolve of waiting) resolve();
      },
      waiting: () => pending.length,
    },
  };
}

export interface TestAppOptions extends Partial<Omit<AppOptions, 'authenticator'>> {
  mode?: AuthMode;
  store?: AuthStore;
  now?: () => Date;
}

export async function testApp(options: TestAppOptions = {}) {
  const { mode = 'auto', store = memoryAuthStore(), now, ...rest } = options;
  const api = stubApi();
  const log = logSink();
  const shiliu = await buildApp({
    distDir: null,
    corsOrigins: [],
    ping: async () => undefined,
    api: { plugin: api.plugin as FastifyPluginAsync<never>, options: {} },
    logStream: log.stream,
    authenticator: createAuthenticator(store, mode, now),
    ...rest,
  });
  return { ...shiliu, store, log, controls: api.controls };
}
