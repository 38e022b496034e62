import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { paths, routes } from '@/api/endpoints';
import { DisputesSchema } from '@/api/indicators';
import { MetaSchema } from '@/api/meta';
import { renderWithClient, testMeta } from '@/testing/render';
import { api } from '@/lib/api-client';
import { toDisputesStats } from './disputes-stats';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { DisputesPanel } from './disputes-panel';

vi.mock('@/components/chart/echarts-setup', () => import('@/testing/echarts-fake'));

// The shared mock API (mocks/node.ts); fixture tests put hand-made payloads in front of it.
const serveFixture = (body: JsonBodyType) =>
  server.use(
    http.get(routes.meta, () => HttpResponse.json(testMeta)),
    http.get(routes.disputes, () => HttpResponse.json(body)),
  );
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const renderPanel = () => renderWithClient(<DisputesPanel code="522701001002" regionName="团结社区" period="2026" />);

describe('DisputesPanel', () => {
  it('shows the resolution rate with its basis and where disputes were resolved', async () => {
    serveFixture(communityDisputes);
    renderPanel();
    const panel = screen.getByRole('region', { name: '矛盾纠纷化解' });
    expect(within(panel).getByText('团结社区 · 2026年')).toBeInTheDocument();
    expect(await within(panel).findByText('91.7%')).toBeInTheDocument();
    expect(within(panel).getByText('110 / 120 件')).toBeInTheDocument();
    expect(within(panel).getByText('小事不出网格')).toBeInTheDocument();
    expect(within(panel).getByText('大事不出社区')).toBeInTheDocument();
    // Flows of the period and the stock on its last day, said as such (data to 22 November).
    expect(
      within(panel).getByText('本期受理 120 件、化解 110 件、上报上级 3 件；截至期末（11月22日）办理中 8 件'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('figure', { name: /已化解纠纷按化解层级/ })).toBeInTheDocument();
  });

  it('shows the figures the mock API returns for the demo county', async () => {
    const meta = await api.get(paths.meta(), MetaSchema);
    const period = meta.lastMonth;
    const data = await api.get(paths.disputes(meta.rootCode), DisputesSchema, { query: { period } });
    const stats = toDisputesStats(data, meta);
    renderWithClient(<DisputesPanel code={meta.rootCode} regionName="演示县" period={period} />);
    const panel = screen.getByRole('region', { name: '矛盾纠纷化解' });
    await within(panel).findByText(stats[0]!.label);
    for (const stat of stats) expect(within(panel).getAllByText(stat.value).length).toBeGreaterThan(0);
  });

  it('says which data failed, and 重试 recovers', async () => {
    let fail = true;
    server.use(
      http.get(routes.disputes, () =>
        fail
          ? HttpResponse.json({ error: { code: 'e', message: 'x' } }, { status: 500 })
          : HttpResponse.json(communityDisputes),
      ),
    );
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('矛盾纠纷数据加载失败');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('91.7%')).toBeInTheDocument();
  });

  it('names the field of a payload that breaks the contract', async () => {
    server.use(
      http.get(routes.disputes, () =>
        HttpResponse.json({ ...communityDisputes, resolutionRate: { numerator: 130, denominator: 120, value: 1 } }),
      ),
    );
    renderPanel();
    expect(await screen.findByRole('alert')).toHaveTextContent('字段 resolutionRate.numerator');
  });

  it('says so when the code list (meta) fails', async () => {
    server.use(
      http.get(routes.meta, () => new HttpResponse(null, { status: 500 })),
      http.get(routes.disputes, () => HttpResponse.json(communityDisputes)),
    );
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('代码表加载失败');
    expect(alert).toHaveTextContent('/api/v1/meta');
  });
});
