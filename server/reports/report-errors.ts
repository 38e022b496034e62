import { basename } from 'node:path';

/** One fault in a report file: where it is and what was expected, in Chinese. */
export interface ReportError {
  file: string;
  sheet?: string;
  /** Row number as Excel shows it. */
  row?: number;
  /** Column letter (A, B, … AA). */
  column?: string;
  /** The column's header as written in the file. */
  header?: string;
  message: string;
}

/** Keeps the first `limit` errors (the rest are counted), so a hopeless file cannot exhaust memory. */
export class ErrorList {
  readonly list: ReportError[] = [];
  count = 0;
  constructor(private readonly limit = 1000) {}
  add(e: ReportError): void {
    this.count++;
    if (this.list.length < this.limit) this.list.push(e);
  }
}

/** `报表.xlsx《就业安置》第 12 行 H 列“转移就业人数（月末）·省外（人）”：…` */
export function formatError(e: ReportError): string {
  const where = [basename(e.file)];
  if (e.sheet) where.push(`《${e.sheet}》`);
  if (e.row !== undefined) where.push(`第 ${e.row} 行`);
  if (e.column) where.push(` ${e.column} 列`);
  if (e.header) where.push(`“${e.header}”`);
  return `${where.join('')}：${e.message}`;
}
