import type { SheetSpec } from './layout';
import { EMPLOYMENT_SHEET, ETHNIC_SHEET, EVENTS_SHEET, GRID_SHEET, SHEETS, headerOf } from './layout';
import type { ErrorList } from './report-errors';
import type { CheckedRow } from './sheet-check';
import { columnLetter } from './source';

/**
 * Checks across rows, sheets and files, made once every row has been read: every grid-month
 * in all five sheets, one row per grid-month, households ≤ residents, minority residents
 * reached ≤ minority residents, and zero-employment households cleared ≤ identified plus
 * those still open from earlier months. Kept in typed arrays per month (about 50 bytes per
 * grid-month), so a province's two years fit.
 */

const VALUE_SLOTS = ['households', 'residents', 'ethnic.01', 'minorityReached', 'zeroIdentified', 'zeroCleared'];
const SHEET_OF_SLOT = [GRID_SHEET, ETHNIC_SHEET, ETHNIC_SHEET, EVENTS_SHEET, EMPLOYMENT_SHEET, EMPLOYMENT_SHEET];
const S = SHEETS.length;
const V = VALUE_SLOTS.length;

const slotCache = new Map<SheetSpec, [slot: number, field: number][]>();

/** The value slots a sheet fills, with the field index each comes from (computed once). */
function slotsOf(sheet: SheetSpec): [number, number][] {
  let list = slotCache.get(sheet);
  if (!list) {
    list = VALUE_SLOTS.flatMap((key, slot): [number, number][] =>
      SHEET_OF_SLOT[slot] === sheet ? [[slot, sheet.fields.findIndex((f) => f.key === key)]] : [],
    );
    slotCache.set(sheet, list);
  }
  return list;
}

interface MonthBlock {
  values: Int32Array;
  rows: Int32Array;
  files: Uint16Array;
}

export class CrossChecks {
  private readonly months = new Map<string, MonthBlock>();
  private readonly columns = new Map<string, number[]>();
  private readonly gridCodes: string[];

  constructor(
    grids: ReadonlyMap<string, number>,
    private readonly files: readonly string[],
    /** Zero-employment households still open before a month (from the database), null when unknown. */
    private readonly zeroOpenBefore: ((gridIndex: number, month: string) => number | null) | null = null,
  ) {
    this.gridCodes = [];
    for (const [code, i] of grids) this.gridCodes[i] = code;
  }

  private block(month: string): MonthBlock {
    let b = this.months.get(month);
    if (!b) {
      const n = this.gridCodes.length;
      b = { values: new Int32Array(n * V), rows: new Int32Array(n * S), files: new Uint16Array(n * S) };
      this.months.set(month, b);
    }
    return b;
  }

  /** Remembers where a sheet's fields are in a file, for messages. */
  noteColumns(file: number, sheet: number, fieldColumns: number[]): void {
    this.columns.set(`${file}|${sheet}`, fieldColumns);
  }

  /** Records a checked row; returns where the grid-month was already given, or null. */
  record(sheet: SheetSpec, file: number, row: CheckedRow): { file: string; row: number } | null {
    const s = SHEETS.indexOf(sheet);
    const b = this.block(row.month);
    const at = row.gridIndex * S + s;
    if (b.rows[at]) return { file: this.files[b.files[at] ?? 0] ?? '', row: Math.abs(b.rows[at] ?? 0) };
    b.rows[at] = row.row;
    b.files[at] = file;
    for (const [slot, i] of slotsOf(sheet)) b.values[row.gridIndex * V + slot] = row.values[i] ?? 0;
    return null;
  }

  /** A row that failed its own checks: present (not to be reported missing), but not checked further. */
  rejected(sheet: SheetSpec, gridIndex: number, month: string, row: number): void {
    const b = this.block(month);
    const at = gridIndex * S + SHEETS.indexOf(sheet);
    if (!b.rows[at]) b.rows[at] = -row;
  }

  /** Grid-months that passed (present in every sheet). */
  gridMonths(): number {
    let n = 0;
    for (const b of this.months.values())
      for (let g = 0; g < this.gridCodes.length; g++) if (SHEETS.every((_, s) => (b.rows[g * S + s] ?? 0) > 0)) n++;
    return n;
  }

