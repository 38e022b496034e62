import type { EChartsCoreOption } from 'echarts/core';
import { useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { queueChartWork } from './chart-queue';
import { ChartRenderContext } from './chart-render-context';
import { holdRender, onAllChartsReady } from './chart-ready';
import {
  afterDeferredFeatures,
  chartFeaturesFor,
  deferredFeaturesLoaded,
  drawableNow,
  echarts,
  needsDeferred,
} from './echarts-setup';
import type { ChartSize } from './chart-size';
import { splitChartTitle } from './chart-title';
import { optionShape } from './option-shape';
import './echart.css';

/** A handler for an ECharts event, e.g. `click` on a series item (params: ECElementEvent). */
export type ChartEventHandler = (params: unknown) => void;

export interface EChartProps {
  /**
   * A full option from a pure `to…Option` function; memoise it so refetches of equal data don't
   * redraw. A function of the chart's size is called again when the chart is resized (legends
   * and labels laid out for the box the chart has).
   */
  option: EChartsCoreOption | ((size: ChartSize) => EChartsCoreOption);
  /** What the chart shows, for assistive technology (ECharts adds the data description inside). */
  ariaLabel: string;
  /** One-line visible title above the chart. */
  caption?: string;
  onEvents?: Partial<Record<string, ChartEventHandler>>;
  className?: string;
}

type ChartInstance = ReturnType<typeof echarts.init>;

function currentRatio(): number {
  return typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
}

function subscribeToRatio(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  // A resolution query matches only the current ratio; it fires "change" when zoom or a move
  // to another screen changes it, and is then replaced by a query for the new ratio.
  let query = matchMedia(`(resolution: ${currentRatio()}dppx)`);
  const handle = () => {
    query.removeEventListener('change', handle);
    query = matchMedia(`(resolution: ${currentRatio()}dppx)`);
    query.addEventListener('change', handle);
    onChange();
  };
  query.addEventListener('change', handle);
  return () => query.removeEventListener('change', handle);
}

/** window.devicePixelRatio, updated when it changes (browser zoom, window moved to a 4K screen). */
function useDevicePixelRatio(): number {
  return useSyncExternalStore(subscribeToRatio, currentRatio, () => 1);
}

/**
 * Until the first screen is complete, charts draw without animation: ECharts
 * reports `finished` only when animations end (about a second), and a dozen charts animating
 * at once on a 2-core machine without a GPU drop frames while the map is still drawing.
 * Charts drawn later (tabs, drill-down, refresh) animate as before.
 */
let firstScreenDrawn = false;
onAllChartsReady(() => {
  firstScreenDrawn = true;
});

/**
 * The one ECharts wrapper. Hand-written instead of echarts-for-react: its 3.0.6 core makes
 * every chart twice (a throw-away instance whose empty first frame it waits for, then one
 * fixed at the host's pixel size) and sets the option only then (echarts-for-react.test.tsx).
 * This component owns init, setOption (in the chart queue's batches), resize (ResizeObserver,
 * one per chart, debounced to a frame), event binding and dispose.
 */
export function EChart({ option: given, ariaLabel, caption, onEvents, className }: EChartProps) {
  const sized = typeof given === 'function';
  const [size, setSize] = useState<ChartSize | null>(null);
  const option = useMemo(() => (typeof given === 'function' ? (size ? given(size) : null) : given), [given, size]);
  const sizedRef = useRef(sized);
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);
  const shapeRef = useRef<string | null>(null);
  const armFinishedRef = useRef<(() => void) | null>(null);
  const labelRef = useRef(ariaLabel);
  const handlersRef = useRef(onEvents);
  const [ready, setReady] = useState(false);
  // An ECharts instance copies the registered layouts and processors when it is created, so
  // one made before the deferred chunk arrived cannot lay out a funnel or a line ("Cannot read
  // properties of undefined (reading 'points')"): such a chart is made again (see `apply`).
  const [generation, setGeneration] = useState(0);
  const madeWithDeferredRef = useRef(false);
  // Crisp on 4K and after browser zoom: ECharts fixes the pixel ratio at init, so re-init on change.
  const dpr = useDevicePixelRatio();
  // The print view draws SVG (vector text in the PDF); the screen draws canvas.
  const { renderer, animate } = useContext(ChartRenderContext);

  useEffect(() => {
    labelRef.current = ariaLabel;
    handlersRef.current = onEvents;
    sizedRef.current = sized;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const release = holdRender(`chart:${labelRef.current}`);
    const chart = echarts.init(host, null, { renderer, devicePixelRatio: dpr, locale: 'ZH' });
    chartRef.current = chart;
    madeWithDeferredRef.current = deferredFeaturesLoaded();
    shapeRef.current = null;
    const onFinished = () => {
      chart.off('finished', onFinished);
      setReady(true);
      release();
    };
    // Listened for from the first setOption on: ECharts also reports `finished` for the empty
    // chart right after init, which is not "drawn" (the option waits in the chart queue).
    armFinishedRef.current = () => chart.on('finished', onFinished);

    let frame = 0;
    // ResizeObserver reports the size once on observe: skip that (and any report of an
    // unchanged size), or every chart lays out and paints twice at start-up.
    let size = { width: host.clientWidth, height: host.clientHeight };
    if (sizedRef.current) setSize(size);
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const box = entries[0]?.contentRect;
            if (box && Math.abs(box.width - size.width) < 1 && Math.abs(box.height - size.height) < 1) return;
            if (box) size = { width: box.width, height: box.height };
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => {
              if (chart.isDisposed()) return;
              chart.resize();
              // A sized option is laid out again for the new box (in the effect below).
              if (sizedRef.current) setSize(size);
            });
          });
    observer?.observe(host);

    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      chart.off('finished', onFinished);
      chart.dispose();
      chartRef.current = null;
      release();
    };
  }, [dpr, renderer, generation]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || chart.isDisposed() || !option) return;
    let live = true;
    const apply = () => {
      if (!live || chart.isDisposed()) return;
      if (!madeWithDeferredRef.current && needsDeferred(option)) {
        setGeneration((g) => g + 1);
        return;
      }
      const shape = optionShape(option);
      const notMerge = shape !== shapeRef.current;
      shapeRef.current = shape;
      armFinishedRef.current?.();
      armFinishedRef.current = null;
      const drawable = drawableNow(option);
      // Also a second option before the first screen is complete (a comparison period's data
      // arriving after the current one's): animated, it would hold `finished` back ~300 ms.
      chart.setOption(firstScreenDrawn && animate ? drawable : { ...drawable, animation: false }, { notMerge });
    };
    // Drawn in the chart queue's next batch, one of many charts; line/funnel charts first wait
    // for ECharts' deferred chunk.
    let unqueue = () => undefined as void;
    const needed = chartFeaturesFor(option);
    const enqueue = () => {
      if (live) unqueue = queueChartWork(apply);
    };
    if (needed) void needed.then(enqueue, enqueue);
    else enqueue();
    // Tooltips are registered after the first screen: apply the same option again to get them.
    let unqueueTooltips = () => undefined as void;
    const cancel = afterDeferredFeatures(() => {
      unqueueTooltips = queueChartWork(() => {
        if (live && !chart.isDisposed()) chart.setOption(animate ? option : { ...option, animation: false });
      });
    });
    return () => {
      live = false;
      unqueue();
      unqueueTooltips();
      cancel();
    };
  }, [option, dpr, renderer, animate, generation]);

  const eventNames = Object.keys(onEvents ?? {})
    .sort()
    .join(',');
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !eventNames) return;
    const bound = eventNames.split(',').map((name) => {
      const handler = (params: unknown) => handlersRef.current?.[name]?.(params);
      chart.on(name, handler);
      return [name, handler] as const;
    });
    return () => {
      if (chart.isDisposed()) return;
      for (const [name, handler] of bound) chart.off(name, handler);
    };
  }, [eventNames, dpr, renderer, generation]);

  return (
    <figure
      className={className ? `echart ${className}` : 'echart'}
      data-testid="chart"
      data-chart-ready={ready ? 'true' : 'false'}
      aria-label={ariaLabel}
    >
      {caption && (
        <figcaption className="echart__caption" title={caption}>
          {splitChartTitle(caption).what}
          <span className="echart__caption-where">{splitChartTitle(caption).where}</span>
        </figcaption>
      )}
      <div className="echart__host" ref={hostRef} />
    </figure>
  );
}
