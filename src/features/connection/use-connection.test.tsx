import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { useConnection } from './use-connection';

afterEach(cleanup);

function Refused({ onState, queryFn }: { onState: (failing: boolean) => void; queryFn: () => Promise<number> }) {
  useQuery({ queryKey: ['stats', 'events', 'root'], queryFn });
  useQuery({ queryKey: ['stats', 'summary', 'root'], queryFn: () => Promise.resolve(1) });
  onState(useConnection().failing);
  return null;
}

describe('useConnection', () => {
  it('does not take a refused request (401) for an outage when it is asked again, so nothing loops', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(() => Promise.reject(new ApiError('auth', '/api/v1/regions/1/events', '访问令牌已过期')));
    const states: boolean[] = [];
    const wrap = (node: ReactNode) => <QueryClientProvider client={client}>{node}</QueryClientProvider>;
    render(wrap(<Refused onState={(f) => states.push(f)} queryFn={queryFn} />));
    await vi.waitFor(() => expect(client.getQueryState(['stats', 'events', 'root'])?.status).toBe('error'));

    // Asked again (the user's 重试, a refresh): TanStack clears the error while it fetches.
    await act(() => client.refetchQueries({ queryKey: ['stats', 'events'] }));
    await new Promise((r) => setTimeout(r, 300));

    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(states).not.toContain(true);
    client.clear();
  });
});
