import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { paths, routes } from '@/api/endpoints';
import { EmploymentSchema } from '@/api/indicators';
import { MetaSchema } from '@/api/meta';
import { renderWithClient, testMeta } from '@/testing/render';
import { api } from '@/lib/api-client';
import { toEmploymentStats } from './employment-stats';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { EmploymentPanel } from './employment-panel';

vi.mock('@/components/chart/echarts-setup', () => import('@/testing/echarts-fake'));

// The shared mock API (mocks/node.ts); fixture tests put hand-made payloads in front of it.
const serveFixture = (body: JsonBodyType) =>
  server.use(
    http.get(routes.meta, () => HttpResponse.json(testMeta)),
    http.get(routes.employment, () => HttpResponse.json(body)),
  );
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const renderPanel = () =>
  renderWithClient(<EmploymentPanel code="522701101001" regionName="幸福社区" period="2026-Q3" />);

describe('EmploymentPanel', () => {
  it('shows the heading, the chart and the programme figures', async () => {
    serveFixture(relocationEmployment);
    renderPanel();
    const panel = screen.getByRole('region', { name: '就业安置' });
    expect(within(panel).getByText('幸福社区 · 2026年第3季度')).toBeInTheDocument();
    expect(await within(panel).findByText('1,120')).toBeInTheDocument();
    expect(within(panel).getByText('851')).toBeInTheDocument();
    expect(within(panel).getByText('2 / 3')).toBeInTheDocument();
    expect(within(panel).getByRole('figure', { name: /转移就业去向/ })).toBeInTheDocument();
    expect(within(panel).getByText('招聘会 1 场：参会企业 82 家，提供岗位 800 个')).toBeInTheDocument();
  });

  it('explains on screen why more households were cleared than identified', async () => {
    serveFixture({ ...relocationEmployment, zeroEmployment: { identified: 237, cleared: 238 } });
    renderPanel();
    const panel = screen.getByRole('region', { name: '就业安置' });
    expect(await within(panel).findByText('238 / 237')).toBeInTheDocument();
    expect(within(panel).getByText('零就业家庭本期清零多于认定：清零的含期初尚未清零的家庭')).toBeInTheDocument();
  });

  it('shows the figures the mock API returns for the demo county', async () => {
    const meta = await api.get(paths.meta(), MetaSchema);
    const period = meta.lastMonth;
    const data = await api.get(paths.employment(meta.rootCode), EmploymentSchema, { query: { period } });
    const stats = toEmploymentStats(data, meta);
    renderWithClient(<EmploymentPanel code={meta.rootCode} regionName="演示县" period={period} />);
    const panel = screen.getByRole('region', { name: '就业安置' });
    await within(panel).findByText(stats[0]!.label);
    for (const stat of stats) expect(within(panel).getAllByText(stat.value).length).toBeGreaterThan(0);
  });

  it('shows a specific alert on a server error, and 重试 recovers', async () => {
    let fail = true;
    server.use(
      http.get(routes.employment, () =>
        fail ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(relocationEmployment),
      ),
    );
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('就业安置数据加载失败');
    expect(alert).toHaveTextContent('服务器错误（503）');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByText('1,120')).toBeInTheDocument();
  });

  it('names the field of a payload that breaks the contract', async () => {
    server.use(
      http.get(routes.employment, () =>
        HttpResponse.json({ ...relocationEmployment, employed: { ...relocationEmployment.employed, inCounty: -3 } }),
      ),
    );
    renderPanel();
    expect(await screen.findByRole('alert')).toHaveTextContent('字段 employed.inCounty');
  });
});
