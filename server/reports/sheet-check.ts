import type { RawCell } from './cells';
import { cellText, parseCount, parseGridCode, parseMonthCell } from './cells';
import type { ColumnMap } from './header-map';
import { HEADER_SEARCH_ROWS, isHeaderRow, isSubHeaderRow, mapColumns } from './header-map';
import { RowView, brokenIdentities, hasBrokenIdentity } from './identities';
import type { SheetSpec } from './layout';
import { KEY_COLUMNS, headerOf } from './layout';
import { isPersonHeader, personDataReason } from './person-data';
import type { ErrorList, ReportError } from './report-errors';
import type { SourceRow, SourceSheet } from './source';
import { columnLetter } from './source';

/** What the checks need to know about the database: the grids and the latest allowed month. */
export interface ImportContext {
  /** Known grid codes → dense index 0…n−1. */
  grids: ReadonlyMap<string, number>;
  /** The latest month a report may be for (`YYYY-MM`, the current month). */
  latestMonth: string;
}

/** A row that passed every check of its own sheet. */
export interface CheckedRow {
  gridIndex: number;
  grid: string;
  month: string;
  /** Values aligned with sheet.fields. */
  values: Int32Array;
  row: number;
}

export interface SheetRun {
  file: string;
  ctx: ImportContext;
  errors: ErrorList;
  notes: string[];
  onRow: (row: CheckedRow) => void | Promise<void>;
  /** A row with a valid grid and month that failed another check (so it is not also reported missing). */
  onRejected?: (gridIndex: number, month: string, row: number) => void;
  /** The sheet's columns are unusable (missing or doubled): none of its rows was read. */
  onUnreadable?: () => void;
  /** Told where the sheet's fields are (0-based columns aligned with sheet.fields). */
  onColumns?: (fieldColumns: number[]) => void;
}

/** Grid codes as numbers (a 15-digit code is exact in a double) → index, and codes by index. */
interface GridLookup {
  byNumber: Map<number, number>;
  codes: string[];
}
const gridLookups = new WeakMap<ReadonlyMap<string, number>, GridLookup>();

function gridLookup(grids: ReadonlyMap<string, number>): GridLookup {
  let l = gridLookups.get(grids);
  if (!l) {
    l = { byNumber: new Map(), codes: [] };
    for (const [code, i] of grids) {
      l.codes[i] = code;
      if (/^\d{15}$/.test(code)) l.byNumber.set(Number(code), i);
    }
    gridLookups.set(grids, l);
  }
  return l;
}

/** `YYYY-MM` strings by year × 100 + month, made once each. */
const monthTexts = new Map<number, string>();

/**
 * Row values are views into shared blocks (one small typed array per row, not one buffer per
 * row): a block is dropped when no row that uses it is kept any more.
 */
const BLOCK_INTS = 16 * 1024;
let block = new Int32Array(BLOCK_INTS);
let blockUsed = 0;
function rowValues(n: number): Int32Array {
  if (blockUsed + n > BLOCK_INTS) {
    block = new Int32Array(BLOCK_INTS);
    blockUsed = 0;
  }
  const v = block.subarray(blockUsed, blockUsed + n);
  blockUsed += n;
  return v;
}

