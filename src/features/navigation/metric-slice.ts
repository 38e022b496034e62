import type { Meta } from '@/api/meta';
import { SLICE_PREFIXES, type SlicePrefix } from '@/api/metrics';

/** A map colouring by one category of a chart (an ethnic group, an event or dispute category). */
export interface MetricSlice {
  prefix: SlicePrefix;
  code: string;
  /** The category's display name, e.g. 回族, 文化活动, 邻里纠纷. */
  name: string;
  /** The metric's full name from meta.metrics, e.g. 回族人口占比. */
  metricName: string;
}

const LISTS: Record<SlicePrefix, 'ethnicGroups' | 'eventCategories' | 'disputeCategories'> = {
  ethnic: 'ethnicGroups',
  eventCategory: 'eventCategories',
  disputeCategory: 'disputeCategories',
};

/** The slice a metric id names (`ethnic:03`), or null for a base metric or one meta does not offer. */
export function metricSlice(id: string, meta: Pick<Meta, 'metrics' | (typeof LISTS)[SlicePrefix]>): MetricSlice | null {
  const [prefix, code, ...rest] = id.split(':');
  if (code === undefined || rest.length > 0 || !(SLICE_PREFIXES as readonly string[]).includes(prefix ?? '')) {
    return null;
  }
  const metric = meta.metrics.find((m) => m.id === id);
  if (!metric) return null;
  const p = prefix as SlicePrefix;
  const name = meta[LISTS[p]].find((c) => c.code === code)?.name ?? code;
  return { prefix: p, code, name, metricName: metric.name };
}
