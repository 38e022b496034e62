import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Boundaries } from '@/api/boundaries';
import type { ChildMetric } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { RegionMap } from './region-map';

/*
 * jsdom has no canvas 2D context: give Leaflet's canvas renderer a do-nothing one. Drawing
 * itself is covered by the e2e tests in real Chromium.
 */
const noop2d = new Proxy({}, { get: () => () => undefined });
HTMLCanvasElement.prototype.getContext = vi.fn(() => noop2d) as unknown as HTMLCanvasElement['getContext'];

const COUNTY = '532398';
const square = (x: number): [number, number][][] => [
  [
    [102 + x, 25],
    [102.1 + x, 25],
    [102.1 + x, 25.1],
    [102 + x, 25.1],
    [102 + x, 25],
  ],
];
const towns = [
  { code: '532398101', name: '团结镇' },
  { code: '532398102', name: '<img src=x onerror=alert(1)>' },
  { code: '532398103', name: '和谐乡' },
];
const boundaries: Boundaries = {
  type: 'FeatureCollection',
  parent: COUNTY,
  features: towns.map((t, i) => ({
    type: 'Feature',
    id: t.code,
    geometry: { type: 'Polygon', coordinates: square(i * 0.1) },
    properties: { ...t, level: 'town' },
  })),
};
const childMetric: ChildMetric = {
  code: COUNTY,
  coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
  metric: 'minorityShare',
  values: [
    { code: '532398101', name: '团结镇', value: { numerator: 600, denominator: 1000, value: 0.6 } },
    { code: '532398102', name: 'x', value: { suppressed: true, reason: 'small-unit' } },
  ],
};
const meta: Meta = {
  datasetName: '石榴县（演示数据）',
  demo: true,
  lastUpdated: '2026-11-01T08:00:00+08:00',
  rootCode: COUNTY,
  firstMonth: '2024-11',
  lastMonth: '2026-10',
  lastMonthDays: 31,
  ethnicGroups: [{ code: '01', name: '汉族' }],
  eventCategories: [{ code: 'culture', name: '文化活动' }],
  disputeCategories: [{ code: 'neighbour', name: '邻里' }],
  welfarePostTypes: [],
  trainingCourses: [],
  metrics: [
    { id: 'minorityShare', name: '少数民族占比', kind: 'share', unit: '%', higherIsBetter: null, sensitive: true },
    { id: 'residents', name: '常住人口', kind: 'count', unit: '人', higherIsBetter: null, sensitive: false },
    { id: 'ethnic:03', name: '回族占比', kind: 'share', unit: '%', higherIsBetter: null, sensitive: true },
  ],
  resolutionTarget: 0.95,
  gridCount: 304,
};

const server = setupServer(
  http.get('*/api/v1/meta', () => HttpResponse.json(meta)),
  http.get('*/api/v1/regions/:code/boundaries', () => HttpResponse.json(boundaries)),
  http.get('*/api/v1/regions/:code/children-metric', () => HttpResponse.json(childMetric)),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

function renderMap(extra: Partial<Parameters<typeof RegionMap>[0]> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onMetricChange = vi.fn();
  const onDrawn = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const utils = render(
    <RegionMap
      code={COUNTY}
      period="2026-10"
      metric="minorityShare"
      onMetricChange={onMetricChange}
      onDrawn={onDrawn}
      {...extra}
    />,
    { wrapper },
  );
  return { ...utils, onMetricChange, onDrawn };
}

describe('RegionMap', () => {
  it('loads, draws the children and reports how many', async () => {
    const { onDrawn } = renderMap();
    expect(screen.getByRole('status')).toHaveTextContent('正在加载边界…');
    const map = screen.getByTestId('map');
    await waitFor(() => expect(map).toHaveAttribute('data-boundaries', '3'));
    expect(onDrawn).toHaveBeenCalled();
    expect(map.querySelector('.leaflet-container')).not.toBeNull();
    // Labels and tooltips are text only: the hostile name never becomes an element.
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('shows a legend with counts, including 不公开 and 无数据', async () => {
    renderMap();
    const legend = await screen.findByRole('group', { name: /图例：少数民族占比/ });
    await waitFor(() => expect(within(legend).getByText('60.0%')).toBeInTheDocument());
    expect(within(legend).getByText('不公开（隐私规则）')).toBeInTheDocument();
    expect(within(legend).getByText('无数据')).toBeInTheDocument();
  });

  it('offers the metrics without category slices, and reports a change', async () => {
    const { onMetricChange } = renderMap();
    const select = screen.getByLabelText('地图指标');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(2));
    expect(within(select).queryByText('回族占比')).toBeNull();
    await userEvent.selectOptions(select, 'residents');
    expect(onMetricChange).toHaveBeenCalledWith('residents');
  });

  it('switches the class method', async () => {
    renderMap();
    const jenks = screen.getByRole('button', { name: '自然断点' });
    expect(jenks).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(jenks);
    expect(jenks).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '分位数' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says what failed when the boundaries fail, and retries', async () => {
    server.use(
      http.get('*/api/v1/regions/:code/boundaries', () => new HttpResponse(null, { status: 500 }), { once: true }),
    );
    renderMap();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('边界数据加载失败');
    expect(alert).toHaveTextContent('服务器错误（500）');
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.getByTestId('map')).toHaveAttribute('data-boundaries', '3'));
    expect(screen.queryByText('边界数据加载失败')).toBeNull();
  });

  it('draws the boundaries uncoloured with a notice when the metric fails', async () => {
    server.use(http.get('*/api/v1/regions/:code/children-metric', () => new HttpResponse(null, { status: 503 })));
    renderMap();
    await waitFor(() => expect(screen.getByTestId('map')).toHaveAttribute('data-boundaries', '3'));
    expect(await screen.findByRole('alert')).toHaveTextContent('指标数据加载失败');
    expect(screen.getByText('暂无指标数据')).toBeInTheDocument();
  });

  it('says so when the region has no children', async () => {
    server.use(http.get('*/api/v1/regions/:code/boundaries', () => HttpResponse.json({ ...boundaries, features: [] })));
    const { onDrawn } = renderMap();
    expect(await screen.findByText('该区域没有下级区划')).toBeInTheDocument();
    expect(screen.getByTestId('map')).toHaveAttribute('data-boundaries', '0');
    expect(onDrawn).toHaveBeenCalled();
  });

  it('removes the Leaflet map on unmount', async () => {
    const { unmount } = renderMap();
    await waitFor(() => expect(screen.getByTestId('map')).toHaveAttribute('data-boundaries', '3'));
    unmount();
    expect(document.querySelector('.leaflet-container')).toBeNull();
  });
});
