import type { Rate, SuppressibleCount, SuppressibleRate, Suppressed } from '@/api/common';
import type { Compared } from '@/components/panel/compared';
import { isSuppressed, isUnreliable, SUPPRESSED_LABEL, UNRELIABLE_REMARK } from '@/lib/privacy';

/**
 * The exact numbers behind a panel, as plain rows. One pure function per panel turns its data
 * into this model; the on-screen table, the CSV and the .xlsx are all written from it, so they
 * can never disagree.
 */
export type Cell =
  | { kind: 'text'; text: string }
  /** A whole count (people, events, disputes…). */
  | { kind: 'count'; value: number }
  /** A fraction 0–1 shown as a percentage with one decimal; null when undefined (0 denominator). */
  | { kind: 'percent'; value: number | null }
  /** Any other number, e.g. median days or a diversity index, with its decimals. */
  | { kind: 'number'; value: number | null; digits: number }
  /** Withheld under the privacy rule: never a number. */
  | { kind: 'suppressed'; reason: Suppressed['reason'] };

export interface TableSection {
  title: string;
  columns: string[];
  rows: Cell[][];
}

export interface TableModel {
  /** e.g. 矛盾纠纷化解 */
  title: string;
  sections: TableSection[];
  /** Footnotes: definitions, unreliable marks, privacy. */
  notes: string[];
}

export const text = (t: string): Cell => ({ kind: 'text', text: t });
export const count = (n: number): Cell => ({ kind: 'count', value: n });
export const percent = (v: number | null): Cell => ({ kind: 'percent', value: v });
export const num = (v: number | null, digits: number): Cell => ({ kind: 'number', value: v, digits });
export const suppressedCell = (s: Suppressed): Cell => ({ kind: 'suppressed', reason: s.reason });
export const suppressibleCount = (c: SuppressibleCount): Cell => (isSuppressed(c) ? suppressedCell(c) : count(c));

/** Columns of a rate section: every rate with its numerator and denominator. */
export const RATE_COLUMNS = ['指标', '分子', '分母', '比率', '口径', '说明'];

/** One rate as a row of RATE_COLUMNS; a withheld rate keeps its row, marked as withheld. */
export function rateRow(label: string, rate: SuppressibleRate, definition: string): Cell[] {
  if (isSuppressed(rate)) {
    return [
      text(label),
      suppressedCell(rate),
      suppressedCell(rate),
      suppressedCell(rate),
      text(definition),
      text('按隐私规则不公开'),
    ];
  }
  return [
    text(label),
    count(rate.numerator),
    count(rate.denominator),
    percent(rate.value),
    text(definition),
    text(isUnreliable(rate) ? UNRELIABLE_REMARK : ''),
  ];
}

/** A rate computed here from two counts (value null when the denominator is 0). */
export function rateOf(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
}

/** The label a withheld cell carries in tables and files ("<5（隐私保护）"). */
export function suppressedText(reason: Suppressed['reason']): string {
  return `${SUPPRESSED_LABEL[reason]}（隐私保护）`;
}

/**
 * Rows of a "与上期、上年同期比较" section: the current period, then each comparison period with
 * the same cells (the API's answer for the same days) and how a partial last month was counted.
 */
export function comparisonRows<T>(
  currentLabel: string,
  current: T,
  compared: readonly Compared<T>[],
  cells: (data: T) => Cell[],
): Cell[][] {
  return [
    [text(`本期 ${currentLabel}`), ...cells(current), text('')],
    ...compared.map((c) => [text(`${c.cmp.name} ${c.cmp.label}`), ...cells(c.data), text(c.cmp.note)]),
  ];
}
