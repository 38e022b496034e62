import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import { routes } from '@/api/endpoints';
import type { DatasetOptions } from '../generator/dataset';
import { getDataset } from '../generator/dataset';
import { createMockAnswers, errorResponse } from '../handlers';
import {
  hostileChildMetric,
  hostileMeta,
  hostileRootBoundaries,
  hostileRootRegion,
  impossibleDisputes,
  swappedBoundaries,
  unknownEthnicCode,
} from './hostile-data';

/**
 * The `hostile` scenario: handlers placed before the healthy ones. Each answers for one endpoint
 * of one region and falls through (returns nothing) for everything else, so some panels break
 * while the rest of the screen stays healthy.
 *
 * - root (the county): markup and 200-character names everywhere names go; broken geometry
 *   (no area, < 3 distinct points, outside the parent, another county's code; a hole outside
 *   its shell that the client cuts off and draws);
 *   impossible map values (share > 100 %, children adding up to more than the parent); ethnic:
 *   unknown code 99; events: 401; disputes: more resolved than registered. Summary and
 *   employment stay healthy.
 * - the root's first child (`errorTown`): boundaries a huge body; summary answers after
 *   `slowMs` (beyond the client's timeout); ethnic 403; employment 429 (Retry-After: 3) for the
 *   first two requests of each URL, then healthy; events 500; disputes a truncated body; children-metric 404.
 * - the root's second child (`swappedTown`): boundaries with longitude and latitude swapped.
 */
export interface HostileOptions extends DatasetOptions {
  /** Delay of the slow response, ms. Default 30 s, twice the client's default timeout. */
  slowMs?: number;
  /** Size of the huge response, bytes. Default 80 MB, above the client's 64 MiB cap. */
  hugeBytes?: number;
}

/** One request the scenario answered with a fault, for tests that check the client's timing. */
export interface ScenarioLogEntry {
  endpoint: string;
  status: number;
  /** ms since the epoch. */
  at: number;
}

export interface HostileScenario {
  handlers: HttpHandler[];
  log: ScenarioLogEntry[];
  /** Codes of the regions whose endpoints misbehave. */
  codes: { root: string; errorTown: string; swappedTown: string };
}

const any = (path: string): string => `*${path}`;
const json = (body: unknown): Response => HttpResponse.json(body as Record<string, unknown>);

function waitOrAbort(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    // Never keep the process alive for a response nobody waits for.
    (timer as { unref?: () => void }).unref?.();
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** A syntactically valid FeatureCollection of about `bytes` bytes, generated as it is sent. */
function hugeBoundaries(parent: string, bytes: number): Response {
  const encoder = new TextEncoder();
  const head = encoder.encode(`{"type":"FeatureCollection","parent":"${parent}","features":[`);
  const tail = encoder.encode(']}');
  // A closed ring of 200 positions (zig-zag along a line, then back to the start).
  const points = Array.from({ length: 199 }, (_, i) => `[${102 + i * 1e-4},${25 + (i % 2) * 1e-4}]`);
  const ring = [...points, points[0]].join(',');
  const one = encoder.encode(
    `{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[${ring}]]},"properties":{"code":"${parent}001","name":"填充","level":"community"}},`,
  );
  const count = Math.max(1, Math.ceil((bytes - head.length - tail.length) / one.length));
  const total = head.length + count * one.length - 1 + tail.length; // no comma after the last feature
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(head);
      for (let i = 0; i < 256 && sent < count; i++, sent++) {
        controller.enqueue(sent === count - 1 ? one.subarray(0, one.length - 1) : one);
      }
      if (sent >= count) {
        controller.enqueue(tail);
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(total) },
  });
}

