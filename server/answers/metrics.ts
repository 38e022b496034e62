import type { CodeName, MetricDef } from '@/api/meta';
import type { MetricValue } from '@/api/indicators';
import { EthnicGroupCountSchema } from '@/api/indicators';
import { METRIC_IDS } from '@/api/metrics';
import { suppressed } from '@/lib/privacy';
import { resolvedTotal, sumFields } from './aggregate';
import { ApiError, quoted } from './api-error';
import type { WindowFacts } from './context';
import type { EthnicView } from './ethnic-view';
import { minorityWithheld } from './ethnic-view';
import type { DatasetFacts } from './facts-source';
import type { RowLayout } from './layout';
import { countValue, per1000Value, shareValue } from './values';

const BASE_DEFS: MetricDef[] = [
  {
    id: METRIC_IDS.minorityShare,
    name: '少数民族人口占比',
    kind: 'share',
    unit: '%',
    higherIsBetter: null,
    sensitive: true,
  },
  { id: METRIC_IDS.residents, name: '常住人口', kind: 'count', unit: '人', higherIsBetter: null, sensitive: false },
  {
    id: METRIC_IDS.disputeResolutionRate,
    name: '矛盾纠纷化解率',
    kind: 'share',
    unit: '%',
    higherIsBetter: true,
    sensitive: false,
  },
  {
    id: METRIC_IDS.resolvedInGrid,
    name: '网格内化解率（小事不出网格）',
    kind: 'share',
    unit: '%',
    higherIsBetter: true,
    sensitive: false,
  },
  {
    id: METRIC_IDS.placementsPer1000,
    name: '每千名劳动力新增转移就业',
    kind: 'per-1000',
    unit: '人/千人',
    higherIsBetter: true,
    sensitive: false,
  },
  {
    id: METRIC_IDS.attendancesPer1000,
    name: '每千人活动参与人次',
    kind: 'per-1000',
    unit: '人次/千人',
    higherIsBetter: true,
    sensitive: false,
  },
  {
    id: METRIC_IDS.placements,
    name: '新增转移就业',
    kind: 'count',
    unit: '人',
    higherIsBetter: true,
    sensitive: false,
  },
  { id: METRIC_IDS.events, name: '活动场次', kind: 'count', unit: '场', higherIsBetter: true, sensitive: false },
  {
    id: METRIC_IDS.attendances,
    name: '活动参与人次',
    kind: 'count',
    unit: '人次',
    higherIsBetter: true,
    sensitive: false,
  },
  {
    id: METRIC_IDS.disputesRegistered,
    name: '受理矛盾纠纷',
    kind: 'count',
    unit: '件',
    higherIsBetter: null,
    sensitive: false,
  },
  {
    id: METRIC_IDS.disputesResolved,
    name: '化解矛盾纠纷',
    kind: 'count',
    unit: '件',
    higherIsBetter: true,
    sensitive: false,
  },
];

/**
 * 文化活动 → 文化活动每千人参与人次, 志愿服务 → 志愿服务活动每千人参与人次: 活动 is added only
 * where the category's name does not already end in it (no 文化活动活动…).
 */
export function perThousandAttendanceName(category: string): string {
  return `${category.endsWith('活动') ? category : `${category}活动`}每千人参与人次`;
}

/** Every metric id children-metric and series accept, with Chinese names and units. */
export function metricDefs(ds: DatasetFacts, ethnicGroups: readonly CodeName[]): MetricDef[] {
  return [
    ...BASE_DEFS,
    ...ethnicGroups.map((g): MetricDef => ({
      id: `ethnic:${g.code}`,
      name: `${g.name}人口占比`,
      kind: 'share',
      unit: '%',
      higherIsBetter: null,
      sensitive: true,
    })),
    ...ds.eventCategories.map((c): MetricDef => ({
      id: `eventCategory:${c.code}`,
      name: perThousandAttendanceName(c.name),
      kind: 'per-1000',
      unit: '人次/千人',
      higherIsBetter: true,
      sensitive: false,
    })),
    ...ds.disputeCategories.map((c): MetricDef => ({
      id: `disputeCategory:${c.code}`,
      name: `${c.name}每千人受理件数`,
      kind: 'per-1000',
      unit: '件/千人',
      higherIsBetter: false,
      sensitive: false,
    })),
  ];
}

