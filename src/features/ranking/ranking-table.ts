import type { MetricValue } from '@/api/indicators';
import { count, num, percent, suppressedCell, text, type Cell, type TableModel } from '@/components/table/table-model';
import { NO_DATA_TEXT, type MetricInfo } from '@/lib/metric-value';
import { isSuppressed, SUPPRESSED_EXPLANATION, UNRELIABLE_FOOTNOTE, UNRELIABLE_REMARK } from '@/lib/privacy';
import { INVALID_TEXT, type RankingRow } from './ranking-model';

export const RANKING_TABLE_TITLE = '下级排名';

/** The value column's header: a share says （%） in files by itself (csv.ts), others their unit. */
function valueColumn(metric: MetricInfo): string {
  return metric.kind === 'share' || metric.unit === '' ? metric.name : `${metric.name}（${metric.unit}）`;
}

function valueCell(metric: MetricInfo, value: number | null): Cell {
  if (metric.kind === 'share') return percent(value);
  if (metric.kind === 'per-1000') return num(value, 1);
  return value !== null && Number.isInteger(value) ? count(value) : num(value, 2);
}

/**
 * One child as a row. The cells come from the same checked values as the list on screen, so a
 * value the privacy rule withholds (by the server or the client's defence in depth) is withheld
 * here too, its numerator and denominator with it: a file never holds what the screen hides.
 */
function row(metric: MetricInfo, r: RankingRow, v: MetricValue | undefined, rates: boolean): Cell[] {
  const head = [text(r.label), r.rank === null ? text('—') : count(r.rank), text(r.code)];
  if (r.status === 'invalid') {
    return [...head, text(INVALID_TEXT), ...(rates ? [text(''), text('')] : []), text(r.note ?? '')];
  }
  if (v !== undefined && isSuppressed(v)) {
    const hidden = suppressedCell(v);
    return [...head, hidden, ...(rates ? [hidden, hidden] : []), text(SUPPRESSED_EXPLANATION[v.reason])];
  }
  const basis = v === undefined ? [text(''), text('')] : [count(v.numerator), count(v.denominator)];
  const note = r.status === 'unreliable' ? UNRELIABLE_REMARK : v === undefined ? NO_DATA_TEXT : (r.note ?? '');
  return [...head, valueCell(metric, r.value), ...(rates ? basis : []), text(note)];
}

/**
 * The ranking as a table for the 表格 view, CSV and .xlsx: every child in the list's order
 * with its rank, code, value and, for a rate, the numerator and denominator it rests on.
 */
export function toRankingTable(
  metric: MetricInfo,
  rows: readonly RankingRow[],
  values: ReadonlyMap<string, MetricValue>,
): TableModel {
  const rates = metric.kind !== 'count';
  const notes = [`按“${metric.name}”由高到低排名，数值相同者名次相同；不公开、无数据和数据有误的区域不参与排名。`];
  if (rows.some((r) => r.status === 'unreliable')) notes.push(UNRELIABLE_FOOTNOTE);
  if (rows.some((r) => r.status === 'suppressed')) {
    notes.push('标为“隐私保护”的单元格按隐私规则不公开，其分子、分母一并不公开。');
  }
  return {
    title: RANKING_TABLE_TITLE,
    sections: [
      {
        title: `按${metric.name}排名`,
        columns: ['区域', '名次', '区划代码', valueColumn(metric), ...(rates ? ['分子', '分母'] : []), '说明'],
        rows: rows.map((r) => row(metric, r, values.get(r.code), rates)),
      },
    ],
    notes,
  };
}
