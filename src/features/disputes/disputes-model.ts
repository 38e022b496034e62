import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { codeName } from '@/components/panel/code-name';

// What the disputes panel's charts and table share: the levels, the funnel's stages, the categories.

/** Levels from closest to the residents to the highest, as drawn (ordered colours). */
export const LEVELS = [
  { key: 'grid', label: '网格' },
  { key: 'community', label: '社区（村）' },
  { key: 'town', label: '乡镇（街道）' },
  { key: 'countyAndAbove', label: '县级及以上' },
] as const;

export function resolvedTotal(data: Disputes): number {
  return LEVELS.reduce((s, l) => s + data.resolvedByLevel[l.key], 0);
}

/** The stages of the funnel: each is contained in the one before. */
export function funnelStages(data: Disputes): { name: string; value: number }[] {
  const { grid, community } = data.resolvedByLevel;
  return [
    { name: '受理', value: data.registered },
    { name: '化解', value: resolvedTotal(data) },
    { name: '社区（村）及以下化解', value: grid + community },
    { name: '网格化解', value: grid },
  ];
}

/** Each category with its name, in meta order; unknown codes last, named by their code. */
export function disputeCategoryRows(
  data: Disputes,
  meta: Pick<Meta, 'disputeCategories'>,
): { code: string; name: string; registered: number; resolved: number }[] {
  const order = new Map(meta.disputeCategories.map((c, i) => [c.code, i]));
  return [...data.categories]
    .sort((a, b) => (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity))
    .map((c) => ({ ...c, name: codeName(meta.disputeCategories, c.code) }));
}