  private place(sheet: SheetSpec, b: MonthBlock, g: number, key: string | null) {
    const s = SHEETS.indexOf(sheet);
    const file = b.files[g * S + s] ?? 0;
    const base = { file: this.files[file] ?? '', sheet: sheet.name, row: Math.abs(b.rows[g * S + s] ?? 0) };
    if (key === null) return base;
    const i = sheet.fields.findIndex((f) => f.key === key);
    const col = this.columns.get(`${file}|${s}`)?.[i];
    const f = sheet.fields[i];
    return {
      ...base,
      ...(col !== undefined ? { column: columnLetter(col) } : {}),
      ...(f ? { header: headerOf(f) } : {}),
    };
  }

  /** `completeness`: false when a sheet could not be read at all (its rows would all be reported missing). */
  run(errors: ErrorList, completeness = true): void {
    const months = [...this.months.keys()].sort();
    const val = (b: MonthBlock, g: number, key: string): number => b.values[g * V + VALUE_SLOTS.indexOf(key)] ?? 0;
    for (const month of months) {
      const b = this.months.get(month);
      if (!b) continue;
      for (let g = 0; g < this.gridCodes.length; g++) {
        const present = SHEETS.map((_, s) => (b.rows[g * S + s] ?? 0) !== 0);
        if (!present.some(Boolean)) continue;
        const code = this.gridCodes[g] ?? '';
        const given = SHEETS[present.indexOf(true)] as SheetSpec;
        const missing = SHEETS.filter((_, s) => !present[s]);
        if (missing.length > 0) {
          if (!completeness) continue;
          errors.add({
            ...this.place(given, b, g, null),
            message: `网格 ${code} 的 ${month} 已填报，但${missing.map((m) => `《${m.name}》`).join('')}中没有这一网格这一月份的数据（五张表须同时填报）`,
          });
          continue;
        }
        if (SHEETS.some((_, s) => (b.rows[g * S + s] ?? 0) < 0)) continue;
        const households = val(b, g, 'households');
        const residents = val(b, g, 'residents');
        if (households > residents)
          errors.add({
            ...this.place(GRID_SHEET, b, g, 'households'),
            message: `常住户数 ${households} 多于《民族构成》中的常住人口 ${residents}（每户至少一人）`,
          });
        const minority = residents - val(b, g, 'ethnic.01');
        const reached = val(b, g, 'minorityReached');
        if (reached > minority)
          errors.add({
            ...this.place(EVENTS_SHEET, b, g, 'minorityReached'),
            message: `少数民族参与人数 ${reached} 多于《民族构成》中的少数民族常住人口 ${minority}`,
          });
      }
    }
    this.zeroEmployment(months, errors);
  }

  /** Cleared ≤ identified + still open, carried over consecutive months of the same grid. */
  private zeroEmployment(months: string[], errors: ErrorList): void {
    const idSlot = VALUE_SLOTS.indexOf('zeroIdentified');
    const s = SHEETS.indexOf(EMPLOYMENT_SHEET);
    for (let g = 0; g < this.gridCodes.length; g++) {
      let open: number | null = null;
      let prev = '';
      for (const month of months) {
        const b = this.months.get(month);
        if (!b || (b.rows[g * S + s] ?? 0) <= 0) continue;
        // The first month of a run of consecutive months: what was open before comes from the
        // database's earlier months, or is unknown (then this run is not checked).
        if (!prev || !isNextMonth(prev, month)) open = this.zeroOpenBefore?.(g, month) ?? null;
        prev = month;
        const identified = b.values[g * V + idSlot] ?? 0;
        const cleared = b.values[g * V + idSlot + 1] ?? 0;
        if (open !== null && cleared > identified + open) {
          errors.add({
            ...this.place(EMPLOYMENT_SHEET, b, g, 'zeroCleared'),
            message: `零就业家庭动态清零 ${cleared} 户，多于本月新认定 ${identified} 户与此前未清零 ${open} 户之和`,
          });
        }
        open = open === null ? null : Math.max(0, open + identified - cleared);
      }
    }
  }
}

function isNextMonth(a: string, b: string): boolean {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return yb * 12 + mb === ya * 12 + ma + 1;
}
