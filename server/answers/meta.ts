import type { Meta } from '@/api/meta';
import type { AnswerContext } from './context';
import { metricDefs } from './metrics';

/**
 * Dataset description and code lists. Ethnic groups: those with residents at the root in the
 * last month, plus 97 其他 always, largest first (then by code) — the same list whatever order
 * a facts source keeps its groups in.
 */
export async function buildMeta(ctx: AnswerContext): Promise<Meta> {
  const { ds } = ctx;
  const counts = (await ctx.facts.ethnic([ds.rootCode], ds.lastMonth)).get(ds.rootCode);
  const ethnicGroups = ds.ethnicGroups
    .map((g, i) => ({ code: g.code, name: g.name, n: counts?.[i] ?? 0 }))
    .filter((g) => g.code === '97' || g.n > 0)
    .sort((a, b) => b.n - a.n || a.code.localeCompare(b.code))
    .map((g) => ({ code: g.code, name: g.name }));
  return {
    datasetName: ds.datasetName,
    demo: ds.demo,
    lastUpdated: ds.lastUpdated,
    rootCode: ds.rootCode,
    firstMonth: ds.firstMonth,
    lastMonth: ds.lastMonth,
    lastMonthDays: ds.lastMonthDays,
    ethnicGroups,
    eventCategories: ds.eventCategories.map((c) => ({ ...c })),
    disputeCategories: ds.disputeCategories.map((c) => ({ ...c })),
    welfarePostTypes: ds.welfarePostTypes.map((c) => ({ ...c })),
    trainingCourses: ds.trainingCourses.map((c) => ({ ...c })),
    metrics: metricDefs(ds, ethnicGroups),
    resolutionTarget: ds.resolutionTarget,
    gridCount: ds.gridCount,
  };
}
