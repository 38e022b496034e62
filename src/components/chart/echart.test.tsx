import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onAllChartsReady, pendingRenderCount, resetRenderRegistry } from './chart-ready';
import { ChartRenderContext } from './chart-render-context';
import { EChart } from './echart';
import { fakeCharts } from '@/testing/echarts-fake';
import { optionShape } from './option-shape';

vi.mock('./echarts-setup', () => import('@/testing/echarts-fake'));

class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  unobserve() {}
  disconnect() {
    this.observed = [];
  }
}

const bars = (data: number[]) => ({ series: [{ type: 'bar', name: '人次', data }] });

beforeEach(() => {
  fakeCharts.length = 0;
  FakeResizeObserver.instances = [];
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  resetRenderRegistry();
});

describe('EChart', () => {
  it('initialises one instance (ZH locale, screen pixel ratio), draws, then says it is ready', async () => {
    vi.stubGlobal('devicePixelRatio', 2);
    const ready = vi.fn();
    render(<EChart option={bars([1, 2])} ariaLabel="活动人次" caption="各类活动参与人次" />);
    onAllChartsReady(ready);
    expect(fakeCharts).toHaveLength(1);
    expect(fakeCharts[0]?.initOpts).toMatchObject({ locale: 'ZH', devicePixelRatio: 2, renderer: 'canvas' });
    const figure = screen.getByRole('figure', { name: '活动人次' });
    expect(figure).toHaveAttribute('data-testid', 'chart');
    expect(screen.getByText('各类活动参与人次')).toBeInTheDocument();
    await vi.waitFor(() => expect(figure).toHaveAttribute('data-chart-ready', 'true'));
    expect(pendingRenderCount()).toBe(0);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('merges when only data changes and replaces when the series set changes', async () => {
    const applied = (n: number) => vi.waitFor(() => expect(fakeCharts[0]?.options).toHaveLength(n));
    const { rerender } = render(<EChart option={bars([1])} ariaLabel="a" />);
    await applied(1);
    rerender(<EChart option={bars([2])} ariaLabel="a" />);
    await applied(2);
    rerender(<EChart option={{ series: [{ type: 'pie', name: '人口', data: [] }] }} ariaLabel="a" />);
    await applied(3);
    expect(fakeCharts[0]?.options.map((o) => o.opts.notMerge)).toEqual([true, false, true]);
    expect(optionShape(bars([1]))).toBe(optionShape(bars([9, 9])));
  });

  it('resizes through a ResizeObserver on its own element', async () => {
    render(<EChart option={bars([1])} ariaLabel="a" />);
    const observer = FakeResizeObserver.instances[0];
    expect(observer?.observed).toHaveLength(1);
    act(() => observer?.callback([], observer as unknown as ResizeObserver));
    await vi.waitFor(() => expect(fakeCharts[0]?.resizes).toBe(1));
  });

  it('applies only the latest option when several arrive before the chart queue runs', async () => {
    const { rerender } = render(<EChart option={bars([1])} ariaLabel="a" />);
    rerender(<EChart option={bars([2])} ariaLabel="a" />);
    rerender(<EChart option={bars([3])} ariaLabel="a" />);
    await vi.waitFor(() => expect(fakeCharts[0]?.options).toHaveLength(1));
    expect(fakeCharts[0]?.lastOption).toEqual(bars([3]));
  });

  it('never animates in print (SVG), so a page is not printed half-way through an animation', async () => {
    const print = { renderer: 'svg', animate: false } as const;
    const { rerender } = render(
      <ChartRenderContext.Provider value={print}>
        <EChart option={bars([1])} ariaLabel="a" />
      </ChartRenderContext.Provider>,
    );
    await vi.waitFor(() => expect(fakeCharts[0]?.options).toHaveLength(1));
    rerender(
      <ChartRenderContext.Provider value={print}>
        <EChart option={bars([2])} ariaLabel="a" />
      </ChartRenderContext.Provider>,
    );
    await vi.waitFor(() => expect(fakeCharts[0]?.options).toHaveLength(2));
    expect(fakeCharts[0]?.initOpts).toMatchObject({ renderer: 'svg' });
    expect(fakeCharts[0]?.options.map((o) => o.option.animation)).toEqual([false, false]);
  });

  it('passes events to the latest handler and leaves nothing bound after unmount', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, unmount } = render(<EChart option={bars([1])} ariaLabel="a" onEvents={{ click: first }} />);
    rerender(<EChart option={bars([1])} ariaLabel="a" onEvents={{ click: second }} />);
    const chart = fakeCharts[0];
    chart?.emit('click', { name: '宣传教育' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ name: '宣传教育' });
    unmount();
    expect(chart?.isDisposed()).toBe(true);
    expect(chart?.listenerCount()).toBe(0);
    expect(FakeResizeObserver.instances[0]?.observed).toHaveLength(0);
  });

  it('survives a quick mount and unmount (StrictMode, fast region changes)', () => {
    const { unmount } = render(<EChart option={bars([1])} ariaLabel="a" />);
    unmount();
    expect(fakeCharts.every((c) => c.isDisposed())).toBe(true);
    expect(pendingRenderCount()).toBe(0);
  });
});
