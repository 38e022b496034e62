/**
 * Reading one cell as typed by a grid worker: numbers as text ("1,234"), full-width digits
 * ("１２３"), a unit after the number ("12人"), months as "2026年11月" or Excel date serials,
 * formulas (their cached value). Everything that keeps its meaning is accepted; the rest
 * gets a reason, in Chinese, that the validator puts into its message.
 */

/** A cell value as the readers hand it over (exceljs cell values, or CSV text). */
export type RawCell = unknown;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; blank?: boolean };

const UNITS = /(人次|人|户|场次|场|次|件|个|家|名|期|岗|位)$/;

interface FormulaLike {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
}

/** The value a cell shows: a formula's cached result, rich text joined, a hyperlink's text. */
export function cellValue(raw: RawCell): Parsed<string | number | Date | boolean | null> {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return { ok: true, value: raw };
  if (raw instanceof Date) return { ok: true, value: raw };
  if (typeof raw === 'object') {
    const o = raw as FormulaLike & { richText?: { text?: string }[]; text?: unknown; error?: string };
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      if (o.result === undefined || o.result === null)
        return { ok: false, reason: '是没有计算结果的公式（请在 Excel 或 WPS 中打开、重新计算并保存后再导入）' };
      return cellValue(o.result);
    }
    if (o.error !== undefined) return { ok: false, reason: `是错误值 ${o.error}` };
    if (Array.isArray(o.richText)) return { ok: true, value: o.richText.map((r) => r.text ?? '').join('') };
    if (typeof o.text === 'string') return { ok: true, value: o.text };
  }
  return { ok: false, reason: '无法识别' };
}

/** Full-width digits and punctuation to ASCII, spaces removed (NFKC does both). */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
}

/** Reads a count: a whole number ≥ 0. `isPercent` says the cell is formatted as a percentage. */
export function parseCount(raw: RawCell, isPercent = false): Parsed<number> {
  const v = cellValue(raw);
  if (!v.ok) return v;
  const value = v.value;
  if (value === null || value === '') return { ok: false, reason: '未填写（没有请填 0）', blank: true };
  if (typeof value === 'boolean') return { ok: false, reason: '是逻辑值，应为不小于 0 的整数' };
  if (value instanceof Date) return { ok: false, reason: '是日期，应为不小于 0 的整数' };
  if (typeof value === 'number') {
    if (isPercent) return { ok: false, reason: '是百分比，这里应填人数、户数或件数等整数' };
    return checkNumber(value, String(value));
  }
  const text = normalizeText(value);
  if (text === '') return { ok: false, reason: '未填写（没有请填 0）', blank: true };
  if (/[%‰]$/.test(text)) return { ok: false, reason: `“${value}”是百分比，这里应填人数、户数或件数等整数` };
  let digits = text.replace(UNITS, '');
  // Thousands separators only where they group digits by three ("1,234", not "1,2").
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) digits = digits.replace(/,/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(digits)) return { ok: false, reason: `“${value}”不是数字，应为不小于 0 的整数` };
  return checkNumber(Number(digits), value);
}

function checkNumber(n: number, shown: string): Parsed<number> {
  if (!Number.isFinite(n)) return { ok: false, reason: `“${shown}”不是数字` };
  if (n < 0) return { ok: false, reason: `“${shown}”是负数，应为不小于 0 的整数` };
  if (!Number.isInteger(n)) return { ok: false, reason: `“${shown}”不是整数，应为不小于 0 的整数` };
  if (n > 2_000_000_000) return { ok: false, reason: `“${shown}”过大，不像一个网格的月度数` };
  return { ok: true, value: n };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included); 25569 is 1970-01-01. */
const SERIAL_2000 = 36526;
const SERIAL_2100 = 73051;

function monthOf(y: number, m: number): Parsed<string> {
  if (y < 2000 || y > 2099 || m < 1 || m > 12) return { ok: false, reason: '不是有效的年月' };
  return { ok: true, value: `${y}-${pad2(m)}` };
}

/** Reads a month: `2026-11`, `2026/11`, `2026.11`, `2026年11月`, `202611`, a date cell or a date serial. */
export function parseMonthCell(raw: RawCell): Parsed<string> {
  const v = cellValue(raw);
  if (!v.ok) return v;
  const value = v.value;
  if (value === null || value === '') return { ok: false, reason: '未填写', blank: true };
  // exceljs hands date cells over as Dates holding the wall-clock time in UTC.
  if (value instanceof Date) return monthOf(value.getUTCFullYear(), value.getUTCMonth() + 1);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 200001 && value <= 209912)
      return monthOf(Math.floor(value / 100), value % 100);
    if (value >= SERIAL_2000 && value < SERIAL_2100) {
      const d = new Date(Math.round((value - 25569) * 86_400_000));
      return monthOf(d.getUTCFullYear(), d.getUTCMonth() + 1);
    }
    return { ok: false, reason: `“${value}”不是年月，应为 2026-11 或 2026年11月 的形式` };
  }
  if (typeof value !== 'string') return { ok: false, reason: '不是年月' };
  const text = normalizeText(value);
  const m = /^(\d{4})[-/.年](\d{1,2})(?:月份?)?(?:[-/.]\d{1,2}日?)?$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (!m) return { ok: false, reason: `“${value}”不是年月，应为 2026-11 或 2026年11月 的形式` };
  return monthOf(Number(m[1]), Number(m[2]));
}

/** Reads a grid code: 15 digits, as text or as a number Excel kept exactly. */
export function parseGridCode(raw: RawCell): Parsed<string> {
  const v = cellValue(raw);
  if (!v.ok) return v;
  const value = v.value;
  if (value === null || value === '') return { ok: false, reason: '未填写', blank: true };
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? normalizeText(value) : '';
  const code = text.replace(/^'/, '');
  if (!/^\d{15}$/.test(code)) return { ok: false, reason: `“${String(value)}”不是 15 位数字的网格代码` };
  return { ok: true, value: code };
}

/** The text of a cell for header matching and person-data checks ('' for blank). */
export function cellText(raw: RawCell): string {
  const v = cellValue(raw);
  if (!v.ok || v.value === null) return '';
  return v.value instanceof Date ? v.value.toISOString() : String(v.value);
}
