import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { BoundaryFileError } from './types';

/** A row of the `--codes` CSV: code, official name, optional short name. */
export interface CodeListEntry {
  code: string;
  name: string;
  shortName: string | null;
}

/** Bytes as UTF-8 when they are valid UTF-8 (with or without BOM), else as GBK (Excel on Chinese Windows). */
export function decodeText(bytes: Buffer): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return iconv.decode(bytes, 'gbk');
  }
}

/** RFC 4180 fields of one CSV text (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * Reads the code list (CSV: 代码/code, 名称/name[, 简称/short_name]; header optional; UTF-8 or
 * GBK). Codes are digit strings; a code Excel turned into 5.32398E+11 is refused by name.
 */
export async function readCodeList(path: string): Promise<Map<string, CodeListEntry>> {
  const file = basename(path);
  const rows = parseCsv(decodeText(await readFile(path)));
  const out = new Map<string, CodeListEntry>();
  rows.forEach((cells, i) => {
    const [rawCode = '', rawName = '', rawShort = ''] = cells.map((c) => c.trim());
    if (!rawCode && !rawName) return; // blank line
    if (i === 0 && !/^\d/.test(rawCode)) return; // header
    if (!/^\d+$/.test(rawCode)) {
      throw new BoundaryFileError(
        `代码表 ${file} 第 ${i + 1} 行的代码“${rawCode}”不是纯数字（如被 Excel 显示为科学计数法，请把该列设为文本后重新导出）`,
      );
    }
    if (!rawName) throw new BoundaryFileError(`代码表 ${file} 第 ${i + 1} 行（代码 ${rawCode}）缺少名称`);
    if (out.has(rawCode))
      throw new BoundaryFileError(`代码表 ${file} 中代码 ${rawCode} 出现了不止一次（第 ${i + 1} 行）`);
    out.set(rawCode, { code: rawCode, name: rawName, shortName: rawShort || null });
  });
  return out;
}
