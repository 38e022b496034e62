// @vitest-environment node
// Pure functions: no DOM needed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  holdRender,
  onAllChartsReady,
  pendingRenderCount,
  pendingRenderLabels,
  resetRenderRegistry,
} from './chart-ready';

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

afterEach(resetRenderRegistry);

describe('chart-ready registry', () => {
  it('fires once when everything that registered has drawn', async () => {
    const ready = vi.fn();
    const releaseMap = holdRender('map');
    const releaseChart = holdRender('chart:民族构成');
    onAllChartsReady(ready);
    expect(pendingRenderLabels()).toEqual(['map', 'chart:民族构成']);
    releaseMap();
    await tick();
    expect(ready).not.toHaveBeenCalled();
    releaseChart();
    releaseChart(); // idempotent
    await tick();
    expect(ready).toHaveBeenCalledTimes(1);
    holdRender('later')();
    await tick();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('does not count "nothing registered yet" as ready', async () => {
    const ready = vi.fn();
    onAllChartsReady(ready);
    await tick();
    expect(ready).not.toHaveBeenCalled();
    expect(pendingRenderCount()).toBe(0);
  });

  it('ignores a hand-over inside one synchronous step (panel token → chart token)', async () => {
    const ready = vi.fn();
    const releasePanel = holdRender('panel:x');
    onAllChartsReady(ready);
    releasePanel();
    const releaseChart = holdRender('chart:x');
    await tick();
    expect(ready).not.toHaveBeenCalled();
    releaseChart();
    await tick();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('can be unsubscribed', async () => {
    const ready = vi.fn();
    const release = holdRender('a');
    const off = onAllChartsReady(ready);
    off();
    release();
    await tick();
    expect(ready).not.toHaveBeenCalled();
  });
});
