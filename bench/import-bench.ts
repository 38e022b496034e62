/**
 * Import section of `npm run bench` (alone: BENCH_ONLY=import): the generator's province
 * (~50,000 grids × 24 months; BENCH_IMPORT_SIZE=prefecture for a quicker run) written as the
 * report CSVs — a worksheet holds at most 1,048,576 rows, so 1.2 M grid-months travel as CSV —
 * and imported into the embedded database and into PostgreSQL, each in its own process: time,
 * peak memory (max RSS), database size. Plus one month of the province as an .xlsx workbook
 * (50,000 rows per sheet), the streamed Excel path, and the boundaries import of the same
 * province's grid polygons as one GeoJSON with a code list, communities, towns and county
 * dissolved from the grids (BENCH_IMPORT_FILES=csv,xlsx,boundaries). Goal (issue 16):
 * < 2 min and < 1 GB. The load average is kept beside each figure: the machine is shared.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDataset } from '@mocks/generator/dataset';
import type { DatasetSize } from '@mocks/generator/sizes';
import { demoFactsOf, demoGrids, demoMonths } from '../server/reports/demo-facts';
import { writeCsvSet, writeTemplate } from '../server/reports/template-writer';
import { writeDemoFiles } from '../server/import/boundaries/testing/demo-files';
import { renderTable } from './table';

const run = promisify(execFile);

interface Measured {
  engine: string;
  seconds: number;
  peakRssMB: number;
  dbMB: number;
  addedMB: number;
  gridMonths: number;
  phases: Record<string, number>;
  /** 1-minute load average before and after the import (the machine is shared). */
  load: [number, number];
}

const lastJson = <T>(stdout: string): T => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as T;
const step = (args: string[]) =>
  run('npx', ['tsx', 'bench/import-run.ts', ...args], { maxBuffer: 16 * 1024 * 1024, env: process.env });

/**
 * A fresh database (its own process) — with the region tree for reports, migrated only for
 * boundaries — the import (another process), then cleanup.
 */
async function measure(
  engine: string,
  size: string,
  files: string[],
  kind: 'reports' | 'boundaries',
): Promise<Measured> {
  const setup = kind === 'reports' ? ['setup', engine, size] : ['setup-empty', engine];
  const { target } = lastJson<{ target: string }>((await step(setup)).stdout);
  try {
    const before = loadavg()[0] ?? 0;
    const run = kind === 'reports' ? 'import' : 'boundaries';
    const m = lastJson<Partial<Omit<Measured, 'load'>>>((await step([run, engine, target, ...files])).stdout);
    return {
      engine,
      seconds: 0,
      peakRssMB: 0,
      dbMB: 0,
      addedMB: 0,
      gridMonths: 0,
      phases: {},
      ...m,
      load: [before, loadavg()[0] ?? 0],
    };
  } finally {
    await step(['cleanup', engine, target]);
  }
}

export async function importBench(log: (msg: string) => void): Promise<{ table: string; results: unknown[] }> {
  const size = (process.env.BENCH_IMPORT_SIZE ?? 'province') as DatasetSize;
  const engines = (process.env.BENCH_IMPORT_ENGINES ?? 'pglite,postgres').split(',');
  const kinds = (process.env.BENCH_IMPORT_FILES ?? 'csv,xlsx').split(',');
  const ds = getDataset({ size, asOf: '2026-11-22T00:00:00Z' });
  const grids = demoGrids(ds);
  const months = demoMonths(ds);
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-import-bench-'));
  const rows: string[][] = [];
  const results: unknown[] = [];
  try {
    let t = Date.now();
    const sets: [string, string[], number, 'reports' | 'boundaries'][] = [];
    if (kinds.includes('csv')) {
      const csvs = await writeCsvSet(join(dir, 'reports.xlsx'), { grids, months, values: demoFactsOf(ds) });
      const csvMB = csvs.reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024;
      log(
        `import: wrote ${grids.length} grids × ${months.length} months as CSV (${csvMB.toFixed(0)} MB) in ${((Date.now() - t) / 1000).toFixed(0)} s`,
      );
      sets.push([`CSV, ${months.length} months`, csvs, csvMB, 'reports']);
    }
    if (kinds.includes('xlsx')) {
      t = Date.now();
      const xlsx = join(dir, 'month.xlsx');
      await writeTemplate(xlsx, { grids, months: months.slice(-1), values: demoFactsOf(ds) });
      const xlsxMB = statSync(xlsx).size / 1024 / 1024;
      log(`import: wrote one month as .xlsx (${xlsxMB.toFixed(0)} MB) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
      sets.push(['xlsx, 1 month', [xlsx], xlsxMB, 'reports']);
    }
    if (kinds.includes('boundaries')) {
      t = Date.now();
      const { grids: geojson, codes } = writeDemoFiles(dir, ds);
      const mb = statSync(geojson).size / 1024 / 1024;
      log(
        `import: wrote ${grids.length} grid polygons as GeoJSON (${mb.toFixed(0)} MB) in ${((Date.now() - t) / 1000).toFixed(0)} s`,
      );
      sets.push(['boundaries, GeoJSON grids + codes', [geojson, codes], mb, 'boundaries']);
    }
    for (const [label, files, mb, kind] of sets) {
      for (const engine of engines) {
        log(`import: ${label} into ${engine}…`);
        const m = await measure(engine, size, [...files], kind);
        results.push({ size, files: label, fileMB: mb, ...m });
        rows.push([
          `${size} (${grids.length} grids)`,
          label,
          `${mb.toFixed(0)} MB`,
          engine,
          kind === 'reports' ? String(m.gridMonths) : `${grids.length} grids`,
          m.seconds.toFixed(1),
          kind === 'reports' ? Math.round(m.gridMonths / m.seconds).toLocaleString('en-US') : '',
          m.peakRssMB.toFixed(0),
          m.addedMB.toFixed(0),
          Object.values(m.phases)
            .map((v) => v.toFixed(1))
            .join(' / '),
          m.load.map((l) => l.toFixed(1)).join('–'),
        ]);
        log(`import: ${label} into ${engine}: ${m.seconds.toFixed(1)} s, ${m.peakRssMB.toFixed(0)} MB peak RSS`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const table = renderTable(
    [
      'data set',
      'files',
      'size',
      'database',
      'grid-months',
      'seconds',
      'grid-months/s',
      'peak RSS MB',
      'DB growth MB',
      'read+stage / replace / rollups s',
      'load',
    ],
    rows,
    ['left', 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  return { table, results };
}
