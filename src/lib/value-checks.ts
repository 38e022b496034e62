import type { Rate } from '@/api/common';
import type { ChildMetric, MetricValue, Summary } from '@/api/indicators';
import { METRIC_IDS } from '@/api/metrics';
import { formatCount } from '@/lib/format';
import { isSmallCount, isSmallUnit, isSuppressed, suppressed } from '@/lib/privacy';
import type { MetricDef } from '@/api/meta';

/** What the checks need to know about a metric (the map's and the ranking's metric). */
type CheckedMetric = Pick<MetricDef, 'id' | 'name' | 'kind' | 'unit'>;

/**
 * Numbers that cannot be true although each one parses: a share whose numerator is larger than
 * its denominator, a value that does not follow from its basis, or children that together hold
 * more than their parent. Such a child is not coloured (and says why in its tooltip); a total that
 * does not add up is flagged on the map. Nothing impossible is drawn as if it were true.
 */
export interface ValueProblem {
  code: string;
  name: string;
  /** Why, in words for the tooltip and the notice. */
  reason: string;
}

export interface CheckedValues {
  /** The values safe to colour by, by child code. */
  values: Map<string, MetricValue>;
  problems: ValueProblem[];
}

/** value − expected beyond this (in the metric's units) is not rounding. */
const TOLERANCE: Record<CheckedMetric['kind'], number> = { share: 5e-4, 'per-1000': 0.5, count: 0 };

function impossibility(metric: CheckedMetric, v: MetricValue): string | null {
  if (isSuppressed(v)) return null;
  const { numerator: n, denominator: d, value } = v;
  if (metric.kind === 'share' && n > d) return `分子 ${formatCount(n)} 大于分母 ${formatCount(d)}`;
  if (value === null) return d === 0 || metric.kind === 'count' ? null : '有分母却没有数值';
  if (!Number.isFinite(value)) return '数值无效';
  const expected = metric.kind === 'count' ? n : d === 0 ? null : metric.kind === 'share' ? n / d : (1000 * n) / d;
  if (expected === null) return '分母为 0 却给出了数值';
  if (Math.abs(value - expected) > TOLERANCE[metric.kind]) return '数值与分子、分母不符';
  return null;
}

/** The ethnic metrics under the privacy rule (those `meta.metrics` marks `sensitive`). */
function isSensitiveMetric(id: string): boolean {
  return id === METRIC_IDS.minorityShare || id.startsWith('ethnic:');
}

/**
 * The client's defence in depth on the map and the ranking (docs/api.md "What a real back end
 * must know"): an ethnic share of a unit under 50 residents, or on 1–4 people, that a server
 * failed to withhold is withheld here. A compliant server never sends one, so this changes
 * nothing on its data; suppression across the row is the server's (the client cannot redo it).
 */
function withheld(metric: CheckedMetric, v: MetricValue): MetricValue {
  if (isSuppressed(v) || !isSensitiveMetric(metric.id)) return v;
  if (isSmallUnit(v.denominator)) return suppressed('small-unit');
  if (isSmallCount(v.numerator)) return suppressed('small-count');
  return v;
}

/** Keeps the values that can be true and names the children whose values cannot. */
export function checkChildValues(values: ChildMetric['values'], metric: CheckedMetric): CheckedValues {
  const out = new Map<string, MetricValue>();
  const problems: ValueProblem[] = [];
  for (const row of values) {
    const reason = impossibility(metric, row.value);
    if (reason === null) out.set(row.code, withheld(metric, row.value));
    else problems.push({ code: row.code, name: row.name, reason });
  }
  return { values: out, problems };
}

/** The parent's own numerator and denominator of a metric, where the summary carries them. */
export function parentBasis(
  metricId: string,
  summary: Summary,
): { numerator: number; denominator: number | null } | null {
  const rate = (r: Rate | { suppressed: true }) => ('suppressed' in r ? null : r);
  switch (metricId) {
    case METRIC_IDS.minorityShare:
      return rate(summary.minorityShare);
    case METRIC_IDS.residents:
      return { numerator: summary.residents, denominator: null };
    case METRIC_IDS.disputeResolutionRate:
      return summary.disputeResolution;
    case METRIC_IDS.attendancesPer1000:
      return { numerator: summary.attendances, denominator: summary.residents };
    case METRIC_IDS.placements:
      return { numerator: summary.placements, denominator: null };
    case METRIC_IDS.events:
      return { numerator: summary.events, denominator: null };
    case METRIC_IDS.attendances:
      return { numerator: summary.attendances, denominator: null };
    default:
      return null;
  }
}

/**
 * Children tile their parent, so their numerators (and denominators) cannot add up to more than
 * the parent's. Returns the message to flag, or null when the totals are possible or unknown.
 */
export function checkChildTotals(values: ChildMetric['values'], parent: ReturnType<typeof parentBasis>): string | null {
  if (parent === null) return null;
  let numerators = 0;
  let denominators = 0;
  for (const { value } of values) {
    if (isSuppressed(value)) continue;
    numerators += value.numerator;
    denominators += value.denominator;
  }
  if (numerators > parent.numerator) {
    return `下级区域合计 ${formatCount(numerators)} 大于本级总数 ${formatCount(parent.numerator)}，各区域数值可能有误`;
  }
  if (parent.denominator !== null && denominators > parent.denominator) {
    return `下级区域分母合计 ${formatCount(denominators)} 大于本级 ${formatCount(parent.denominator)}，各区域数值可能有误`;
  }
  return null;
}
