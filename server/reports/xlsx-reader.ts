import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { RawCell } from './cells';
import type { ReportSource, SourceRow, SourceSheet } from './source';
import { FileRefused } from './source';
import { checkZip, verifyInflation } from './zip-guard';

/**
 * Streams an .xlsx report with exceljs's WorkbookReader: rows are handed over one by one and
 * never held, so a 50 MB workbook reads in bounded memory. Styles are read so that a cell
 * formatted as a percentage can be told from a count, and date cells arrive as dates.
 */

interface StreamRow {
  number: number;
  values: RawCell[] | Record<number, RawCell>;
  getCell(col: number): { numFmt?: string };
}

async function* rowsOf(ws: AsyncIterable<StreamRow>): AsyncIterable<SourceRow> {
  for await (const row of ws) {
    // exceljs's row.values is 1-based (index 0 unused); hand over 0-based cells.
    const raw = row.values;
    const values = Array.isArray(raw) ? raw.slice(1) : [];
    yield {
      number: row.number,
      values,
      isPercent: (col) => (row.getCell(col + 1).numFmt ?? '').includes('%'),
    };
  }
}

/** Opens an .xlsx report; `onBytes` is told how many bytes of the file have been read so far. */
export async function openXlsx(file: string, onBytes?: (read: number, total: number) => void): Promise<ReportSource> {
  const check = await checkZip(file);
  if (!check.ok) throw new FileRefused(file, check.reason);
  const liar = await verifyInflation(file);
  if (liar) throw new FileRefused(file, liar.reason);
  const total = (await stat(file)).size;
  async function* sheets(): AsyncIterable<SourceSheet> {
    const input = createReadStream(file, { highWaterMark: 1024 * 1024 });
    let read = 0;
    input.on('data', (chunk) => {
      read += chunk.length;
      onBytes?.(read, total);
    });
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    try {
      for await (const ws of reader) {
        const name = (ws as unknown as { name?: string }).name ?? '';
        const rows = ws as unknown as AsyncIterable<StreamRow>;
        let started = false;
        yield {
          name,
          rows: {
            [Symbol.asyncIterator]: () => {
              started = true;
              return rowsOf(rows)[Symbol.asyncIterator]();
            },
          },
        };
        // exceljs buffers a sheet that comes before the shared strings in a temporary file, opens
        // it without waiting and deletes it as soon as the next sheet is asked for. A sheet the
        // caller skipped unread (the definitions sheet) would have its file deleted before the
        // open finished: an uncaught ENOENT. Reading it through first closes that race.
        if (!started) for await (const _ of rows) void _;
      }
    } catch (e) {
      throw new FileRefused(
        file,
        `无法读取（文件已损坏或不是 Excel 工作簿：${e instanceof Error ? e.message : String(e)}）`,
      );
    } finally {
      input.destroy();
    }
  }
  return { file, kind: 'xlsx', sheets: sheets() };
}
