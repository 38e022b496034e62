import type { MetricValue } from '@/api/indicators';
import type { MetricDef } from '@/api/meta';
import { formatBasis, formatCount, formatPercent } from '@/lib/format';
import {
  SUPPRESSED_EXPLANATION,
  SUPPRESSED_LABEL,
  isSuppressed,
  isUnreliable,
  UNRELIABLE_MARK,
  UNRELIABLE_VALUE_NOTE,
} from '@/lib/privacy';

/** What the map needs to know about a metric; falls back to a plain number when meta lacks it. */
export type MapMetric = Pick<MetricDef, 'id' | 'name' | 'kind' | 'unit'>;

export function findMetric(metrics: readonly MetricDef[] | undefined, id: string): MapMetric {
  return metrics?.find((m) => m.id === id) ?? { id, name: id, kind: 'count', unit: '' };
}

/** Parameterised slices (`ethnic:03`) need a category picker, so the map selector leaves them out. */
export function isSliceMetric(id: string): boolean {
  return id.includes(':');
}

const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToTwo = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A metric value without its unit, as the legend shows it ("66.1%", "12.3", "1,881"). */
export function formatMetricNumber(metric: MapMetric, value: number): string {
  if (metric.kind === 'share') return formatPercent(value);
  if (metric.kind === 'per-1000') return oneDecimal.format(value);
  return Number.isInteger(value) ? formatCount(value) : upToTwo.format(value);
}

/** A metric value with its unit for running text ("66.1%", "12.3 人次/千人"). */
export function formatMetricValue(metric: MapMetric, value: number): string {
  const text = formatMetricNumber(metric, value);
  return metric.kind === 'share' || metric.unit === '' || metric.unit === '%' ? text : `${text} ${metric.unit}`;
}

/** Whether a rate rests on too few people to be read on its own (denominator under 20). */
export function isUnreliableValue(metric: MapMetric, value: MetricValue): boolean {
  return !isSuppressed(value) && metric.kind !== 'count' && value.value !== null && isUnreliable(value);
}

/** A child's metric value in words, for the tooltip. */
export interface ValueDescription {
  /** "66.1%", "不公开", "无数据". */
  value: string;
  /** "依据：1,243 / 1,881" for rates; null for counts and missing values. */
  basis: string | null;
  /** Why the value is withheld or to be read with care; null when there is nothing to add. */
  note: string | null;
}

export const NO_DATA_LABEL = '无数据';

export function describeValue(metric: MapMetric, value: MetricValue | undefined): ValueDescription {
  if (value === undefined) return { value: NO_DATA_LABEL, basis: null, note: null };
  if (isSuppressed(value)) {
    return { value: SUPPRESSED_LABEL[value.reason], basis: null, note: SUPPRESSED_EXPLANATION[value.reason] };
  }
  const basis = metric.kind === 'count' ? null : `依据：${formatBasis(value)}`;
  if (value.value === null) return { value: NO_DATA_LABEL, basis, note: '分母为 0，无法计算' };
  return {
    value: `${formatMetricValue(metric, value.value)}${isUnreliableValue(metric, value) ? UNRELIABLE_MARK : ''}`,
    basis,
    note: isUnreliableValue(metric, value) ? UNRELIABLE_VALUE_NOTE : null,
  };
}
