import type { RawCell } from './cells';
import { cellText, parseCount, parseGridCode, parseMonthCell } from './cells';
import type { ColumnMap } from './header-map';
import { HEADER_SEARCH_ROWS, isHeaderRow, isSubHeaderRow, mapColumns } from './header-map';
import { RowView, brokenIdentities } from './identities';
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

  constructor(
    private readonly sheet: SheetSpec,
    private readonly map: ColumnMap,
    private readonly run: SheetRun,
  ) {
    this.view = new RowView(sheet);
    const k = map.keys;
    this.nameCols = [k.gridName, k.town, k.community].filter((c): c is number => c !== undefined);
    this.keyCols = [k.gridCode, k.month, ...this.nameCols].filter((c): c is number => c !== undefined);
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

  async check(r: SourceRow): Promise<void> {
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
    const values = new Int32Array(dataCols.length);
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
    await this.run.onRow({ gridIndex, grid: code.value, month: month.value, values, row: r.number });
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
      await checker.check(r);
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
