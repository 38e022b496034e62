import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingRenderCount, resetRenderRegistry } from '@/components/chart/chart-ready';
import { lazyPart } from './lazy-parts';

function Greeting({ name }: { name: string }) {
  return <p>你好，{name}</p>;
}

/** A loader the test settles by hand, like a chunk still on its way. */
function deferredLoader() {
  let settle!: { resolve: (m: { Greeting: typeof Greeting }) => void; reject: (e: unknown) => void };
  let calls = 0;
  const load = () => {
    calls += 1;
    return new Promise<{ Greeting: typeof Greeting }>((resolve, reject) => {
      settle = { resolve, reject };
    });
  };
  return { load, settle: () => settle, calls: () => calls };
}

afterEach(() => {
  cleanup();
  resetRenderRegistry();
});

describe('lazyPart', () => {
  it('shows a placeholder that holds the first-render mark, then the part once its chunk is in', async () => {
    const chunk = deferredLoader();
    const Part = lazyPart(chunk.load, (m) => m.Greeting, '地图');
    render(<Part name="石榴籽" />);
    expect(screen.getByRole('status', { name: '地图加载中' })).toBeInTheDocument();
    await act(async () => Promise.resolve());
    expect(pendingRenderCount()).toBe(1);

    await act(async () => chunk.settle().resolve({ Greeting }));
    expect(screen.getByText('你好，石榴籽')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(pendingRenderCount()).toBe(0);

    // A later mount (drill-down, presenter) renders at once, without asking again.
    cleanup();
    render(<Part name="网格" />);
    expect(screen.getByText('你好，网格')).toBeInTheDocument();
    expect(chunk.calls()).toBe(1);
  });

  it('shows an error with a reload button in the part’s place when its chunk fails', async () => {
    const chunk = deferredLoader();
    const Part = lazyPart(chunk.load, (m) => m.Greeting, '民族构成');
    render(
      <>
        <Part name="x" />
        <p>其余内容</p>
      </>,
    );
    await act(async () => chunk.settle().reject(new TypeError('Failed to fetch dynamically imported module')));
    expect(screen.getByRole('alert')).toHaveTextContent('民族构成的程序文件未能加载');
    expect(screen.getByRole('button', { name: '重新加载页面' })).toBeInTheDocument();
    expect(screen.getByText('其余内容')).toBeInTheDocument();

    // The failure is not cached: the next mount asks for the chunk again.
    cleanup();
    render(<Part name="y" />);
    await act(async () => Promise.resolve());
    expect(chunk.calls()).toBe(2);
  });
});
