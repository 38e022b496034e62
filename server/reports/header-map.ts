import type { RawCell } from './cells';
import { cellText } from './cells';
import type { SheetSpec } from './layout';
import { KEY_COLUMNS, REPORT_ETHNIC_GROUPS, headerOf } from './layout';

/**
 * Finds a sheet's header row and maps its columns to fields by their header text, so that
 * reordered columns, extra columns, a title row above and a two-row header with merged
 * group cells (group over sub-headers) all read the same. Only the text counts, not the place.
 */

export type KeyColumn = keyof typeof KEY_COLUMNS;

/** How far down the header row may be (title rows, notes above it). */
export const HEADER_SEARCH_ROWS = 10;

/** Header text compared without spaces, units in brackets and separators. */
export function normHeader(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/[·・.\-_/、]/g, '');
}

const KEY_ALIASES: Record<KeyColumn, readonly string[]> = {
  gridCode: [KEY_COLUMNS.gridCode, '网格编码', '网格编号'],
  gridName: [KEY_COLUMNS.gridName, '网格'],
  town: [KEY_COLUMNS.town, '乡镇街道', '街道'],
  community: [KEY_COLUMNS.community, '社区村', '村'],
  month: [KEY_COLUMNS.month, '月份', '年月', '统计期', '报表月份'],
};

type Target = { kind: 'key'; key: KeyColumn } | { kind: 'field'; index: number };

function dictionary(sheet: SheetSpec): Map<string, Target> {
  const dict = new Map<string, Target>();
  for (const [key, aliases] of Object.entries(KEY_ALIASES) as [KeyColumn, readonly string[]][])
    for (const a of aliases) dict.set(normHeader(a), { kind: 'key', key });
  const labelCount = new Map<string, number>();
  for (const f of sheet.fields) labelCount.set(normHeader(f.label), (labelCount.get(normHeader(f.label)) ?? 0) + 1);
  sheet.fields.forEach((f, index) => {
    dict.set(normHeader(headerOf(f)), { kind: 'field', index });
    const label = normHeader(f.label);
    if (labelCount.get(label) === 1 && !dict.has(label)) dict.set(label, { kind: 'field', index });
  });
  if (sheet.fields.some((f) => f.key.startsWith('ethnic.'))) {
    for (const g of REPORT_ETHNIC_GROUPS) {
      const index = sheet.fields.findIndex((f) => f.key === `ethnic.${g.code}`);
      if (index >= 0) dict.set(normHeader(g.name), { kind: 'field', index });
    }
  }
  return dict;
}

export interface ColumnMap {
  /** 0-based column of each key column, when present. */
  keys: Partial<Record<KeyColumn, number>>;
  /** 0-based column of each field of the sheet (aligned with sheet.fields), -1 when missing. */
  fields: number[];
  /** Header text by column, as the user wrote it (for messages). */
  headers: string[];
  /** Columns that are no field of the sheet (ignored, but checked for person-level data). */
  extra: number[];
  /** Columns whose header appears twice. */
  duplicates: number[];
}

/** Whether a row is the header row (it holds the grid-code header). */
export function isHeaderRow(values: readonly RawCell[]): boolean {
  const codes = new Set(KEY_ALIASES.gridCode.map(normHeader));
  return values.some((v) => codes.has(normHeader(cellText(v))));
}

/**
 * Whether the row after the header row continues it (a two-row header: blank under the
 * key headers, sub-headers under merged group cells).
 */
export function isSubHeaderRow(header: readonly RawCell[], next: readonly RawCell[]): boolean {
  const codeCol = header.findIndex((v) => isHeaderRow([v]));
  if (codeCol < 0 || cellText(next[codeCol]).trim() !== '') return false;
  return next.some((v) => /[\u4e00-\u9fff]/.test(cellText(v)));
}

/** Maps the header row (and an optional sub-header row) of a sheet to its fields. */
export function mapColumns(sheet: SheetSpec, header: readonly RawCell[], sub: readonly RawCell[] | null): ColumnMap {
  const dict = dictionary(sheet);
  const width = Math.max(header.length, sub?.length ?? 0);
  const map: ColumnMap = { keys: {}, fields: sheet.fields.map(() => -1), headers: [], extra: [], duplicates: [] };
  let upper = '';
  for (let c = 0; c < width; c++) {
    const top = cellText(header[c]).trim();
    const lower = sub ? cellText(sub[c]).trim() : '';
    // A merged group cell holds its text in the first column only: carry it right.
    if (top !== '') upper = top;
    const shown = lower !== '' ? `${top !== '' ? top : upper}·${lower}` : top;
    map.headers[c] = shown;
    if (shown === '') continue;
    const candidates = lower !== '' ? [`${top !== '' ? top : upper}${lower}`, lower] : [top];
    const target = candidates.map((t) => dict.get(normHeader(t))).find((t) => t !== undefined);
    if (!target) {
      map.extra.push(c);
    } else if (target.kind === 'key') {
      if (map.keys[target.key] !== undefined) map.duplicates.push(c);
      else map.keys[target.key] = c;
    } else if ((map.fields[target.index] ?? -1) >= 0) {
      map.duplicates.push(c);
    } else {
      map.fields[target.index] = c;
    }
  }
  return map;
}
