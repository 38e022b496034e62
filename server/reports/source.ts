import type { RawCell } from './cells';

/** One row of a sheet as a reader hands it over. */
export interface SourceRow {
  /** Row number as the user sees it (1-based). */
  number: number;
  /** Cell values, index 0 = column A. */
  values: readonly RawCell[];
  /** Whether the cell in column index `col` (0 = A) is formatted as a percentage (xlsx only). */
  isPercent?: (col: number) => boolean;
  /**
   * Plain CSV only (csv-reader.ts isPlainCsv): the row's line as it is in the file, without its
   * line end; `values` is this line split on commas. Lets the checks read the usual row (plain
   * digits) without a string per cell (sheet-check.ts).
   */
  line?: string;
}

/** One sheet of a report file: its rows are read in order, once. */
export interface SourceSheet {
  name: string;
  rows: AsyncIterable<SourceRow>;
}

/** A report file opened by a reader (xlsx or csv). */
export interface ReportSource {
  /** File name as given on the command line. */
  file: string;
  /** xlsx: every sheet must be present by name; csv: one sheet per file. */
  kind: 'xlsx' | 'csv';
  sheets: AsyncIterable<SourceSheet>;
}

/** A refusal of a whole file before its rows (not a zip, a zip bomb, unreadable encoding). */
export class FileRefused extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** Column letter of a 0-based column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = '';
  for (let c = index + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
