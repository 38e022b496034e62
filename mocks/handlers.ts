import { http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import type { ApiErrorBody } from '@/api/endpoints';
import { API_PREFIX, routes } from '@/api/endpoints';
import type { Answers } from '../server/answers/answers';
import { createAnswers } from '../server/answers/answers';
import { ApiError } from '../server/answers/api-error';
import type { DatasetOptions } from './generator/dataset';
import { getDataset } from './generator/dataset';
import { generatorFacts } from './generator-facts';

/** Options of the mock API: which generated data set to serve. */
export type MockApiOptions = DatasetOptions;

export function errorResponse(status: number, code: string, message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return HttpResponse.json(body, { status });
}

/** Runs an answer; ApiErrors become their 4xx JSON, anything else a 500 JSON. */
async function answer(build: () => Promise<unknown>): Promise<Response> {
  try {
    return HttpResponse.json((await build()) as Record<string, unknown>);
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
    console.error('[mock api]', error);
    return errorResponse(500, 'internal', '模拟接口内部错误');
  }
}

/** The answer layer (server/answers) over the generated data set of `options`. */
export function createMockAnswers(options: MockApiOptions = {}): Answers {
  return createAnswers(generatorFacts(() => getDataset(options)));
}

/** `*` before the path: match any origin, so relative (browser) and absolute (node) URLs both work. */
const any = (path: string): string => `*${path}`;

type Indicator = (code: string, period: string | null) => Promise<unknown>;

/** The MSW handlers for every route of src/api/endpoints.ts, over one lazily generated data set. */
export function createHandlers(options: MockApiOptions = {}): HttpHandler[] {
  return handlersFor(createMockAnswers(options));
}

/** The MSW handlers for every route, over any answers (a scenario may wrap the facts). */
export function handlersFor(a: Answers): HttpHandler[] {
  const query = (request: Request) => new URL(request.url).searchParams;
  const indicator = (route: string, build: Indicator): HttpHandler =>
    http.get(any(route), ({ request, params }) =>
      answer(() => build(String(params.code), query(request).get('period'))),
    );
  return [
    http.get(any(routes.meta), () => answer(() => a.meta())),
    http.get(any(routes.region), ({ params }) => answer(() => a.region(String(params.code)))),
    http.get(any(routes.boundaries), ({ request, params }) =>
      answer(() => a.boundaries(String(params.code), query(request).get('level'))),
    ),
    indicator(routes.summary, a.summary),
    indicator(routes.ethnic, a.ethnic),
    indicator(routes.employment, a.employment),
    indicator(routes.events, a.events),
    indicator(routes.disputes, a.disputes),
    http.get(any(routes.childMetric), ({ request, params }) => {
      const q = query(request);
      return answer(() => a.childMetric(String(params.code), q.get('metric'), q.get('period'), q.get('level')));
    }),
    http.get(any(routes.series), ({ request, params }) => {
      const q = query(request);
      return answer(() => a.series(String(params.code), q.get('metrics'), q.get('from'), q.get('to')));
    }),
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
