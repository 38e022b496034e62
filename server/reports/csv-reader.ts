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

/**
 * Whether the file can be split on commas and line ends as it is: no quote character anywhere
 * (so no field holds a comma, a quote or a line break) and line ends all LF or all CRLF. Then
 * every line is one record, exactly as csv-parse reads it, several times faster. ASCII bytes
 * never occur inside a GB18030 character, so the test holds for both encodings.
 */
export async function isPlainCsv(file: string): Promise<boolean> {
  let cr = 0;
  let lf = 0;
  let crlf = 0;
  let lastCr = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    if (chunk.indexOf(0x22) >= 0) return false;
    if (lastCr && chunk[0] === 0x0a) crlf++;
    for (let i = chunk.indexOf(0x0d); i >= 0; i = chunk.indexOf(0x0d, i + 1)) {
      cr++;
      if (chunk[i + 1] === 0x0a) crlf++;
    }
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lf++;
    lastCr = chunk[chunk.length - 1] === 0x0d;
  }
  return cr === 0 || (cr === crlf && crlf === lf);
}

/** A line of a plain CSV; its cells are split on commas only when asked for. */
class PlainRow implements SourceRow {
  private cells: string[] | undefined;
  constructor(
    readonly number: number,
    readonly line: string,
  ) {}
  get values(): readonly string[] {
    return (this.cells ??= this.line.split(','));
  }
}

/** A plain CSV (isPlainCsv) line by line: 1-based line numbers, fields split on commas. */
async function* plainRows(
  file: string,
  encoding: 'utf-8' | 'gb18030',
  onRead: (bytes: number) => void,
): AsyncIterable<SourceRow> {
  const decoder = new TextDecoder(encoding);
  let rest = '';
  let line = 0;
  // The line from start to end (a newline or the end of the file), without a CR before it.
  const record = (text: string, start: number, end: number): SourceRow =>
    new PlainRow(++line, text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end));
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    onRead(chunk.length);
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      yield record(text, start, nl);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== '') yield record(rest, 0, rest.length);
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
  const plain = await isPlainCsv(file);
  async function* rows(): AsyncIterable<SourceRow> {
    if (plain) {
      let read = 0;
      yield* plainRows(file, encoding, (n) => onBytes?.((read += n), total));
      return;
    }
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
