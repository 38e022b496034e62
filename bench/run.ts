/**
 * `npm run bench`: first-screen bytes and start-up timings of the dashboard against a blank
 * Vite + React page, in headless Chromium. Prints a table and writes bench/results/latest.json.
 * Never passes or fails: numbers vary ±25% run to run on this kind of machine, read ratios.
 *
 * Options: BENCH_RUNS=5 (loads per scenario), BENCH_ONLY=id,id (scenario ids to run).
 * BENCH_ONLY=import runs only the report import (bench/import-bench.ts), without a browser.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, launchBrowser, newContext } from '../tests/e2e/browser';
import { bundleReport, measure } from './bundle-size';
import type { BundleReport } from './bundle-size';
import { measureLoad, stats } from './measure';
import { panZoomScenario } from './pan-zoom';
import type { Stats } from './measure';
import type { BenchContext, MetricRow, Scenario } from './scenario';
import { importBench } from './import-bench';
import { ROOT, closeAll, startBenchServers } from './serve';
import { soakScenario } from './soak';
import { drillDownScenario } from './drill-down';
import { VIEWPORT, filesBeforeFirstRender, startupScenarios } from './startup';
import { kB, num, renderTable } from './table';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5) || 5);
const log = (msg: string) => console.error(`[bench] ${msg}`);

/**
 * Scenarios in the order they run and print. Extension point: append new ones here, e.g.
 * `...drillDownScenarios` (click → next level drawn), `...panZoomScenarios` (frame-interval
 * p95 at 300 / 5k / 50k polygons, data from startMockApiServer({ size })), `soakScenario`
 * (500 cycles; heap, DOM nodes, JSEventListeners before/after via heapAfterGc).
 */
const SCENARIOS: Scenario[] = [...startupScenarios, drillDownScenario, panZoomScenario, soakScenario];

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/\s+built on.*$/, '');
  } catch {
    return 'unknown';
  }
}

function bundleTable(reports: Record<string, BundleReport>): string {
  const rows = Object.entries(reports).flatMap(([name, r]) => [
    [
      name,
      'first screen',
      kB(r.firstScreen.js.raw),
      kB(r.firstScreen.js.gzip),
      kB(r.firstScreen.css.raw),
      kB(r.firstScreen.css.gzip),
      String(r.firstScreen.js.files.length + r.firstScreen.css.files.length),
    ],
    [
      name,
      'all emitted',
      kB(r.all.js.raw),
      kB(r.all.js.gzip),
      kB(r.all.css.raw),
      kB(r.all.css.gzip),
      String(r.all.js.files.length + r.all.css.files.length),
    ],
  ]);
  return renderTable(['build', 'scope', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'files'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]);
}

/**
 * JS and CSS each page actually fetched before its first full render (resource timing of the
 * cold loads; lazy chunks awaited before the mark count, chunks loaded after it do not).
 */
function fetchedTable(
  servers: { name: string; url: string; dist: string }[],
): { name: string; js: number[]; css: number[]; files: string[] }[] {
  return servers.flatMap(({ name, url, dist }) => {
    const files = [...(filesBeforeFirstRender.get(url) ?? [])].sort();
    if (files.length === 0) return [];
    const dir = join(ROOT, dist);
    const js = measure(
      dir,
      files.filter((f) => /\.m?js$/.test(f)),
    );
    const css = measure(
      dir,
      files.filter((f) => f.endsWith('.css')),
    );
    return [{ name, js: [js.raw, js.gzip], css: [css.raw, css.gzip], files }];
  });
}

function metricsTable(rows: (MetricRow & { stats: Stats })[]): string {
  const digits = (unit: string) => (unit === 'count' ? 0 : 1);
  const body: string[][] = [];
  let last = '';
  for (const r of rows) {
    if (last && r.scenario !== last) body.push(['—']);
    const d = digits(r.unit);
    body.push([
      r.scenario === last ? '' : r.scenario,
      `${r.metric} (${r.unit})`,
      num(r.stats.median, d),
      num(r.stats.min, d),
      num(r.stats.max, d),
      `${r.stats.n}/${r.samples.length}`,
    ]);
    last = r.scenario;
  }
  return renderTable(['scenario', 'metric', 'median', 'min', 'max', 'n'], body, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
  ]);
}

/**
 * Ratios of median first-render time: to the blank page (the budget's ratio) and to the
 * libraries-only page (what the app adds on top of the stack it runs on).
 */
