// Floor for the bench: the libraries the dashboard's first screen cannot do without (React,
// TanStack Query, zod/mini, Leaflet, ECharts through echarts/core with the same parts as
// src/components/chart/echarts-first-screen.ts) doing the least the first screen does — a map with
// 20 polygons and four charts from in-memory data, validated once — and no app code, no API,
// no CSS. The gap between this page and bench/blank is what the fixed stack costs on its own;
// the gap between the dashboard and this page is what the app adds (docs/performance.md).
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { FIRST_SCREEN_PARTS } from '../../src/components/chart/echarts-first-screen';

echarts.use(FIRST_SCREEN_PARTS);

const MARK = 'shiliu:first-full-render';
const DataSchema = z.array(z.object({ name: z.string(), value: z.number() }));
const DATA = Array.from({ length: 12 }, (_, i) => ({ name: `类别${i + 1}`, value: 100 + ((i * 37) % 90) }));

let pending = 5; // four charts and the map
function done(): void {
  pending -= 1;
  if (pending === 0) {
    performance.mark(MARK);
    document.documentElement.dataset.fullRender = 'true';
  }
}

function optionFor(kind: 'bar' | 'pie', data: { name: string; value: number }[]): EChartsCoreOption {
  if (kind === 'pie') return { animation: false, series: [{ type: 'pie', radius: ['40%', '70%'], data }] };
  return {
    animation: false,
    grid: { containLabel: true, left: 8, right: 8, top: 8, bottom: 8 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: data.map((d) => d.name) },
    series: [{ type: 'bar', data: data.map((d) => d.value) }],
  };
}

function Chart({ kind }: { kind: 'bar' | 'pie' }) {
  const ref = useRef<HTMLDivElement>(null);
  const { data } = useQuery({ queryKey: ['data'], queryFn: () => DataSchema.parse(DATA) });
  useEffect(() => {
    if (!ref.current || !data) return;
    const chart = echarts.init(ref.current);
    chart.on('finished', function once() {
      chart.off('finished', once);
      done();
    });
    chart.setOption(optionFor(kind, data));
    return () => chart.dispose();
  }, [kind, data]);
  return <div ref={ref} style={{ height: 480 }} />;
}

function MapView() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = L.map(ref.current, { preferCanvas: true, zoomControl: false }).setView([25, 100], 9);
    for (let i = 0; i < 20; i++) {
      const lat = 24.8 + (i % 5) * 0.1;
      const lng = 99.8 + Math.floor(i / 5) * 0.1;
      L.polygon([
        [lat, lng],
        [lat + 0.09, lng],
        [lat + 0.09, lng + 0.09],
        [lat, lng + 0.09],
      ]).addTo(map);
    }
    requestAnimationFrame(() => done());
    return () => {
      map.remove();
    };
  }, []);
  return <div ref={ref} style={{ height: 960 }} />;
}

function Page() {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 8 }}>
      <MapView />
      <div>
        <Chart kind="pie" />
        <Chart kind="bar" />
      </div>
      <div>
        <Chart kind="bar" />
        <Chart kind="bar" />
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <Page />
    </QueryClientProvider>,
  );
}
