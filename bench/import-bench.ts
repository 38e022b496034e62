/**
 * Import section of `npm run bench` (alone: BENCH_ONLY=import): the generator's province
 * (~50,000 grids × 24 months; BENCH_IMPORT_SIZE=prefecture for a quicker run) written as the
 * report CSVs — a worksheet holds at most 1,048,576 rows, so 1.2 M grid-months travel as CSV —
 * and imported into the embedded database and into PostgreSQL, each in its own process: time,
 * peak memory (max RSS), database size. Plus one month of the province as an .xlsx workbook
 * (50,000 rows per sheet), the streamed Excel path. Goal (issue 16): < 2 min and < 1 GB.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDataset } from '@mocks/generator/dataset';
import type { DatasetSize } from '@mocks/generator/sizes';
import { demoFactsOf, demoGrids, demoMonths } from '../server/reports/demo-facts';
import { writeCsvSet, writeTemplate } from '../server/reports/template-writer';
import { renderTable } from './table';

const run = promisify(execFile);

interface Measured {
  engine: string;
  seconds: number;
  peakRssMB: number;
  dbMB: number;
  addedMB: number;
  gridMonths: number;
}

async function measure(engine: string, size: string, files: string[]): Promise<Measured> {
  const { stdout } = await run('npx', ['tsx', 'bench/import-run.ts', engine, size, ...files], {
    maxBuffer: 16 * 1024 * 1024,
    env: process.env,
  });
  const line = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as Measured;
}

export async function importBench(log: (msg: string) => void): Promise<{ table: string; results: unknown[] }> {
  const size = (process.env.BENCH_IMPORT_SIZE ?? 'province') as DatasetSize;
  const engines = (process.env.BENCH_IMPORT_ENGINES ?? 'pglite,postgres').split(',');
  const ds = getDataset({ size, asOf: '2026-11-22T00:00:00Z' });
  const grids = demoGrids(ds);
  const months = demoMonths(ds);
  const dir = mkdtempSync(join(tmpdir(), 'shiliu-import-bench-'));
  const rows: string[][] = [];
  const results: unknown[] = [];
  try {
    let t = Date.now();
    const csvs = await writeCsvSet(join(dir, 'reports.xlsx'), { grids, months, values: demoFactsOf(ds) });
    const csvMB = csvs.reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024;
    log(
      `import: wrote ${grids.length} grids × ${months.length} months as CSV (${csvMB.toFixed(0)} MB) in ${((Date.now() - t) / 1000).toFixed(0)} s`,
    );
    t = Date.now();
    const xlsx = join(dir, 'month.xlsx');
    await writeTemplate(xlsx, { grids, months: months.slice(-1), values: demoFactsOf(ds) });
    const xlsxMB = statSync(xlsx).size / 1024 / 1024;
    log(`import: wrote one month as .xlsx (${xlsxMB.toFixed(0)} MB) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    for (const [label, files, mb] of [
      [`CSV, ${months.length} months`, csvs, csvMB],
      ['xlsx, 1 month', [xlsx], xlsxMB],
    ] as const) {
      for (const engine of engines) {
        log(`import: ${label} into ${engine}…`);
        const m = await measure(engine, size, [...files]);
        results.push({ size, files: label, fileMB: mb, ...m });
        rows.push([
          `${size} (${grids.length} grids)`,
          label,
          `${mb.toFixed(0)} MB`,
          engine,
          String(m.gridMonths),
          m.seconds.toFixed(1),
          Math.round(m.gridMonths / m.seconds).toLocaleString('en-US'),
          m.peakRssMB.toFixed(0),
          m.addedMB.toFixed(0),
        ]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const table = renderTable(
    ['data set', 'files', 'size', 'database', 'grid-months', 'seconds', 'grid-months/s', 'peak RSS MB', 'DB growth MB'],
    rows,
    ['left', 'left', 'right', 'left', 'right', 'right', 'right', 'right', 'right'],
  );
  return { table, results };
}
