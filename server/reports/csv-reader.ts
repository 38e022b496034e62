import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SHEETS } from './layout';
import type { ReportSource, SourceRow, SourceSheet } from './source';
import { FileRefused } from './source';

/**
 * Streams a CSV form of one sheet. The sheet is named by the file name (模板-就业安置.csv);
 * the encoding is UTF-8 with or without BOM, or GB18030/GBK as Excel on a Chinese Windows
 * saves "CSV (逗号分隔)".
 */

async function sniffEncoding(file: string): Promise<'utf-8' | 'gb18030'> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
    try {
      // stream: true lets a character cut at the end of the sample pass.
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return 'utf-8';
    } catch {
      return 'gb18030';
    }
  } finally {
    await fh.close();
  }
}

/** The sheet a CSV file holds, from its name. */
export function sheetOfCsv(file: string): string | null {
  const name = basename(file).normalize('NFKC');
  return SHEETS.find((s) => name.includes(s.name))?.name ?? null;
}

export async function openCsv(file: string, onBytes?: (read: number, total: number) => void): Promise<ReportSource> {
  const sheetName = sheetOfCsv(file);
  if (!sheetName)
    throw new FileRefused(
      file,
      `无法判断属于哪张表：CSV 文件名应含表名（${SHEETS.map((s) => s.name).join('、')}），如“报表-就业安置.csv”`,
    );
  const encoding = await sniffEncoding(file);
  const total = (await stat(file)).size;
  async function* rows(): AsyncIterable<SourceRow> {
    const input = createReadStream(file, { highWaterMark: 1024 * 1024 });
    let read = 0;
    const decoder = new TextDecoder(encoding);
    const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, info: true });
    input.on('data', (chunk) => {
      read += chunk.length;
      onBytes?.(read, total);
    });
    input.on('error', (e) => parser.destroy(e));
    input.on('data', (chunk) => {
      if (!parser.write(decoder.decode(chunk as Buffer, { stream: true }))) input.pause();
    });
    parser.on('drain', () => input.resume());
    input.on('end', () => {
      parser.write(decoder.decode());
      parser.end();
    });
    try {
      for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        yield { number: rec.info.lines, values: rec.record };
      }
    } catch (e) {
      throw new FileRefused(file, `无法读取 CSV（${e instanceof Error ? e.message : String(e)}）`);
    } finally {
      input.destroy();
    }
  }
  const sheet: SourceSheet = { name: sheetName, rows: rows() };
  async function* sheets(): AsyncIterable<SourceSheet> {
    yield sheet;
  }
  return { file, kind: 'csv', sheets: sheets() };
}
