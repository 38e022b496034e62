import type { Workbook } from 'exceljs';
import { fileColumns } from './csv';
import { suppressedText, type Cell, type TableModel } from './table-model';

/** Excel's rules for sheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || '数据';
}

/** exceljs is ~1 MB: loaded on the first export only, never in the first-screen bundle. */
async function loadExcel(): Promise<{ Workbook: new () => Workbook }> {
  const mod = (await import('exceljs')) as unknown as {
    default?: { Workbook: new () => Workbook };
    Workbook?: new () => Workbook;
  };
  const lib = mod.default ?? (mod as { Workbook: new () => Workbook });
  return lib;
}

function cellValue(cell: Cell): string | number | null {
  switch (cell.kind) {
    case 'text':
      return cell.text;
    case 'count':
      return cell.value;
    case 'percent':
    case 'number':
      return cell.value;
    case 'suppressed':
      return suppressedText(cell.reason);
  }
}

/**
 * The same layout as the CSV on one sheet: heading block, sections with a bold header row,
 * notes. Counts are numbers; percentages are fractions with a 0.0% format, so Excel computes
 * with the exact value while showing one decimal. Text stays text (exceljs writes strings as
 * shared strings, never formulas).
 */
export async function toXlsx(model: TableModel, context: readonly string[]): Promise<ArrayBuffer> {
  const { Workbook: WorkbookClass } = await loadExcel();
  const wb = new WorkbookClass();
  wb.creator = '石榴籽 Shiliu';
  const ws = wb.addWorksheet(sheetName(model.title));
  ws.addRow([model.title]).font = { bold: true, size: 13 };
  for (const c of context) ws.addRow([c]);
  let widest = 8;
  for (const section of model.sections) {
    ws.addRow([]);
    ws.addRow([section.title]).font = { bold: true };
    ws.addRow(fileColumns(section.columns, section.rows)).font = { bold: true };
    for (const cells of section.rows) {
      const row = ws.addRow(cells.map(cellValue));
      cells.forEach((cell, i) => {
        if (cell.kind === 'percent') row.getCell(i + 1).numFmt = '0.0%';
        else if (cell.kind === 'count') row.getCell(i + 1).numFmt = '#,##0';
        else if (cell.kind === 'number')
          row.getCell(i + 1).numFmt = cell.digits > 0 ? `0.${'0'.repeat(cell.digits)}` : '0';
      });
    }
    widest = Math.max(widest, section.columns.length);
  }
  if (model.notes.length > 0) {
    ws.addRow([]);
    ws.addRow(['说明']).font = { bold: true };
    for (const n of model.notes) ws.addRow([n]);
  }
  for (let i = 1; i <= widest; i++) ws.getColumn(i).width = i === 1 ? 22 : 14;
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
