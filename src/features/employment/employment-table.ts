import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { codeName } from '@/components/panel/code-name';
import type { Compared } from '@/components/panel/compared';
import {
  comparisonRows,
  count,
  RATE_COLUMNS,
  rateOf,
  rateRow,
  text,
  type TableModel,
} from '@/components/table/table-model';
import { DESTINATIONS } from './employment-model';
import { ZERO_EMPLOYMENT_BALANCE } from './employment-notes';

export const EMPLOYMENT_TABLE_TITLE = '就业安置';

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Every number behind the employment panel; rates with numerator and denominator. */
export function toEmploymentTable(
  data: Employment,
  meta: Pick<Meta, 'welfarePostTypes' | 'trainingCourses'>,
  currentLabel = '',
  compared: readonly Compared<Employment>[] = [],
): TableModel {
  const employed = sum(DESTINATIONS.map((d) => data.employed[d.key]));
  const placements = sum(DESTINATIONS.map((d) => data.placements[d.key]));
  const { identified, cleared } = data.zeroEmployment;
  return {
    title: EMPLOYMENT_TABLE_TITLE,
    sections: [
      {
        title: '比率',
        columns: RATE_COLUMNS,
        rows: [
          ...(employed <= data.labourForce
            ? [rateRow('转移就业占劳动力', rateOf(employed, data.labourForce), '期末转移就业 ÷ 劳动力（人）')]
            : []),
          ...(cleared <= identified
            ? [rateRow('零就业家庭清零率', rateOf(cleared, identified), '本期清零 ÷ 本期认定（户）')]
            : []),
        ],
      },
      {
        title: '与上期、上年同期比较',
        columns: ['统计期', '期末转移就业（人）', '本期新增安置（人）', '零就业家庭清零（户）', '说明'],
        rows: comparisonRows(currentLabel, data, compared, (d) => [
          count(sum(DESTINATIONS.map((x) => d.employed[x.key]))),
          count(sum(DESTINATIONS.map((x) => d.placements[x.key]))),
          count(d.zeroEmployment.cleared),
        ]),
      },
      {
        title: '转移就业去向（人）',
        columns: ['去向', '期末在岗（人）', '本期新增安置（人）'],
        rows: [
          ...DESTINATIONS.map((d) => [text(d.label), count(data.employed[d.key]), count(data.placements[d.key])]),
          [text('合计'), count(employed), count(placements)],
        ],
      },
      {
        title: '公益性岗位（期末在岗）',
        columns: ['岗位类型', '岗位（个）'],
        rows: data.welfarePosts.map((p) => [text(codeName(meta.welfarePostTypes, p.code)), count(p.count)]),
      },
      {
        title: '技能培训',
        columns: ['课程', '期数（期）', '培训（人次）'],
        rows: data.training.map((t) => [
          text(codeName(meta.trainingCourses, t.code)),
          count(t.sessions),
          count(t.trainees),
        ]),
      },
      {
        title: '其他',
        columns: ['项目', '数值', '单位'],
        rows: [
          [text('劳动力（期末）'), count(data.labourForce), text('人')],
          [text('自主创业（期末）'), count(data.selfEmployedHouseholds), text('户')],
          [text('本期零就业家庭认定'), count(identified), text('户')],
          [text('本期零就业家庭清零'), count(cleared), text('户')],
          [text('招聘会'), count(data.jobFairs.fairs), text('场')],
          [text('参会企业'), count(data.jobFairs.companies), text('家')],
          [text('提供岗位'), count(data.jobFairs.posts), text('个')],
        ],
      },
    ],
    notes: [
      '劳动力、期末在岗、公益性岗位、自主创业为期末存量；新增安置、培训、零就业家庭认定与清零、招聘会为本期累计。',
      ZERO_EMPLOYMENT_BALANCE,
    ],
  };
}
