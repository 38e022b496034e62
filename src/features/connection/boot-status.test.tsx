import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meta } from '@/api/meta';
import { ApiError } from '@/lib/api-client';
import { BootStatus } from './boot-status';
import { diagnoseBoot } from './boot-diagnosis';

afterEach(cleanup);

function Boot({ queryFn }: { queryFn: () => Promise<Meta> }) {
  const meta = useQuery({ queryKey: ['meta'], queryFn, retry: 1, retryDelay: 10_000 });
  return <BootStatus meta={meta} />;
}

describe('BootStatus', () => {
  it('names the address, the failure and the retry at the first failure, without waiting for the retries', async () => {
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <Boot queryFn={() => Promise.reject(new ApiError('network', '/api/v1/meta', '无法连接数据接口'))} />
      </QueryClientProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法连接数据接口');
    expect(alert).toHaveTextContent(/接口地址：http:\/\/[^ ]+\/api\/v1\/meta/);
    expect(alert).toHaveTextContent('正在自动重试');
    expect(alert).toHaveTextContent('docs/troubleshooting.md');
    client.clear();
  });

  it('tells each kind of failure apart', () => {
    const origin = 'http://10.0.0.9';
    expect(diagnoseBoot(new ApiError('network', '/m', 'x'), true, origin).title).toContain('安全策略');
    const refused = diagnoseBoot(new ApiError('network', '/m', 'x', { reason: 'unreachable' }), false, origin);
    expect(refused.title).toBe('无法连接数据接口');
    expect(refused.cause).toContain('连接被拒绝');
    expect(refused.cause).not.toContain('CORS');
    const cors = diagnoseBoot(new ApiError('network', '/m', 'x', { reason: 'cors' }), false, origin);
    expect(cors.title).toContain('CORS');
    expect(cors.hint).toContain(`SHILIU_CORS_ORIGINS=${origin}`);
    expect(diagnoseBoot(new ApiError('auth', '/m', '需要登录', { status: 401 }), false, origin).cause).toContain('401');
    expect(diagnoseBoot(new ApiError('parse', '/m', '不是 JSON'), false, origin).title).toContain('不是 JSON');
    const schema = new ApiError('schema', '/m', '数据格式不符：字段 metrics[0].id', { field: 'metrics[0].id' });
    expect(diagnoseBoot(schema, false, origin).cause).toContain('metrics[0].id');
  });
});
