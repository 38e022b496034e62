import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingRenderLabels, resetRenderRegistry } from '@/components/chart/chart-ready';
import { ApiError } from '@/lib/api-client';
import { Panel, type PanelSource } from './panel';

afterEach(() => {
  cleanup();
  resetRenderRegistry();
});

const source = (q: Partial<PanelSource['query']>, label = '民族构成数据'): PanelSource => ({
  label,
  query: { data: undefined, error: null, isFetching: false, refetch: vi.fn(), ...q },
});

const frame = (sources: PanelSource[], extra: { isEmpty?: boolean } = {}) => (
  <Panel testId="panel-ethnic" title="民族构成" regionName="幸福社区" period="2026-Q3" sources={sources} {...extra}>
    <p>正文</p>
  </Panel>
);

describe('Panel', () => {
  it('shows a skeleton while loading and counts as not drawn yet', () => {
    render(frame([source({})]));
    expect(screen.getByRole('region', { name: '民族构成' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status', { name: '正在加载民族构成' })).toBeInTheDocument();
    expect(pendingRenderLabels()).toEqual(['panel:panel-ethnic']);
  });

  it('names the data, the problem and the endpoint on failure, and 重试 refetches', async () => {
    const error = new ApiError(
      'schema',
      '/api/v1/regions/1/ethnic?period=2026-Q3',
      '数据格式不符：字段 residents 必须是整数',
      {
        field: 'residents',
      },
    );
    const failed = source({ error });
    render(frame([failed]));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('民族构成数据加载失败')).toBeInTheDocument();
    expect(within(alert).getByText('数据格式不符：字段 residents 必须是整数')).toBeInTheDocument();
    expect(within(alert).getByText('/api/v1/regions/1/ethnic?period=2026-Q3')).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(failed.query.refetch).toHaveBeenCalledTimes(1);
    expect(pendingRenderLabels()).toEqual([]);
  });

  it('keeps the last good data on screen when a refresh fails', () => {
    render(frame([source({ data: {}, error: new ApiError('network', '/x', '无法连接数据接口') })]));
    expect(screen.getByText('正文')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '数据更新失败（无法连接数据接口），显示的是上次成功加载的数据',
    );
  });

  it('shows an empty state instead of the body', () => {
    render(frame([source({ data: {} })], { isEmpty: true }));
    expect(screen.getByText('本期暂无数据')).toBeInTheDocument();
    expect(screen.queryByText('正文')).not.toBeInTheDocument();
  });

  it('fails alone: a neighbouring panel still shows its body', () => {
    render(
      <>
        {frame([source({ error: new Error('boom') })])}
        <Panel
          testId="panel-events"
          title="活动参与"
          regionName=""
          period="2026-10"
          sources={[source({ data: {} }, '活动参与数据')]}
        >
          <p>活动正文</p>
        </Panel>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('民族构成数据加载失败');
    const events = screen.getByRole('region', { name: '活动参与' });
    expect(within(events).getByText('活动正文')).toBeInTheDocument();
    expect(within(events).getByText('2026年10月')).toBeInTheDocument();
  });
});
