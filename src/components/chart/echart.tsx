import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { holdRender } from './chart-ready';
import { echarts } from './echarts-setup';
import { optionShape } from './option-shape';
import { useDevicePixelRatio } from './use-device-pixel-ratio';
import './echart.css';

/** A handler for an ECharts event, e.g. `click` on a series item (params: ECElementEvent). */
export type ChartEventHandler = (params: unknown) => void;

export interface EChartProps {
  /** A full option from a pure `to…Option` function; memoise it so refetches of equal data don't redraw. */
  option: EChartsCoreOption;
  /** What the chart shows, for assistive technology (ECharts adds the data description inside). */
  ariaLabel: string;
  /** One-line visible title above the chart. */
  caption?: string;
  onEvents?: Partial<Record<string, ChartEventHandler>>;
  className?: string;
}

type ChartInstance = ReturnType<typeof echarts.init>;

/**
 * The one ECharts wrapper. A thin hand-written component instead of echarts-for-react: its
 * 3.0.6 core builds a throw-away instance first, hands refs that temporary instance and can
 * throw a TypeError on a quick mount/unmount (PITFALLS). This component owns init, setOption,
 * resize (ResizeObserver, one per chart, debounced to a frame), event binding and dispose.
 */
export function EChart({ option, ariaLabel, caption, onEvents, className }: EChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);
  const shapeRef = useRef<string | null>(null);
  const labelRef = useRef(ariaLabel);
  const handlersRef = useRef(onEvents);
  const [ready, setReady] = useState(false);
  // Crisp on 4K and after browser zoom: ECharts fixes the pixel ratio at init, so re-init on change.
  const dpr = useDevicePixelRatio();

  useEffect(() => {
    labelRef.current = ariaLabel;
    handlersRef.current = onEvents;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const release = holdRender(`chart:${labelRef.current}`);
    const chart = echarts.init(host, null, { renderer: 'canvas', devicePixelRatio: dpr, locale: 'ZH' });
    chartRef.current = chart;
    shapeRef.current = null;
    const onFinished = () => {
      chart.off('finished', onFinished);
      setReady(true);
      release();
    };
    chart.on('finished', onFinished);

    let frame = 0;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(() => {
              if (!chart.isDisposed()) chart.resize();
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
  }, [dpr]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || chart.isDisposed()) return;
    const shape = optionShape(option);
    const notMerge = shape !== shapeRef.current;
    shapeRef.current = shape;
    chart.setOption(option, { notMerge });
  }, [option, dpr]);

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
  }, [eventNames, dpr]);

  return (
    <figure
      className={className ? `echart ${className}` : 'echart'}
      data-testid="chart"
      data-chart-ready={ready ? 'true' : 'false'}
      aria-label={ariaLabel}
    >
      {caption && (
        <figcaption className="echart__caption" title={caption}>
          {caption}
        </figcaption>
      )}
      <div className="echart__host" ref={hostRef} />
    </figure>
  );
}
