import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { FieldSpec, SheetSpec } from './layout';
import { DEFINITIONS_SHEET, KEY_HEADERS, SHEETS, headerOf } from './layout';
import { columnLetter } from './source';

/** One grid as the template lists it: code and official name, with its town and community beside it. */
export interface TemplateGrid {
  code: string;
  name: string;
  town: string;
  community: string;
}

/** Field values of one grid-month (by field key), for a filled workbook (demo, samples, bench). */
export type FactsOf = (grid: TemplateGrid, month: string) => Readonly<Record<string, number>> | null;

export interface TemplateOptions {
  grids: readonly TemplateGrid[];
  /** `YYYY-MM` months, one row per grid per month (grid by grid, months in order). */
  months: readonly string[];
  /** Fill the data cells; without it the data cells are left blank for the county to fill. */
  values?: FactsOf;
  /** Also write `<base>-<sheet>.csv` beside the workbook (UTF-8 with BOM, Excel opens it in Chinese). */
  csv?: boolean;
}

const HEADER_ROW = 2;
const FIRST_DATA_ROW = 3;

/** The CSV file names written beside `out` (one per sheet). */
export function csvPaths(out: string): { sheet: SheetSpec; path: string }[] {
  const base = out.replace(/\.xlsx$/i, '');
  return SHEETS.map((sheet) => ({ sheet, path: `${base}-${sheet.name}.csv` }));
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes lines to a file, waiting for the stream to drain (bounded memory at province size). */
class LineWriter {
  private readonly stream;
  constructor(path: string) {
    this.stream = createWriteStream(path);
  }
  async write(line: string): Promise<void> {
    if (!this.stream.write(line)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function addDefinitions(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = wb.addWorksheet(DEFINITIONS_SHEET);
  ws.columns = [
    { header: '表', width: 14 },
    { header: '列', width: 6 },
    { header: '列标题', width: 34 },
    { header: '单位', width: 6 },
    { header: '类型', width: 16 },
    { header: '口径', width: 80 },
  ];
  ws.getRow(1).font = { bold: true };
  const notes = [
    '每个网格每月一行；网格代码、名称、乡镇、社区、统计月份已预填并锁定（审阅→撤销工作表保护可解锁，无密码）。',
    '数据单元格只填不小于 0 的整数，没有填 0；不要填百分比、小数或文字说明。',
    '只填汇总数，不得填写身份证号、电话号码、姓名等个人信息。',
    '导入时逐格检查；有任何错误整批不导入，并列出每个错误的表、行、列和应填内容。重新导入某月会替换这些网格该月的数据。',
    '存量（月末数）按统计期末取值；流量（本月数）按统计期求和。',
  ];
  for (const n of notes) ws.addRow(['说明', '', n]).commit();
  for (const sheet of SHEETS) {
    sheet.fields.forEach((f, i) => {
      const kind = f.kind === 'stock' ? '存量（取期末数）' : '流量（按期求和）';
      ws.addRow([sheet.name, columnLetter(KEY_HEADERS.length + i), headerOf(f), f.unit, kind, f.definition]).commit();
    });
  }
  ws.commit();
}

async function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetSpec,
  o: TemplateOptions,
  csv: LineWriter | null,
): Promise<void> {
  const headers = [...KEY_HEADERS, ...sheet.fields.map(headerOf)];
  const unlocked: Partial<ExcelJS.Style> = { protection: { locked: false } };
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }] });
  ws.columns = headers.map((_, i) => ({
    width: i < KEY_HEADERS.length ? [17, 16, 14, 14, 10][i] : 12,
    ...(i >= KEY_HEADERS.length ? { style: unlocked } : {}),
  }));
  const title = ws.getRow(1);
  title.getCell(1).value = sheet.title;
  title.font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, headers.length);
  title.commit();
  const head = ws.getRow(HEADER_ROW);
  head.values = headers;
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.height = 48;
  // The data columns' style unlocks their cells; headers stay locked.
  head.eachCell((c) => (c.protection = { locked: true }));
  head.commit();
  if (csv) await csv.write(`\uFEFF${headers.map(csvCell).join(',')}\r\n`);

  let row = FIRST_DATA_ROW;
  for (const grid of o.grids) {
    for (const month of o.months) {
      const facts = o.values?.(grid, month) ?? null;
      const data = sheet.fields.map((f: FieldSpec) => (facts ? (facts[f.key] ?? 0) : null));
      const values = [grid.code, grid.name, grid.town, grid.community, month, ...data];
      ws.getRow(row++).values = values;
      ws.lastRow?.commit();
      if (csv) await csv.write(`${values.map((v) => csvCell(v ?? '')).join(',')}\r\n`);
    }
  }
  const last = Math.max(row - 1, FIRST_DATA_ROW);
  const first = columnLetter(KEY_HEADERS.length);
  const end = columnLetter(headers.length - 1);
  // The streaming writer has dataValidations (worksheet-writer.js) though the typings omit it;
  // a range address is written as one rule rather than one per cell.
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    `${first}${FIRST_DATA_ROW}:${end}${last}`,
    {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '只能填整数',
      error: '请填写不小于 0 的整数（没有填 0，不填百分比和小数）',
    },
  );
  // Locks the pre-filled code, name and month columns; data cells carry an unlocked style.
  // No password: the lock prevents slips, it is not a security boundary.
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  ws.commit();
}

/**
 * Only the CSV forms, all five in one pass (each grid-month's facts computed once): for data
 * sets beyond a worksheet's 1,048,576 rows, such as the bench's province over 24 months.
 */
export async function writeCsvSet(out: string, o: TemplateOptions): Promise<string[]> {
  const targets = csvPaths(out);
  const writers = targets.map((t) => new LineWriter(t.path));
  try {
    for (const [i, t] of targets.entries()) {
      const headers = [...KEY_HEADERS, ...t.sheet.fields.map(headerOf)];
      await writers[i]?.write(`\uFEFF${headers.map(csvCell).join(',')}\r\n`);
    }
    for (const grid of o.grids) {
      for (const month of o.months) {
        const facts = o.values?.(grid, month) ?? null;
        const keys = [grid.code, grid.name, grid.town, grid.community, month].map(csvCell).join(',');
        for (const [i, t] of targets.entries()) {
          const data = t.sheet.fields.map((f) => (facts ? (facts[f.key] ?? 0) : '')).join(',');
          await writers[i]?.write(`${keys},${data}\r\n`);
        }
      }
    }
  } finally {
    for (const w of writers) await w.close();
  }
  return targets.map((t) => t.path);
}

/** Writes the monthly report workbook (and its CSV forms) to `out`. */
export async function writeTemplate(out: string, o: TemplateOptions): Promise<string[]> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Shiliu';
  const written = [out];
  const csvs = o.csv ? csvPaths(out) : [];
  for (const sheet of SHEETS) {
    const target = csvs.find((c) => c.sheet === sheet);
    const csv = target ? new LineWriter(target.path) : null;
    try {
      await addSheet(wb, sheet, o, csv);
    } finally {
      await csv?.close();
    }
    if (target) written.push(target.path);
  }
  addDefinitions(wb);
  await wb.commit();
  return written;
}