/** The number line[start, end) spells in ASCII digits (at most 15), or -1 when it holds anything else. */
function digits(line: string, start: number, end: number): number {
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = line.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const TOTAL_ROW = /^(合计|总计|小计|全县合计|全乡合计|全镇合计)$/;

function blank(v: RawCell): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function rowIsBlank(values: readonly RawCell[]): boolean {
  return values.every(blank);
}

class RowChecker {
  private readonly nameCols: number[];
  private readonly keyCols: number[];
  private unfilled = 0;
  private readonly view: RowView;
  private totals = 0;
  /** Plain-line fast path: columns checked for person-level data, and the last text each passed with. */
  private readonly personCols: number[];
  private readonly personOk: (string | null)[];
  private readonly lookup: GridLookup;
  /** Grid index of the last row that passed the fast path. */
  private lastGrid = -1;
  /** Start of each field of the current line, and one past the last field's end. */
  private bounds = new Int32Array(64);

  constructor(
    private readonly sheet: SheetSpec,
    private readonly map: ColumnMap,
    private readonly run: SheetRun,
  ) {
    this.view = new RowView(sheet);
    const k = map.keys;
    this.nameCols = [k.gridName, k.town, k.community].filter((c): c is number => c !== undefined);
    this.keyCols = [k.gridCode, k.month, ...this.nameCols].filter((c): c is number => c !== undefined);
    this.personCols = [...this.nameCols, ...map.extra];
    this.personOk = this.personCols.map(() => null);
    this.lookup = gridLookup(run.ctx.grids);
  }

  /**
   * The usual row of a plain CSV read from its line, without a string per cell: a known
   * 15-digit grid code, a YYYY-MM month not later than the latest, every field 1–9 ASCII
   * digits, names that pass the person-data check (the last passing text per column is
   * remembered) and every identity kept. Anything else returns null and the row goes through
   * the full checks, which give the messages. What it accepts, the full checks accept alike.
   */
  private fast(line: string, number: number): CheckedRow | null {
    let bounds = this.bounds;
    let n = 0;
    bounds[n++] = 0;
    for (let i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
      if (n + 1 >= bounds.length) {
        const wider = new Int32Array(bounds.length * 2);
        wider.set(bounds);
        this.bounds = bounds = wider;
      }
      bounds[n++] = i + 1;
    }
    bounds[n] = line.length + 1;
    // Field c is line[bounds[c], bounds[c + 1] - 1); n fields.
    const codeCol = this.map.keys.gridCode ?? 0;
    const monthCol = this.map.keys.month ?? 0;
    if (codeCol >= n || monthCol >= n) return null;
    let s = bounds[codeCol] ?? 0;
    if ((bounds[codeCol + 1] ?? 0) - 1 - s !== 15) return null;
    // Rows of one grid often follow each other: the last row's code is compared first.
    let gridIndex = this.lastGrid;
    const last = this.lookup.codes[gridIndex];
    if (last === undefined || !line.startsWith(last, s)) {
      const found = this.lookup.byNumber.get(digits(line, s, s + 15));
      if (found === undefined) return null;
      this.lastGrid = gridIndex = found;
    }
    s = bounds[monthCol] ?? 0;
    if ((bounds[monthCol + 1] ?? 0) - 1 - s !== 7 || line.charCodeAt(s + 4) !== 45) return null;
    const y = digits(line, s, s + 4);
    const m = digits(line, s + 5, s + 7);
    const ym = y * 100 + m;
    if (y < 2000 || y > 2099 || m < 1 || m > 12) return null;
    let month = monthTexts.get(ym);
    if (month === undefined) monthTexts.set(ym, (month = line.slice(s, s + 7)));
    if (month > this.run.ctx.latestMonth) return null;
    for (let p = 0; p < this.personCols.length; p++) {
      const c = this.personCols[p] ?? 0;
      const start = bounds[c] ?? 0;
      const len = c < n ? (bounds[c + 1] ?? 0) - 1 - start : 0;
      const ok = this.personOk[p];
      if (ok !== null && ok !== undefined && ok.length === len && line.startsWith(ok, start)) continue;
      const text = c < n ? line.slice(start, start + len) : '';
      if (text !== '' && personDataReason(text, p < this.nameCols.length)) return null;
      this.personOk[p] = text;
    }
    const dataCols = this.map.fields;
    const values = rowValues(dataCols.length);
    for (let f = 0; f < dataCols.length; f++) {
      const c = dataCols[f] ?? 0;
      if (c >= n) return null;
      const start = bounds[c] ?? 0;
      const end = (bounds[c + 1] ?? 0) - 1;
      if (end <= start || end - start > 9) return null;
      const v = digits(line, start, end);
      if (v < 0) return null;
      values[f] = v;
    }
    if (hasBrokenIdentity(this.sheet, this.view.bind(values))) return null;
    return { gridIndex, grid: this.lookup.codes[gridIndex] ?? '', month, values, row: number };
  }

  private error(row: number, col: number | null, message: string): void {
    const e: ReportError = { file: this.run.file, sheet: this.sheet.name, row, message };
    if (col !== null) {
      e.column = columnLetter(col);
      e.header = this.map.headers[col] ?? '';
    }
    this.run.errors.add(e);
  }

  private personCheck(r: SourceRow): void {
    for (const c of [...this.nameCols, ...this.map.extra]) {
      const text = cellText(r.values[c]);
      const reason = text === '' ? null : personDataReason(text, this.nameCols.includes(c));
      if (reason) this.error(r.number, c, `“${text}”${reason}。Shiliu 只收汇总数，不收个人信息：请删除后再导入`);
    }
  }

  check(r: SourceRow): void | Promise<void> {
    if (r.line !== undefined) {
      const row = this.fast(r.line, r.number);
      if (row) return this.run.onRow(row);
    }
    return this.full(r);
  }

  private full(r: SourceRow): void | Promise<void> {
    const v = r.values;
    if (rowIsBlank(v)) return;
    const before = this.run.errors.count;
    this.personCheck(r);
    const codeCol = this.map.keys.gridCode ?? 0;
    const monthCol = this.map.keys.month ?? 0;
    if (blank(v[codeCol]) && this.keyCols.some((c) => TOTAL_ROW.test(cellText(v[c]).replace(/\s/g, '')))) {
      this.totals++;
      return;
    }
    const dataCols = this.map.fields;
    if (dataCols.every((c) => blank(v[c]))) {
      if (!blank(v[codeCol])) this.unfilled++;
      return;
    }
    const code = parseGridCode(v[codeCol]);
    let gridIndex = -1;
    if (!code.ok) this.error(r.number, codeCol, `网格代码${code.reason}，应为区划库中的 15 位网格代码`);
    else {
      gridIndex = this.run.ctx.grids.get(code.value) ?? -1;
      if (gridIndex < 0)
        this.error(r.number, codeCol, `网格代码“${code.value}”不在区划库中（先导入边界，或核对代码是否抄错）`);
    }
    const month = parseMonthCell(v[monthCol]);
    if (!month.ok) this.error(r.number, monthCol, `统计月份${month.reason}，应为 2026-11 或 2026年11月 的形式`);
    else if (month.value > this.run.ctx.latestMonth)
      this.error(r.number, monthCol, `统计月份 ${month.value} 晚于本月 ${this.run.ctx.latestMonth}，不能填报未来月份`);
    const values = rowValues(dataCols.length);
    dataCols.forEach((c, i) => {
      const raw = v[c];
      const f = this.sheet.fields[i];
      if (!f) return;
      // Fast path: a plain whole number (most cells of a big file).
      if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 2_000_000_000) {
        if (raw <= 1 && r.isPercent?.(c)) this.error(r.number, c, '是百分比，这里应填人数、户数或件数等整数');
        values[i] = raw;
        return;
      }
      // Fast path for CSV: plain ASCII digits.
      if (typeof raw === 'string' && raw.length > 0 && raw.length < 10 && /^\d+$/.test(raw)) {
        values[i] = Number(raw);
        return;
      }
      const n = parseCount(raw, r.isPercent?.(c) ?? false);
      if (n.ok) values[i] = n.value;
      else this.error(r.number, c, n.reason);
    });
    if (!code.ok || !month.ok || gridIndex < 0) return;
    if (this.run.errors.count > before) {
      this.run.onRejected?.(gridIndex, month.value, r.number);
      return;
    }
    for (const b of brokenIdentities(this.sheet, this.view.bind(values))) {
      const i = this.sheet.fields.findIndex((f) => f.key === b.key);
      this.error(r.number, dataCols[i] ?? null, b.message);
    }
    if (this.run.errors.count > before) {
      this.run.onRejected?.(gridIndex, month.value, r.number);
      return;
    }
    return this.run.onRow({ gridIndex, grid: code.value, month: month.value, values, row: r.number });
  }

  finish(): void {
    if (this.unfilled > 0)
      this.run.notes.push(`《${this.sheet.name}》${this.unfilled} 行未填数据，已跳过（这些网格该月不导入）`);
    if (this.totals > 0) this.run.notes.push(`《${this.sheet.name}》${this.totals} 行合计行已跳过（合计由系统计算）`);
  }
}

