/**
 * Start-up scenarios: a blank Vite + React page against the dashboard (in-browser mock cold
 * and warm, and over the HTTP mock API), navigation start → shiliu:first-full-render.
 */
import { newContext } from '../tests/e2e/browser';
import { instrumentContext, measureLoad } from './measure';
import type { LoadSample } from './measure';
import type { BenchContext, MetricRow, Scenario } from './scenario';

export const VIEWPORT = { width: 1920, height: 1080 };

/** Turns load samples into the standard start-up rows of one scenario. */
function startupRows(scenario: string, samples: LoadSample[]): MetricRow[] {
  const col = (k: Exclude<keyof LoadSample, 'files'>) => samples.map((s) => s[k]);
  return [
    { scenario, metric: 'first full render', unit: 'ms', samples: col('firstRenderMs') },
    { scenario, metric: 'long tasks before it', unit: 'count', samples: col('longTaskCount') },
    { scenario, metric: 'longest task', unit: 'ms', samples: col('longestTaskMs') },
    { scenario, metric: 'JS heap after GC', unit: 'MB', samples: col('heapMB') },
    { scenario, metric: 'DOM nodes', unit: 'count', samples: col('domNodes') },
  ];
}

const FAILED: LoadSample = { firstRenderMs: NaN, longTaskCount: NaN, longestTaskMs: NaN, heapMB: NaN, domNodes: NaN };

/** `loads` page loads in one fresh context per run; load i of every run goes to series i. */
async function loadSeries(ctx: BenchContext, url: string, loads: number): Promise<LoadSample[][]> {
  const series: LoadSample[][] = Array.from({ length: loads }, () => []);
  for (let run = 0; run < ctx.runs; run++) {
    const context = await newContext(ctx.browser, VIEWPORT);
    await instrumentContext(context);
    try {
      for (let i = 0; i < loads; i++) {
        try {
          // Every load but the last leaves the persisted cache behind for the next one.
          series[i]?.push(await measureLoad(context, url, { keepPersistedCache: i < loads - 1 }));
        } catch (err) {
          ctx.log(`${url} run ${run + 1} load ${i + 1} failed: ${String(err).split('\n')[0]}`);
          series[i]?.push(FAILED);
        }
      }
    } finally {
      await context.close();
    }
  }
  return series;
}

/** Files each page fetched before its first full render, by server URL (see bench/run.ts). */
export const filesBeforeFirstRender = new Map<string, Set<string>>();

function noteFiles(url: string, samples: LoadSample[]): void {
  const set = filesBeforeFirstRender.get(url) ?? new Set<string>();
  for (const s of samples) for (const f of s.files ?? []) set.add(f);
  filesBeforeFirstRender.set(url, set);
}

export const startupScenarios: Scenario[] = [
  {
    id: 'blank',
    async run(ctx) {
      const [cold = []] = await loadSeries(ctx, ctx.servers.blankUrl, 1);
      noteFiles(ctx.servers.blankUrl, cold);
      return startupRows('blank page', cold);
    },
  },
  {
    id: 'libraries',
    async run(ctx) {
      const [cold = []] = await loadSeries(ctx, ctx.servers.librariesUrl, 1);
      noteFiles(ctx.servers.librariesUrl, cold);
      return startupRows('libraries only', cold);
    },
  },
  {
    id: 'mock',
    // Cold: a fresh context. Warm: the second load in that context, as a reloaded screen
    // starts: HTTP cache, V8 code cache, the MSW service worker and the persisted query cache
    // (the last data, drawn at once and refreshed) already there.
    async run(ctx) {
      const [cold = [], warm = []] = await loadSeries(ctx, ctx.servers.mswUrl, 2);
      noteFiles(ctx.servers.mswUrl, cold);
      return [...startupRows('dashboard, mock, cold', cold), ...startupRows('dashboard, mock, warm', warm)];
    },
  },
  {
    id: 'http',
    async run(ctx) {
      const [cold = [], warm = []] = await loadSeries(ctx, ctx.servers.httpUrl, 2);
      noteFiles(ctx.servers.httpUrl, cold);
      return [...startupRows('dashboard, HTTP API, cold', cold), ...startupRows('dashboard, HTTP API, warm', warm)];
    },
  },
];
