import { suppressedText, type Cell, type TableModel } from './table-model';

/** Excel reads a UTF-8 CSV as the local code page (GBK on Chinese Windows) unless it starts with a BOM. */
export const BOM = '\uFEFF';

/**
 * A text cell that starts with = + - @ (or a tab / CR) is run as a formula by Excel and
 * LibreOffice (CSV injection): prefix it with an apostrophe so it stays text. Names come from
 * data, so any of them could.
 */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A cell for a file: numbers unformatted so spreadsheets read them as numbers (no separators),
 * percentages as percent with one decimal under a "（%）" column, withheld cells as text.
 */
export function csvCell(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return quote(neutraliseFormula(cell.text));
    case 'count':
      return String(cell.value);
    case 'percent':
      return cell.value === null ? '' : (cell.value * 100).toFixed(1);
    case 'number':
      return cell.value === null ? '' : cell.value.toFixed(cell.digits);
    case 'suppressed':
      return quote(suppressedText(cell.reason));
  }
}

/**
 * The header of a percentage column in files says the unit, since cells hold plain numbers —
 * only when every number in the column is a percentage: a column of counts, days and one target
 * rate (办理情况) is not 数值（%）; there each row says its own unit in the table's unit column.
 */
export function fileColumns(columns: readonly string[], rows: readonly Cell[][]): string[] {
  return columns.map((c, i) => {
    const kinds = rows.map((r) => r[i]?.kind).filter((k) => k === 'percent' || k === 'count' || k === 'number');
    return kinds.length > 0 && kinds.every((k) => k === 'percent') ? `${c}（%）` : c;
  });
}

/**
 * The whole model as CSV: a heading block (table, region and code, period), then each section
 * with its own header row, then the notes. CRLF line ends (RFC 4180, what Excel writes).
 */
export function toCsv(model: TableModel, context: readonly string[]): string {
  const lines: string[] = [quote(neutraliseFormula(model.title)), ...context.map((c) => quote(neutraliseFormula(c)))];
  for (const section of model.sections) {
    lines.push('', quote(neutraliseFormula(section.title)));
    lines.push(
      fileColumns(section.columns, section.rows)
        .map((c) => quote(neutraliseFormula(c)))
        .join(','),
    );
    for (const row of section.rows) lines.push(row.map(csvCell).join(','));
  }
  if (model.notes.length > 0) {
    lines.push('', '说明');
    for (const n of model.notes) lines.push(quote(neutraliseFormula(n)));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
