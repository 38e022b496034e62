import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { API_PREFIX } from '@/api/endpoints';
import { getDataset } from './generator/dataset';
import { DEFAULT_SEED, isDatasetSize } from './generator/sizes';
import type { DatasetSize } from './generator/sizes';
import type { MockApiOptions } from './handlers';
import { createHandlers } from './handlers';
import type { ActiveScenario, ScenarioName } from './scenarios/scenarios';
import { createScenario, isScenarioName, SCENARIO_NAMES } from './scenarios/scenarios';

/**
 * The mock API over real HTTP (`npm run mock-api`), for the built app, end-to-end tests and
 * benchmarks. Routing is MSW's own (`getResponse`), so it answers exactly like the browser
 * mock. Dev-only extras: `POST /__control/outage {"on": true|false}` makes every /api/v1
 * request answer 503 while on; `POST /__control/scenario {"name": "hostile"|"official-names"|"healthy"}` switches
 * to a variant that serves broken and hostile data (mocks/scenarios/), and `GET` it to read the
 * faults it answered since.
 */
export interface MockApiServerOptions extends MockApiOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  host?: string;
  /** Fraction (0–1) of /api/v1 requests that answer 500, for retry tests. */
  failRate?: number;
  /** Variant served from the start (default `healthy`). */
  scenario?: ScenarioName;
}

export interface RunningMockApi {
  /** e.g. `http://127.0.0.1:8787` (no trailing slash). */
  url: string;
  port: number;
  setOutage(on: boolean): void;
  setScenario(name: ScenarioName): void;
  close(): Promise<void>;
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type',
  'access-control-expose-headers': 'Retry-After',
  'access-control-max-age': '600',
};

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return { ...CORS_HEADERS, 'access-control-allow-origin': typeof origin === 'string' ? origin : '*', vary: 'Origin' };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Waits until a response can take more data, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startMockApiServer(options: MockApiServerOptions = {}): Promise<RunningMockApi> {
  const { port = 8787, host = '127.0.0.1', failRate = 0, scenario = 'healthy', ...datasetOptions } = options;
  const handlers = createHandlers(datasetOptions);
  getDataset(datasetOptions); // build the tree now, not on the first request
  let outage = false;
  let active: ActiveScenario = createScenario(scenario, datasetOptions);

  const server = createServer((req, res) => {
    const cors = corsHeaders(req);
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}:${port}`}`);
    void (async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      if (url.pathname === '/__control/outage') {
        if (req.method === 'POST') {
          try {
            const body = JSON.parse((await readBody(req)) || '{}') as { on?: unknown };
            if (typeof body.on !== 'boolean') throw new Error('on must be boolean');
            outage = body.on;
          } catch {
            sendJson(res, 400, { error: { code: 'bad-request', message: '请求体应为 {"on": true|false}' } }, cors);
            return;
          }
        }
        sendJson(res, 200, { outage }, cors);
        return;
      }
      if (url.pathname === '/__control/scenario') {
        if (req.method === 'POST') {
          try {
            const body = JSON.parse((await readBody(req)) || '{}') as { name?: unknown };
            if (!isScenarioName(body.name)) throw new Error('unknown scenario');
            active = createScenario(body.name, datasetOptions);
          } catch {
            const names = SCENARIO_NAMES.join(' | ');
            sendJson(res, 400, { error: { code: 'bad-request', message: `请求体应为 {"name": ${names}}` } }, cors);
            return;
          }
        }
        sendJson(res, 200, { name: active.name, codes: active.codes, log: active.log }, cors);
        return;
      }
      if (url.pathname.startsWith(`${API_PREFIX}/`)) {
        if (outage) {
          sendJson(res, 503, { error: { code: 'outage', message: '服务暂时不可用（模拟故障）' } }, cors);
          return;
        }
        if (failRate > 0 && Math.random() < failRate) {
          sendJson(res, 500, { error: { code: 'injected-failure', message: '服务内部错误（模拟随机故障）' } }, cors);
          return;
        }
      }
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(key, value);
      // Aborted when the client goes away, so a deliberately slow answer stops waiting.
      const closed = new AbortController();
      res.once('close', () => closed.abort());
      const request = new Request(url, { method: req.method, headers, signal: closed.signal });
      const response = await getResponse([...active.handlers, ...handlers], request);
      if (!response) {
        sendJson(res, 404, { error: { code: 'not-found', message: `未找到：${url.pathname}` } }, cors);
        return;
      }
      const out: Record<string, string> = { ...cors, 'cache-control': 'no-store' };
      response.headers.forEach((value, key) => (out[key] = value));
      res.writeHead(response.status, out);
      if (!response.body) {
        res.end();
        return;
      }
      // Streamed, so a huge body (hostile scenario) is never held in memory whole.
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (res.destroyed) break;
        if (!res.write(chunk)) await drained(res);
      }
      res.end();
    })().catch((error: unknown) => {
      console.error('[mock api]', error);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: '模拟接口内部错误' } }, cors);
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    setOutage: (on) => (outage = on),
    setScenario: (name) => (active = createScenario(name, datasetOptions)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * `--port N`, `--size county|prefecture|province`, `--seed N`, `--fail-rate 0.1`, `--as-of 2026-11-22`,
 * `--scenario healthy|hostile|official-names`.
 */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): MockApiServerOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const port = Number(value('port') ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port: ${String(value('port') ?? env.PORT)}`);
  const size = value('size') ?? 'county';
  if (!isDatasetSize(size)) throw new Error(`invalid --size ${size} (county | prefecture | province)`);
  const seed = Number(value('seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const failRate = Number(value('fail-rate') ?? 0);
  if (!(failRate >= 0 && failRate <= 1)) throw new Error('--fail-rate must be between 0 and 1');
  const asOf = value('as-of');
  const scenario = value('scenario') ?? 'healthy';
  if (!isScenarioName(scenario)) throw new Error(`invalid --scenario ${scenario} (${SCENARIO_NAMES.join(' | ')})`);
  return { port, size: size as DatasetSize, seed, failRate, scenario, ...(asOf ? { asOf } : {}) };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const options = parseArgs(process.argv.slice(2));
  startMockApiServer(options)
    .then((api) => console.log(`mock API listening on ${api.url}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
