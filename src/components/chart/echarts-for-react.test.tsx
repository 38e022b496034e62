import { cleanup, render } from '@testing-library/react';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactCore from 'echarts-for-react/lib/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Why echart.tsx is not built on echarts-for-react (README, "Charts"): with real ECharts, its
 * 3.0.6 core makes every chart twice — a throw-away instance whose empty first frame it waits
 * for, then the kept one, fixed at the pixel size the host had at that moment — and sets the
 * option only then. EChart's contract (echart.test.tsx) is one instance per chart, drawn in the
 * chart queue's batch, sized by its container. If a release fixes this, these tests fail: then
 * build echart.tsx on `echarts-for-react/lib/core`.
 */
echarts.use([BarChart, GridComponent, SVGRenderer]);

type Instance = ReturnType<typeof echarts.init>;
const option = { xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] };

function recordingEcharts() {
  const made: { opts: unknown; chart: Instance; setOptions: number; finishedBefore: number }[] = [];
  let finished = 0;
  const lib = {
    ...echarts,
    init(...args: Parameters<typeof echarts.init>) {
      const chart = echarts.init(...args);
      const entry = { opts: args[2], chart, setOptions: 0, finishedBefore: finished };
      const setOption = chart.setOption.bind(chart) as (...a: unknown[]) => void;
      chart.setOption = ((...a: unknown[]) => {
        entry.setOptions += 1;
        setOption(...a);
      }) as Instance['setOption'];
      chart.on('finished', () => {
        finished += 1;
      });
      made.push(entry);
      return chart;
    },
  };
  return { lib, made };
}

// jsdom lays nothing out: give every element the size of a panel's chart.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('echarts-for-react 3.0.6 core', () => {
  it('initialises a throw-away instance first, then the kept one at a fixed pixel size', async () => {
    const { lib, made } = recordingEcharts();
    const ready = vi.fn();
    render(<EChartsReactCore echarts={lib} option={option} opts={{ renderer: 'svg' }} onChartReady={ready} />);
    await vi.waitFor(() => expect(ready).toHaveBeenCalled(), { timeout: 5000 });
    expect(made).toHaveLength(2);
    expect(made[0]?.chart.isDisposed()).toBe(true);
    expect(made[1]?.opts).toEqual({ renderer: 'svg', width: 400, height: 300 });
  });

  it('sets the option only once the throw-away chart has drawn its empty first frame', async () => {
    const { lib, made } = recordingEcharts();
    const ready = vi.fn();
    render(<EChartsReactCore echarts={lib} option={option} opts={{ renderer: 'svg' }} onChartReady={ready} />);
    await vi.waitFor(() => expect(ready).toHaveBeenCalled(), { timeout: 5000 });
    expect(made.map((m) => m.setOptions)).toEqual([0, 1]);
    expect(made[1]?.finishedBefore).toBe(1);
  });
});