const BASE_IDS = new Set<string>(Object.values(METRIC_IDS));
const ETHNIC_CODE = EthnicGroupCountSchema.shape.code;

/** Validates a metric id; 400 when unknown. Accepts every GB/T 3304 code for `ethnic:`. */
export function checkMetric(ds: DatasetFacts, id: string): void {
  const [prefix, code, extra] = id.split(':');
  const ok =
    id.length <= 60 &&
    extra === undefined &&
    (code === undefined
      ? BASE_IDS.has(id)
      : (prefix === 'ethnic' && ETHNIC_CODE.safeParse(code).success) ||
        (prefix === 'eventCategory' && ds.eventCategories.some((c) => c.code === code)) ||
        (prefix === 'disputeCategory' && ds.disputeCategories.some((c) => c.code === code)));
  if (!ok) throw new ApiError(400, 'unknown-metric', `未知指标${quoted(id)}，可用指标见 /api/v1/meta 的 metrics`);
}

/** Whether a metric is an ethnic count under the privacy rule, and its true numerator. */
export function sensitiveNumerator(view: EthnicView, id: string): number | null {
  if (id === METRIC_IDS.minorityShare) return view.minority;
  if (id.startsWith('ethnic:')) return view.cells.find((c) => c.key === id.slice(7))?.count ?? 0;
  return null;
}

export function isSensitive(id: string): boolean {
  return id === METRIC_IDS.minorityShare || id.startsWith('ethnic:');
}

/** One region's value of a metric over a window; the region's own privacy rule applied. */
export function metricValue(
  ds: DatasetFacts,
  layout: RowLayout,
  view: EthnicView,
  facts: WindowFacts | undefined,
  id: string,
): MetricValue {
  if (id === METRIC_IDS.minorityShare) {
    const withheld = minorityWithheld(view);
    return withheld ? suppressed(withheld) : shareValue(view.minority, view.residents);
  }
  if (id.startsWith('ethnic:')) {
    if (!view.breakdown) return suppressed('small-unit');
    const code = id.slice(7);
    const reason = view.breakdown.hidden.get(code);
    if (reason) return suppressed(reason);
    return shareValue(view.cells.find((c) => c.key === code)?.count ?? 0, view.residents);
  }
  if (id === METRIC_IDS.residents) return countValue(view.residents);
  const { F } = layout;
  const E = ds.eventCategories.length;
  const D = ds.disputeCategories.length;
  const v = facts?.totals ?? new Float64Array(layout.ROW);
  const at = (i: number): number => v[i] ?? 0;
  const attendances = sumFields(v, F.attendances, E);
  switch (id) {
    case METRIC_IDS.disputeResolutionRate:
      return shareValue(resolvedTotal(layout, v), sumFields(v, F.disputesRegistered, D));
    case METRIC_IDS.resolvedInGrid:
      return shareValue(at(F.resolvedByLevel), resolvedTotal(layout, v));
    case METRIC_IDS.placementsPer1000:
      return per1000Value(sumFields(v, F.placements, 3), at(F.labourForce));
    case METRIC_IDS.attendancesPer1000:
      return per1000Value(attendances, view.residents);
    case METRIC_IDS.placements:
      return countValue(sumFields(v, F.placements, 3));
    case METRIC_IDS.events:
      return countValue(sumFields(v, F.events, E));
    case METRIC_IDS.attendances:
      return countValue(attendances);
    case METRIC_IDS.disputesRegistered:
      return countValue(sumFields(v, F.disputesRegistered, D));
    case METRIC_IDS.disputesResolved:
      return countValue(resolvedTotal(layout, v));
  }
  const [prefix, code] = id.split(':');
  if (prefix === 'eventCategory') {
    const i = ds.eventCategories.findIndex((c) => c.code === code);
    return per1000Value(at(F.attendances + i), view.residents);
  }
  const i = ds.disputeCategories.findIndex((c) => c.code === code);
  return per1000Value(at(F.disputesRegistered + i), view.residents);
}
