import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import type { ApiErrorBody } from '@/api/endpoints';
import { API_PREFIX, routes } from '@/api/endpoints';
import { resolvePeriod } from './aggregate';
import { ApiError } from './api-error';
import type { Dataset, DatasetOptions } from './generator/dataset';
import { getDataset } from './generator/dataset';
import { buildChildMetric, buildGridMetric, buildSeries } from './responses/child-metric';
import { buildDisputes, buildEmployment, buildEthnic, buildEvents, buildSummary } from './responses/indicators';
import type { PeriodWindow } from './aggregate';
import { buildMeta } from './responses/meta';
import { buildBoundaries, buildRegion, locateRegion } from './responses/regions';
import type { RegionNode } from './generator/tree-types';

/** Options of the mock API: which generated data set to serve. */
export type MockApiOptions = DatasetOptions;

export function errorResponse(status: number, code: string, message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return HttpResponse.json(body, { status });
}

/** Runs a builder; ApiErrors become their 4xx JSON, anything else a 500 JSON. */
function answer(build: () => unknown): Response {
  try {
    return HttpResponse.json(build() as Record<string, unknown>);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
    console.error('[mock api]', error);
    return errorResponse(500, 'internal', '模拟接口内部错误');
  }
}

/** `*` before the path: match any origin, so relative (browser) and absolute (node) URLs both work. */
const any = (path: string): string => `*${path}`;

type Build = (ds: Dataset, node: RegionNode, w: PeriodWindow) => unknown;

/** The MSW handlers for every route of src/api/endpoints.ts, over one lazily generated data set. */
export function createHandlers(options: MockApiOptions = {}): HttpHandler[] {
  const dataset = (): Dataset => getDataset(options);
  const indicator = (route: string, build: Build): HttpHandler =>
    http.get(any(route), ({ request, params }) =>
      answer(() => {
        const ds = dataset();
        const node = locateRegion(ds, String(params.code));
        return build(ds, node, resolvePeriod(ds, new URL(request.url).searchParams.get('period')));
      }),
    );
  return [
    http.get(any(routes.meta), () => answer(() => buildMeta(dataset()))),
    http.get(any(routes.region), ({ params }) => answer(() => buildRegion(dataset(), String(params.code)))),
    http.get(any(routes.boundaries), ({ request, params }) =>
      answer(() => buildBoundaries(dataset(), String(params.code), new URL(request.url).searchParams.get('level'))),
    ),
    indicator(routes.summary, buildSummary),
    indicator(routes.ethnic, buildEthnic),
    indicator(routes.employment, buildEmployment),
    indicator(routes.events, buildEvents),
    indicator(routes.disputes, buildDisputes),
    http.get(any(routes.childMetric), ({ request, params }) =>
      answer(() => {
        const ds = dataset();
        const node = locateRegion(ds, String(params.code));
        const query = new URL(request.url).searchParams;
        const metric = query.get('metric');
        if (!metric) throw new ApiError(400, 'missing-metric', '缺少参数 metric（指标代码）');
        const level = query.get('level');
        if (level !== null && level !== '' && level !== 'grid') {
          throw new ApiError(400, 'bad-level', `参数 level=“${level}”无效，只支持 grid`);
        }
        const build = level === 'grid' ? buildGridMetric : buildChildMetric;
        return build(ds, node, metric, resolvePeriod(ds, query.get('period')));
      }),
    ),
    http.get(any(routes.series), ({ request, params }) =>
      answer(() => {
        const ds = dataset();
        const node = locateRegion(ds, String(params.code));
        const query = new URL(request.url).searchParams;
        return buildSeries(ds, node, query.get('metrics'), query.get('from'), query.get('to'));
      }),
    ),
    // Anything else under the API prefix: a JSON 404 rather than falling through to the page.
    http.all(any(`${API_PREFIX}/*`), ({ request }) =>
      request.method === 'GET'
        ? errorResponse(404, 'no-such-endpoint', `接口不存在：${new URL(request.url).pathname}`)
        : errorResponse(405, 'method-not-allowed', `接口只支持 GET 请求，收到 ${request.method}`),
    ),
  ];
}

/** The handlers for the demo county (default seed, data up to today). */
const handlers: HttpHandler[] = createHandlers();
export default handlers;