export function createHostileScenario(options: HostileOptions = {}): HostileScenario {
  const { slowMs = 30_000, hugeBytes = 80_000_000, ...datasetOptions } = options;
  const ds = () => getDataset(datasetOptions);
  const root = ds().root;
  const codes = {
    root: root.code,
    errorTown: root.children[0]?.code ?? root.code,
    swappedTown: root.children[1]?.code ?? root.code,
  };
  const log: ScenarioLogEntry[] = [];
  const fault = (request: Request, response: Response): Response => {
    const url = new URL(request.url);
    log.push({ endpoint: url.pathname + url.search, status: response.status, at: Date.now() });
    return response;
  };
  const answers = createMockAnswers(datasetOptions);
  const period = (request: Request) => new URL(request.url).searchParams.get('period');
  // Per URL, since the panel also asks for the comparison periods.
  const employmentRequests = new Map<string, number>();

  const handlers: HttpHandler[] = [
    http.get(any(routes.meta), async () => json(hostileMeta(await answers.meta()))),
    http.get(any(routes.region), async ({ params }) =>
      params.code === codes.root ? json(hostileRootRegion(await answers.region(codes.root))) : undefined,
    ),
    http.get(any(routes.boundaries), async ({ request, params }) => {
      if (new URL(request.url).searchParams.get('level')) return undefined;
      if (params.code === codes.root) return json(hostileRootBoundaries(await answers.boundaries(codes.root, null)));
      if (params.code === codes.swappedTown)
        return json(swappedBoundaries(await answers.boundaries(codes.swappedTown, null)));
      if (params.code === codes.errorTown) return fault(request, hugeBoundaries(codes.errorTown, hugeBytes));
      return undefined;
    }),
    http.get(any(routes.childMetric), async ({ request, params }) => {
      const metric = new URL(request.url).searchParams.get('metric') ?? '';
      if (params.code === codes.errorTown)
        return fault(request, errorResponse(404, 'not-found', '未找到该区域的指标数据'));
      if (params.code !== codes.root || !metric) return undefined;
      const kind = (await answers.meta()).metrics.find((m) => m.id === metric)?.kind ?? 'count';
      return json(hostileChildMetric(await answers.childMetric(codes.root, metric, period(request), null), kind));
    }),
    http.get(any(routes.summary), async ({ request, params }) => {
      if (params.code !== codes.errorTown) return undefined;
      await waitOrAbort(slowMs, request.signal);
      return fault(request, errorResponse(504, 'slow', '响应过慢（模拟）'));
    }),
    http.get(any(routes.ethnic), async ({ request, params }) => {
      if (params.code === codes.root) return json(unknownEthnicCode(await answers.ethnic(codes.root, period(request))));
      if (params.code === codes.errorTown) return fault(request, errorResponse(403, 'forbidden', '无权访问民族数据'));
      return undefined;
    }),
    http.get(any(routes.employment), ({ request, params }) => {
      if (params.code !== codes.errorTown) return undefined;
      const seen = (employmentRequests.get(request.url) ?? 0) + 1;
      employmentRequests.set(request.url, seen);
      if (seen > 2) {
        // Logged too, so a test can see how long the client waited after the last 429.
        log.push({
          endpoint: new URL(request.url).pathname + new URL(request.url).search,
          status: 200,
          at: Date.now(),
        });
        return undefined;
      }
      const limited = errorResponse(429, 'rate-limited', '请求过于频繁');
      limited.headers.set('Retry-After', '3');
      return fault(request, limited);
    }),
    http.get(any(routes.events), ({ request, params }) => {
      if (params.code === codes.root) return fault(request, errorResponse(401, 'unauthorized', '访问令牌已过期'));
      if (params.code === codes.errorTown)
        return fault(request, errorResponse(500, 'internal', '服务内部错误（模拟）'));
      return undefined;
    }),
    http.get(any(routes.disputes), async ({ request, params }) => {
      if (params.code === codes.root)
        return json(impossibleDisputes(await answers.disputes(codes.root, period(request))));
      if (params.code === codes.errorTown) {
        const body = JSON.stringify(await answers.disputes(codes.errorTown, period(request)));
        return fault(
          request,
          new Response(body.slice(0, Math.floor(body.length / 2)), { headers: { 'content-type': 'application/json' } }),
        );
      }
      return undefined;
    }),
  ];
  return { handlers, log, codes };
}
