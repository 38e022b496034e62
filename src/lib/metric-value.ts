import type { MetricValue } from '@/api/indicators';
import type { MetricDef } from '@/api/meta';
import { formatBasis, formatCount, formatPercent } from './format';
import {
  isSuppressed,
  isUnreliable,
  SUPPRESSED_EXPLANATION,
  SUPPRESSED_LABEL,
  UNRELIABLE_MARK,
  UNRELIABLE_VALUE_NOTE,
} from './privacy';

/**
 * One metric value of one child region in words: the map's legend and tooltip, the print map and
 * the ranking all read values through this module (docs/indicators.md lists the metrics).
 */

/** What a reader of child values needs to know about a metric (a plain count when meta lacks it). */
export type MetricInfo = Pick<MetricDef, 'id' | 'name' | 'kind' | 'unit'>;

export function findMetric(metrics: readonly MetricDef[] | undefined, id: string): MetricInfo {
  return metrics?.find((m) => m.id === id) ?? { id, name: id, kind: 'count', unit: '' };
}

export const NO_DATA_TEXT = '无数据';
export const ZERO_DENOMINATOR_NOTE = '分母为 0，无法计算';

const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A metric value without its unit, as the legend shows it ("66.1%", "12.3", "1,881"). */
export function formatMetricNumber(metric: MetricInfo, value: number): string {
  if (metric.kind === 'share') return formatPercent(value);
  if (metric.kind === 'per-1000') return oneDecimal.format(value);
  return Number.isInteger(value) ? formatCount(value) : upToTwo.format(value);
}

/** A metric value with its unit for running text ("66.1%", "12.3 人次/千人", "1,881 人"). */
export function formatMetricValue(metric: MetricInfo, value: number): string {
  const text = formatMetricNumber(metric, value);
  return metric.kind === 'share' || metric.unit === '' || metric.unit === '%' ? text : `${text} ${metric.unit}`;
}

/** Whether a rate rests on too few people to be read on its own (src/lib/privacy.ts). */
export function isUnreliableValue(metric: MetricInfo, value: MetricValue): boolean {
  return !isSuppressed(value) && metric.kind !== 'count' && value.value !== null && isUnreliable(value);
}

/** A child's value, read. */
export interface ReadValue {
  status: 'ok' | 'unreliable' | 'suppressed' | 'no-data';
  /** The number in metric units (a fraction for shares); null when withheld or missing. */
  value: number | null;
  /** "66.1%", "66.1%*", "12.3 人次/千人", "<5", "不公开", "无数据". */
  text: string;
  /** "1,243 / 1,881" for rates; null for counts and withheld or missing values. */
  basis: string | null;
  /** Why the value is withheld, missing or to be read with care; null when nothing to add. */
  note: string | null;
}

export function readValue(metric: MetricInfo, v: MetricValue | undefined): ReadValue {
  if (v === undefined) return { status: 'no-data', value: null, text: NO_DATA_TEXT, basis: null, note: null };
  if (isSuppressed(v)) {
    const note = SUPPRESSED_EXPLANATION[v.reason];
    return { status: 'suppressed', value: null, text: SUPPRESSED_LABEL[v.reason], basis: null, note };
  }
  const basis = metric.kind === 'count' ? null : formatBasis(v);
  if (v.value === null || !Number.isFinite(v.value)) {
    return { status: 'no-data', value: null, text: NO_DATA_TEXT, basis, note: ZERO_DENOMINATOR_NOTE };
  }
  const unreliable = isUnreliableValue(metric, v);
  return {
    status: unreliable ? 'unreliable' : 'ok',
    value: v.value,
    text: `${formatMetricValue(metric, v.value)}${unreliable ? UNRELIABLE_MARK : ''}`,
    basis,
    note: unreliable ? UNRELIABLE_VALUE_NOTE : null,
  };
}

/** A child's metric value in words, for the map's tooltip. */
export interface ValueDescription {
  /** "66.1%", "不公开", "无数据". */
  value: string;
  /** "依据：1,243 / 1,881" for rates; null for counts and missing values. */
  basis: string | null;
  /** Why the value is withheld or to be read with care; null when there is nothing to add. */
  note: string | null;
}

export function describeValue(metric: MetricInfo, value: MetricValue | undefined): ValueDescription {
  const read = readValue(metric, value);
  return { value: read.text, basis: read.basis === null ? null : `依据：${read.basis}`, note: read.note };
}