function checkColumns(sheet: SheetSpec, map: ColumnMap, run: SheetRun, headerRow: number): boolean {
  const err = (message: string, col?: number): void => {
    const e: ReportError = { file: run.file, sheet: sheet.name, row: headerRow, message };
    if (col !== undefined) {
      e.column = columnLetter(col);
      e.header = map.headers[col] ?? '';
    }
    run.errors.add(e);
  };
  const before = run.errors.count;
  if (map.keys.gridCode === undefined) err(`缺少“${KEY_COLUMNS.gridCode}”列`);
  if (map.keys.month === undefined) err(`缺少“${KEY_COLUMNS.month}”列`);
  sheet.fields.forEach((f, i) => {
    if ((map.fields[i] ?? -1) < 0) err(`缺少“${headerOf(f)}”列（请使用模板，不要删除或改写列标题）`);
  });
  for (const c of map.duplicates) err('列标题重复出现，无法判断以哪一列为准', c);
  const structural = run.errors.count - before;
  for (const c of map.extra) {
    if (isPersonHeader(map.headers[c] ?? ''))
      err('是个人信息列。Shiliu 只收汇总数，不收个人信息：请删除这一列后再导入', c);
  }
  const ignored = map.extra.filter((c) => !isPersonHeader(map.headers[c] ?? ''));
  if (ignored.length > 0)
    run.notes.push(
      `《${sheet.name}》多余的列已忽略：${ignored.map((c) => `${columnLetter(c)}“${map.headers[c] ?? ''}”`).join('、')}`,
    );
  return structural === 0;
}

