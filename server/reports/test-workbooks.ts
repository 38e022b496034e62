import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { getDataset } from '@mocks/generator/dataset';
import { openCsv } from './csv-reader';
import { demoFactsOf, demoGrids } from './demo-facts';
import type { SheetSpec } from './layout';
import type { CheckedRow } from './sheet-check';
import { writeTemplate } from './template-writer';
import type { ValidationResult } from './validate';
import { validateReports } from './validate';
import { openXlsx } from './xlsx-reader';

/** Test helpers: small demo workbooks to break in one way each, and a validator run over them. */

export const DS = getDataset({ asOf: '2026-11-22T00:00:00Z' });
export const ALL_GRIDS = demoGrids(DS);
export const GRID_INDEX: ReadonlyMap<string, number> = new Map(ALL_GRIDS.map((g, i) => [g.code, i]));
export const GRIDS = ALL_GRIDS.slice(0, 3);
export const MONTHS = ['2026-09', '2026-10'];

export async function tempDir(): Promise<{ dir: string; done: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'shiliu-reports-'));
  return { dir, done: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes the filled demo template for GRIDS × MONTHS (and its CSVs). */
export async function demoWorkbook(dir: string, name = 'report.xlsx'): Promise<string[]> {
  return writeTemplate(join(dir, name), { grids: GRIDS, months: MONTHS, values: demoFactsOf(DS), csv: true });
}

/** Opens a written workbook, lets `edit` change it, saves it back. */
export async function editWorkbook(path: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  edit(wb);
  await wb.xlsx.writeFile(path);
}

export interface Run extends ValidationResult {
  rows: { sheet: string; row: CheckedRow }[];
  messages: string[];
}

export async function validate(files: string[]): Promise<Run> {
  const rows: Run['rows'] = [];
  const result = await validateReports(files, (f) => (f.endsWith('.csv') ? openCsv(f) : openXlsx(f)), {
    grids: GRID_INDEX,
    latestMonth: '2026-11',
    onRow: (sheet: SheetSpec, row) => {
      rows.push({ sheet: sheet.name, row });
    },
  });
  return {
    ...result,
    rows,
    messages: result.errors.map(
      (e) => `${e.sheet ?? ''}|${e.row ?? ''}|${e.column ?? ''}|${e.header ?? ''}|${e.message}`,
    ),
  };
}

/**
 * A zip whose one entry inflates to `bytes` zeros (a zip bomb when large), saved as .xlsx.
 * `declared`: the size its headers claim (a bomb that lies about its size), `bytes` by default.
 */
export async function zipBomb(path: string, bytes: number, declared = bytes): Promise<void> {
  const data = deflateRawSync(Buffer.alloc(bytes));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const cdOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  await writeFile(path, Buffer.concat([local, name, data, central, name, end]));
}
