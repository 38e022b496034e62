import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { paths, routes } from '@/api/endpoints';
import { EventsSchema } from '@/api/indicators';
import { MetaSchema } from '@/api/meta';
import { renderWithClient, testMeta } from '@/testing/render';
import { api } from '@/lib/api-client';
import { toEventsStats } from './events-stats';
import { urbanEvents } from '@/testing/fixtures/events';
import { EventsPanel } from './events-panel';

vi.mock('@/components/chart/echarts-setup', () => import('@/testing/echarts-fake'));

// The shared mock API (mocks/node.ts); fixture tests put hand-made payloads in front of it.
const serveFixture = (body: JsonBodyType) =>
  server.use(
    http.get(routes.meta, () => HttpResponse.json(testMeta)),
    http.get(routes.events, () => HttpResponse.json(body)),
  );
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const renderPanel = () => renderWithClient(<EventsPanel code="522701001002" regionName="团结社区" period="2026-Q3" />);

describe('EventsPanel', () => {
  it('shows totals and the minority ratios side by side', async () => {
    serveFixture(urbanEvents);
    renderPanel();
    const panel = screen.getByRole('region', { name: '活动参与' });
    expect(await within(panel).findByText('2,000')).toBeInTheDocument();
    expect(within(panel).getByText('少数民族参与占比（按人次）')).toBeInTheDocument();
    expect(within(panel).getByText('480 / 2,000 人次')).toBeInTheDocument();
    expect(within(panel).getByText('1,650 / 7,056 人')).toBeInTheDocument();
    expect(within(panel).getByRole('figure', { name: /各类活动场次与参与人次/ })).toBeInTheDocument();
  });

  it('shows the figures the mock API returns for the demo county', async () => {
    const meta = await api.get(paths.meta(), MetaSchema);
    const period = meta.lastMonth;
    const data = await api.get(paths.events(meta.rootCode), EventsSchema, { query: { period } });
    const stats = toEventsStats(data);
    renderWithClient(<EventsPanel code={meta.rootCode} regionName="演示县" period={period} />);
    const panel = screen.getByRole('region', { name: '活动参与' });
    await within(panel).findByText(stats[0]!.label);
    for (const stat of stats) expect(within(panel).getAllByText(stat.value).length).toBeGreaterThan(0);
  });

  it('marks unreliable ratios with * and explains it', async () => {
    server.use(
      http.get(routes.events, () =>
        HttpResponse.json({ ...urbanEvents, minorityCoverage: { numerator: 5, denominator: 12, value: 0.4167 } }),
      ),
    );
    renderPanel();
    expect(await screen.findByText('41.7%*')).toBeInTheDocument();
    expect(screen.getByText('* 分母不足 20，结果仅供参考')).toBeInTheDocument();
  });

  it('says which data failed, and 重试 recovers', async () => {
    let fail = true;
    server.use(http.get(routes.events, () => (fail ? HttpResponse.error() : HttpResponse.json(urbanEvents))));
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('活动参与数据加载失败');
    expect(alert).toHaveTextContent('无法连接数据接口');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('2,000')).toBeInTheDocument();
  });

  it('names the field of a payload that breaks the contract', async () => {
    server.use(
      http.get(routes.events, () =>
        HttpResponse.json({
          ...urbanEvents,
          minorityShareOfAttendances: { numerator: 480, denominator: 2000, value: 0.5 },
        }),
      ),
    );
    renderPanel();
    expect(await screen.findByRole('alert')).toHaveTextContent('字段 minorityShareOfAttendances.value');
  });
});
