/**
 * Pan/zoom scenarios: frame-interval p95 while panning and zooming with every grid of a county
 * (~300), a prefecture (~5,000) and a province (~50,000) in view, the app's layers beside
 * react-leaflet's default SVG `<GeoJSON>` on the same data (bench/pages/pan-zoom.tsx), plus the
 * heap once drawn. BENCH_PANZOOM_RUNS (default 1) loads per renderer and size;
 * BENCH_PANZOOM_RENDERERS (default `app,svg`; also `canvas`, `tiles`) which layers to compare.
 */
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { DatasetSize } from '../mocks/generator/sizes';
import { newContext } from '../tests/e2e/browser';
import { heapAfterGc } from './measure';
import type { PanZoomWindow } from './pages/pan-zoom';
import type { BenchContext, MetricRow, Scenario } from './scenario';
import { ROOT } from './serve';
import { serveDir } from '../tests/e2e/servers';

const VIEWPORT = { width: 1600, height: 900 };
const RUNS = Math.max(1, Number(process.env.BENCH_PANZOOM_RUNS ?? 1) || 1);
const RENDERERS = (process.env.BENCH_PANZOOM_RENDERERS ?? 'app,svg').split(',').map((s) => s.trim());
const LABELS: Record<string, string> = {
  app: 'app (canvas ≤ 2k, tiles above)',
  svg: 'react-leaflet <GeoJSON> SVG',
  canvas: 'app canvas layer, forced',
  tiles: 'app vector tiles, forced',
};

/** Builds bench/pages into dist-bench-pages/ (aliases as in the app). */
export async function buildPages(): Promise<void> {
  await build({
    root: join(ROOT, 'bench/pages'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('../src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('../mocks', import.meta.url)),
      },
    },
    build: {
      outDir: join(ROOT, 'dist-bench-pages'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(ROOT, 'bench/pages/pan-zoom.html') },
    },
  });
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

interface Sample {
  features: number;
  drawMs: number;
  p95: number;
  worst: number;
  heapMB: number;
}

async function measureOne(ctx: BenchContext, pageUrl: string): Promise<Sample> {
  const context = await newContext(ctx.browser, VIEWPORT);
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => (window as PanZoomWindow).__panZoom !== undefined, null, {
      timeout: 300_000,
      polling: 100,
    });
    // Let the first tiles and any deferred work settle before measuring memory and frames.
    await page.waitForTimeout(500);
    const info = await page.evaluate(() => {
      const p = (window as PanZoomWindow).__panZoom!;
      return { features: p.features, drawMs: p.drawMs };
    });
    const { heapMB } = await heapAfterGc(page);
    const sorted = (await page.evaluate(() => (window as PanZoomWindow).__panZoom!.run())).sort((a, b) => a - b);
    return { ...info, heapMB, p95: quantile(sorted, 0.95), worst: sorted[sorted.length - 1] ?? NaN };
  } finally {
    await context.close();
  }
}

const SIZES: { size: DatasetSize; label: string }[] = [
  { size: 'county', label: '~300' },
  { size: 'prefecture', label: '~5,000' },
  { size: 'province', label: '~50,000' },
];

async function rootCode(apiUrl: string): Promise<string> {
  const res = await fetch(`${apiUrl}/api/v1/meta`);
  const meta = (await res.json()) as { rootCode: string };
  return meta.rootCode;
}

export const panZoomScenario: Scenario = {
  id: 'pan-zoom',
  async run(ctx) {
    let t = Date.now();
    await buildPages();
    ctx.log(`built dist-bench-pages in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const pages = await serveDir('dist-bench-pages');
    const rows: MetricRow[] = [];
    const { startMockApiServer } = await import('../mocks/server');
    try {
      for (const { size, label } of SIZES) {
        t = Date.now();
        // One API per size, started once (a province takes seconds to generate).
        const api = await startMockApiServer({ port: 0, size });
        try {
          const region = await rootCode(api.url);
          // Generate and cache the geometry once, outside the measured loads.
          await fetch(`${api.url}/api/v1/regions/${region}/boundaries?level=grid`).then((r) => r.arrayBuffer());
          ctx.log(`${size} API ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
          for (const renderer of RENDERERS) {
            const samples: Sample[] = [];
            for (let run = 0; run < RUNS; run++) {
              const url = `${pages.url}pan-zoom.html?api=${encodeURIComponent(api.url)}&region=${region}&renderer=${renderer}`;
              try {
                samples.push(await measureOne(ctx, url));
              } catch (err) {
                ctx.log(`${size} ${renderer} failed: ${String(err).split('\n')[0]}`);
              }
            }
            const scenario = `pan/zoom ${label} grids, ${LABELS[renderer] ?? renderer}`;
            const col = (k: keyof Sample) => samples.map((s) => s[k]);
            rows.push(
              { scenario, metric: 'polygons', unit: 'count', samples: col('features') },
              { scenario, metric: 'first draw', unit: 'ms', samples: col('drawMs') },
              { scenario, metric: 'frame p95', unit: 'ms', samples: col('p95') },
              { scenario, metric: 'worst frame', unit: 'ms', samples: col('worst') },
              { scenario, metric: 'JS heap after draw + GC', unit: 'MB', samples: col('heapMB') },
            );
            ctx.log(`${size} ${renderer}: p95 ${samples.map((s) => s.p95.toFixed(1)).join(', ')} ms`);
          }
        } finally {
          await api.close();
        }
      }
    } finally {
      await pages.close();
    }
    return rows;
  },
};