/** Checks every row of one sheet; rows that pass every check go to `run.onRow`. */
export async function checkSheet(sheet: SheetSpec, source: SourceSheet, run: SheetRun): Promise<void> {
  let header: SourceRow | null = null;
  let sub: SourceRow | null = null;
  let checker: RowChecker | null = null;
  let seen = 0;
  for await (const r of source.rows) {
    if (checker) {
      const p = checker.check(r);
      if (p) await p;
      continue;
    }
    if (!header) {
      if (isHeaderRow(r.values)) header = r;
      else if (++seen >= HEADER_SEARCH_ROWS) break;
      continue;
    }
    if (isSubHeaderRow(header.values, r.values)) sub = r;
    const map = mapColumns(sheet, header.values, sub?.values ?? null);
    if (!checkColumns(sheet, map, run, header.number)) {
      run.onUnreadable?.();
      return;
    }
    run.onColumns?.(map.fields);
    checker = new RowChecker(sheet, map, run);
    if (!sub) await checker.check(r);
  }
  if (!header) {
    run.onUnreadable?.();
    run.errors.add({
      file: run.file,
      sheet: sheet.name,
      message: `找不到标题行：前 ${HEADER_SEARCH_ROWS} 行中没有“${KEY_COLUMNS.gridCode}”列标题（请使用模板）`,
    });
    return;
  }
  if (!checker) {
    const map = mapColumns(sheet, header.values, null);
    if (!checkColumns(sheet, map, run, header.number)) run.onUnreadable?.();
    return;
  }
  checker.finish();
}
