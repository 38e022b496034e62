import type { EChartsCoreOption } from 'echarts/core';

/**
 * A stand-in for `echarts-setup` in jsdom tests (jsdom has no canvas). Records what the wrapper
 * does — init options, setOption calls, bound events, dispose — and emits `finished` after each
 * setOption like ECharts does. Use with
 * `vi.mock('@/components/chart/echarts-setup', () => import('@/testing/echarts-fake'))`.
 */
type Handler = (params: unknown) => void;

export class FakeChart {
  readonly options: { option: EChartsCoreOption; opts: { notMerge?: boolean } }[] = [];
  readonly handlers = new Map<string, Set<Handler>>();
  resizes = 0;
  private disposed = false;
  constructor(
    readonly dom: HTMLElement,
    readonly initOpts: Record<string, unknown> | undefined,
  ) {}
  setOption(option: EChartsCoreOption, opts: { notMerge?: boolean } = {}) {
    this.options.push({ option, opts });
    queueMicrotask(() => this.emit('finished', {}));
  }
  on(name: string, handler: Handler) {
    const set = this.handlers.get(name) ?? new Set();
    set.add(handler);
    this.handlers.set(name, set);
  }
  off(name: string, handler?: Handler) {
    if (handler) this.handlers.get(name)?.delete(handler);
    else this.handlers.delete(name);
  }
  emit(name: string, params: unknown) {
    if (this.disposed) return;
    for (const h of [...(this.handlers.get(name) ?? [])]) h(params);
  }
  resize() {
    this.resizes += 1;
  }
  dispose() {
    this.disposed = true;
    this.handlers.clear();
  }
  isDisposed() {
    return this.disposed;
  }
  /** Number of listeners still bound (leak checks). */
  listenerCount(): number {
    let n = 0;
    for (const set of this.handlers.values()) n += set.size;
    return n;
  }
  get lastOption(): EChartsCoreOption | undefined {
    return this.options.at(-1)?.option;
  }
}

export const fakeCharts: FakeChart[] = [];

export const echarts = {
  init(dom: HTMLElement, _theme: unknown, opts?: Record<string, unknown>) {
    const chart = new FakeChart(dom, opts);
    fakeCharts.push(chart);
    return chart;
  },
};

/** Every feature counts as registered in tests: charts apply their option at once. */
export function chartFeaturesFor(): Promise<void> | null {
  return null;
}

export function afterDeferredFeatures(): () => void {
  return () => undefined;
}

export function drawableNow(option: EChartsCoreOption): EChartsCoreOption {
  return option;
}

/** The fake registers everything up front, like a page whose deferred chunk already arrived. */
export function deferredFeaturesLoaded(): boolean {
  return true;
}

export function needsDeferred(): boolean {
  return false;
}
