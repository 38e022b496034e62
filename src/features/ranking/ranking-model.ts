import type { MetricValue } from '@/api/indicators';
import { readValue, type MetricInfo } from '@/lib/metric-value';
import { displayName, type NamedRegion } from '@/lib/region-name';

/** One child in the ranking. */
export interface RankingRow {
  code: string;
  /** Official name (红土田社区居民委员会): the row's tooltip. */
  name: string;
  /** Display name (红土田社区): what the row shows (src/lib/region-name.ts). */
  label: string;
  /** 1-based rank with ties sharing a rank (1, 2, 2, 4); null for rows without a value. */
  rank: number | null;
  /** The value in metric units (a fraction for shares); null when withheld or missing. */
  value: number | null;
  /** Bar length as a fraction of the largest value (0–1); 0 without a value. */
  bar: number;
  /** "66.1%", "12.3 人次/千人", "<5", "不公开", "无数据". */
  valueText: string;
  /** "1,243 / 1,881" for rates; null for counts and withheld values. */
  basis: string | null;
  status: 'ok' | 'unreliable' | 'suppressed' | 'no-data' | 'invalid';
  /** Why a value is withheld, missing or to be read with care; null when nothing to add. */
  note: string | null;
}

function rowFor(metric: MetricInfo, c: Child, v: MetricValue | undefined): RankingRow {
  const { status, value, text, basis, note } = readValue(metric, v);
  return {
    code: c.code,
    name: c.name,
    label: displayName(c),
    rank: null,
    value,
    bar: 0,
    valueText: text,
    basis,
    status,
    note,
  };
}

type Child = { code: string } & NamedRegion;

const STATUS_ORDER: Record<RankingRow['status'], number> = {
  ok: 0,
  unreliable: 0,
  suppressed: 1,
  'no-data': 2,
  invalid: 2,
};

export const INVALID_TEXT = '数据有误';

/**
 * The children ranked by the metric, largest first; ties share a rank and keep the data's order
 * (names break no ties: a reader should see them as equal). Withheld rows, then rows without a
 * value, go to the bottom unranked — never as 0.
 */
export function toRankingRows(
  metric: MetricInfo,
  children: readonly Child[],
  values: ReadonlyMap<string, MetricValue>,
  /** Children whose values cannot be true (lib/value-checks), with the reason: never ranked. */
  impossible: ReadonlyMap<string, string> = new Map(),
): RankingRow[] {
  const rows = children.map((c): RankingRow => {
    const reason = impossible.get(c.code);
    if (reason === undefined) return rowFor(metric, c, values.get(c.code));
    return {
      code: c.code,
      name: c.name,
      label: displayName(c),
      rank: null,
      value: null,
      bar: 0,
      valueText: INVALID_TEXT,
      basis: null,
      status: 'invalid',
      note: reason,
    };
  });
  const order = new Map(rows.map((r, i) => [r, i]));
  rows.sort((a, b) => {
    const s = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    if (s !== 0) return s;
    if (a.value !== null && b.value !== null && a.value !== b.value) return b.value - a.value;
    return (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
  const max = rows.reduce((m, r) => (r.value !== null && r.value > m ? r.value : m), 0);
  let prev: RankingRow | null = null;
  rows.forEach((r, i) => {
    if (r.value === null) return;
    r.rank = prev !== null && prev.value === r.value ? prev.rank : i + 1;
    r.bar = max > 0 ? Math.max(0, r.value) / max : 0;
    prev = r;
  });
  return rows;
}
