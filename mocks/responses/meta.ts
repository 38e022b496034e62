import type { Meta } from '@/api/meta';
import { DISPUTE_CATEGORIES, EVENT_CATEGORIES, TRAINING_COURSES, WELFARE_POST_TYPES } from '../generator/categories';
import type { Dataset } from '../generator/dataset';
import { DATASET_GROUPS, ethnicName } from '../generator/ethnic-groups';
import { monthLabel } from '../generator/months';
import { metricDefs } from './metrics';

const DATASET_NAMES = {
  county: '石榴县网格化服务管理数据（演示）',
  prefecture: '石榴县网格化服务管理数据（演示·地州规模）',
  province: '石榴县网格化服务管理数据（演示·全省规模）',
} as const;

export function buildMeta(ds: Dataset): Meta {
  const counts = ds.ethnic(ds.root);
  return {
    datasetName: DATASET_NAMES[ds.size],
    demo: true,
    lastUpdated: ds.lastUpdated,
    rootCode: ds.root.code,
    firstMonth: monthLabel(ds.firstMonth),
    lastMonth: monthLabel(ds.lastMonth),
    lastMonthDays: ds.lastMonthDays,
    // Groups present in the data, plus 97 其他 always.
    ethnicGroups: DATASET_GROUPS.filter((code, i) => code === '97' || (counts[i] ?? 0) > 0).map((code) => ({
      code,
      name: ethnicName(code) ?? code,
    })),
    eventCategories: [...EVENT_CATEGORIES],
    disputeCategories: [...DISPUTE_CATEGORIES],
    welfarePostTypes: [...WELFARE_POST_TYPES],
    trainingCourses: [...TRAINING_COURSES],
    metrics: metricDefs(),
    resolutionTarget: 0.95,
    gridCount: ds.tree.grids.length,
  };
}