function ratios(rows: (MetricRow & { stats: Stats })[]): { scenario: string; ratio: number; toLibraries: number }[] {
  const firstRender = rows.filter((r) => r.metric === 'first full render');
  const median = (scenario: string) => firstRender.find((r) => r.scenario === scenario)?.stats.median ?? NaN;
  const blank = median('blank page');
  const libraries = median('libraries only');
  return firstRender
    .filter((r) => r.scenario !== 'blank page')
    .map((r) => ({
      scenario: r.scenario,
      ratio: r.stats.median / blank,
      toLibraries: r.scenario === 'libraries only' ? 1 : r.stats.median / libraries,
    }));
}

const times = (ratio: number) => (Number.isFinite(ratio) ? `${num(ratio, 1)}×` : 'n/a');

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const withImport = !only || only.includes('import');
  if (only && only.every((id) => id === 'import')) {
    await printImport();
    return;
  }
  const scenarios = only ? SCENARIOS.filter((s) => only.includes(s.id)) : SCENARIOS;
  const started = Date.now();
  const servers = await startBenchServers(log);
  const bundles = {
    dashboard: bundleReport(join(ROOT, 'dist')),
    blank: bundleReport(join(ROOT, 'dist-blank')),
    'libraries only': bundleReport(join(ROOT, 'dist-libraries')),
  };
  const browser = await launchBrowser();
  const rows: (MetricRow & { stats: Stats })[] = [];
  try {
    // One throw-away load of each page so the first measured run does not also pay for
    // cold disk caches and Chromium's own start-up.
    const warmup = await newContext(browser, VIEWPORT);
    for (const url of [servers.blankUrl, servers.librariesUrl, servers.mswUrl, servers.httpUrl]) {
      await measureLoad(warmup, url).catch((err: unknown) =>
        log(`warm-up ${url} failed: ${String(err).split('\n')[0]}`),
      );
    }
    await warmup.close();

    const ctx: BenchContext = { browser, servers, runs: RUNS, log };
    for (const scenario of scenarios) {
      const t = Date.now();
      for (const row of await scenario.run(ctx)) rows.push({ ...row, stats: stats(row.samples) });
      log(`${scenario.id}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    await closeAll(servers.running);
  }

  const meta = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(),
    node: process.version,
    cpus: cpus().length,
    runs: RUNS,
    viewport: VIEWPORT,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const ratioList = ratios(rows);
  const fetched = fetchedTable([
    { name: 'dashboard, HTTP API', url: servers.httpUrl, dist: 'dist-http-bench' },
    { name: 'dashboard, mock', url: servers.mswUrl, dist: 'dist' },
    { name: 'libraries only', url: servers.librariesUrl, dist: 'dist-libraries' },
    { name: 'blank page', url: servers.blankUrl, dist: 'dist-blank' },
  ]);

  const out = [
    '',
    `Shiliu bench — ${meta.date}  ${meta.chromium}, Node ${meta.node}, ${meta.cpus} CPUs, ${VIEWPORT.width}×${VIEWPORT.height}`,
    '',
    'First-screen bytes (index.html + static imports via .vite/manifest.json; lazy chunks excluded; gzip = zlib default level)',
    bundleTable(bundles),
    '',
    'Fetched before the first full render (resource timing of the cold loads; budget: JS ≤ 300 kB gzip)',
    renderTable(
      ['page', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'files'],
      fetched.map((f) => [
        f.name,
        kB(f.js[0] ?? 0),
        kB(f.js[1] ?? 0),
        kB(f.css[0] ?? 0),
        kB(f.css[1] ?? 0),
        String(f.files.length),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    `Scenarios: start-up (${RUNS} runs each, fresh browser context, navigation start → shiliu:first-full-render), drill-down, pan/zoom, soak`,
    metricsTable(rows),
    '',
    'Median first full render against the blank page (budget: ≤ 3×) and the libraries-only page',
    renderTable(
      ['scenario', '÷ blank', '÷ libraries only'],
      ratioList.map((r) => [r.scenario, times(r.ratio), times(r.toLibraries)]),
      ['left', 'right', 'right'],
    ),
    '',
    'Timings vary ±25% between runs on this machine; compare ratios, not absolute numbers.',
    '',
  ].join('\n');
  console.log(out);

  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const json = { meta, bundles, fetchedBeforeFirstRender: fetched, metrics: rows, ratios: ratioList };
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  log(`wrote bench/results/latest.json in ${meta.seconds} s`);
  if (withImport) await printImport();
}

/** The report import section: its own table and bench/results/import.json. */
async function printImport(): Promise<void> {
  const started = Date.now();
  const { table, results } = await importBench(log);
  console.log(
    [
      '',
      'Report import (npm run import -- reports): generator data through the template files, each import in its own process (goal: < 2 min, < 1 GB)',
      table,
      '',
    ].join('\n'),
  );
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'import.json'),
    `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, results }, null, 2)}\n`,
  );
  log(`import section: ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
