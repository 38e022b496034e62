import type { Meta } from '@/api/meta';
import type { AnswerContext } from './context';
import { metricDefs } from './metrics';

/** Dataset description and code lists; ethnic groups present in the data, plus 97 其他 always. */
export async function buildMeta(ctx: AnswerContext): Promise<Meta> {
  const { ds } = ctx;
  const counts = (await ctx.facts.ethnic([ds.rootCode], ds.lastMonth)).get(ds.rootCode);
  return {
    datasetName: ds.datasetName,
    demo: ds.demo,
    lastUpdated: ds.lastUpdated,
    rootCode: ds.rootCode,
    firstMonth: ds.firstMonth,
    lastMonth: ds.lastMonth,
    lastMonthDays: ds.lastMonthDays,
    ethnicGroups: ds.ethnicGroups
      .filter((g, i) => g.code === '97' || (counts?.[i] ?? 0) > 0)
      .map((g) => ({ code: g.code, name: g.name })),
    eventCategories: ds.eventCategories.map((c) => ({ ...c })),
    disputeCategories: ds.disputeCategories.map((c) => ({ ...c })),
    welfarePostTypes: ds.welfarePostTypes.map((c) => ({ ...c })),
    trainingCourses: ds.trainingCourses.map((c) => ({ ...c })),
    metrics: metricDefs(ds),
    resolutionTarget: ds.resolutionTarget,
    gridCount: ds.gridCount,
  };
}
