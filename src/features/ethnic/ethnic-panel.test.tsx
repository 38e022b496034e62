import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { paths, routes } from '@/api/endpoints';
import { EthnicSchema } from '@/api/indicators';
import { MetaSchema } from '@/api/meta';
import { renderWithClient, testMeta } from '@/testing/render';
import { api } from '@/lib/api-client';
import { toEthnicStats } from './ethnic-stats';
import { toEthnicView } from './ethnic-view';
import { EthnicPanel } from './ethnic-panel';
import { relocationCommunity, smallGrid } from '@/testing/fixtures/ethnic';

// jsdom has no canvas: record what the chart wrapper does instead of drawing.
vi.mock('@/components/chart/echarts-setup', () => import('@/testing/echarts-fake'));

// The shared mock API (mocks/node.ts); fixture tests put hand-made payloads in front of it.
const serveFixture = (body: JsonBodyType) =>
  server.use(
    http.get(routes.meta, () => HttpResponse.json(testMeta)),
    http.get(routes.ethnic, () => HttpResponse.json(body)),
  );
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const renderPanel = () => renderWithClient(<EthnicPanel code="522701101001" regionName="幸福社区" period="2026-10" />);

describe('EthnicPanel', () => {
  it('shows the heading, region and period, the chart and exact numbers', async () => {
    serveFixture(relocationCommunity);
    renderPanel();
    const panel = screen.getByRole('region', { name: '民族构成' });
    expect(within(panel).getByText('幸福社区 · 2026年10月')).toBeInTheDocument();
    expect(await within(panel).findByText('66.0%')).toBeInTheDocument();
    expect(within(panel).getByText('1,241 / 1,881 人')).toBeInTheDocument();
    expect(within(panel).getByRole('figure', { name: /常住人口按民族构成/ })).toBeInTheDocument();
    expect(within(panel).getByText(/另有 2 个民族人数按隐私规则未公开/)).toBeInTheDocument();
  });

  it('shows the figures the mock API returns for the demo county', async () => {
    const meta = await api.get(paths.meta(), MetaSchema);
    const period = meta.lastMonth;
    const data = await api.get(paths.ethnic(meta.rootCode), EthnicSchema, { query: { period } });
    const stats = toEthnicStats(toEthnicView(data, meta));
    renderWithClient(<EthnicPanel code={meta.rootCode} regionName="演示县" period={period} />);
    const panel = screen.getByRole('region', { name: '民族构成' });
    await within(panel).findByText(stats[0]!.label);
    for (const stat of stats) expect(within(panel).getAllByText(stat.value).length).toBeGreaterThan(0);
  });

  it('shows a message instead of a chart for a unit under 50 residents', async () => {
    serveFixture(smallGrid);
    renderPanel();
    expect(await screen.findByText('该单位常住人口不足 50 人，不公开民族构成')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.getByText('36')).toBeInTheDocument();
  });

  it('says which data failed on a server error, and 重试 recovers', async () => {
    let fail = true;
    server.use(
      http.get(routes.ethnic, () =>
        fail
          ? HttpResponse.json({ error: { code: 'x', message: 'down' } }, { status: 500 })
          : HttpResponse.json(relocationCommunity),
      ),
    );
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('民族构成数据加载失败');
    expect(alert).toHaveTextContent('服务器错误（500）');
    expect(alert).toHaveTextContent('/api/v1/regions/522701101001/ethnic?period=2026-10');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('66.0%')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the field of a payload that breaks the contract', async () => {
    const broken = structuredClone(relocationCommunity) as unknown as { breakdown: { groups: { code: string }[] } };
    broken.breakdown.groups[0]!.code = '99';
    serveFixture(broken);
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('breakdown.groups[0].code');
  });
});
