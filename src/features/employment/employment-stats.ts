import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { codeName } from '@/components/panel/code-name';
import type { Compared } from '@/components/panel/compared';
import { countDelta } from '@/components/panel/delta';
import type { Stat } from '@/components/panel/stats';
import { formatCount, formatPercent } from '@/lib/format';
import { DESTINATIONS } from './employment-model';
import { ZERO_EMPLOYMENT_BALANCE } from './employment-notes';

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

function breakdown(
  list: readonly { code: string; n: number }[],
  names: Meta['welfarePostTypes'],
  unit: string,
): string {
  return list.map((x) => `${codeName(names, x.code)} ${formatCount(x.n)} ${unit}`).join('；');
}

/** The exact figures beside the chart; deltas on transferred employment and training. */
export function toEmploymentStats(
  data: Employment,
  meta: Pick<Meta, 'welfarePostTypes' | 'trainingCourses'>,
  compared: readonly Compared<Employment>[] = [],
  currentLabel = '',
): Stat[] {
  const placementsOf = (d: Employment) => sum(DESTINATIONS.map((x) => d.placements[x.key]));
  const employed = sum(DESTINATIONS.map((d) => data.employed[d.key]));
  const posts = sum(data.welfarePosts.map((p) => p.count));
  const trainees = sum(data.training.map((t) => t.trainees));
  const sessions = sum(data.training.map((t) => t.sessions));
  const { identified, cleared } = data.zeroEmployment;
  const share = data.labourForce > 0 && employed <= data.labourForce ? employed / data.labourForce : null;
  return [
    { label: '劳动力', value: formatCount(data.labourForce), unit: '人', title: '16–60 岁有劳动能力的人数（期末）' },
    {
      label: '转移就业（期末）',
      value: formatCount(employed),
      unit: '人',
      detail: share === null ? undefined : `占劳动力 ${formatPercent(share)}`,
      title: `转移就业 ÷ 劳动力：${formatCount(employed)} / ${formatCount(data.labourForce)} 人`,
    },
    {
      label: '本期新增安置',
      value: formatCount(placementsOf(data)),
      unit: '人',
      deltas: compared.map((c) =>
        countDelta('新增安置', '人', placementsOf(data), placementsOf(c.data), c.cmp, currentLabel, {
          flow: true,
          higherIsBetter: true,
        }),
      ),
    },
    {
      label: '公益性岗位',
      value: formatCount(posts),
      unit: '个',
      title: `公益性岗位（期末在岗）：${
        breakdown(
          data.welfarePosts.map((p) => ({ code: p.code, n: p.count })),
          meta.welfarePostTypes,
          '个',
        ) || '无'
      }`,
    },
    { label: '自主创业', value: formatCount(data.selfEmployedHouseholds), unit: '户' },
    {
      label: '技能培训',
      value: formatCount(trainees),
      unit: '人次',
      detail: `${formatCount(sessions)} 期`,
      title: `技能培训：${
        breakdown(
          data.training.map((t) => ({ code: t.code, n: t.trainees })),
          meta.trainingCourses,
          '人次',
        ) || '无'
      }`,
    },
    {
      label: '零就业家庭 清零 / 认定',
      value: `${formatCount(cleared)} / ${formatCount(identified)}`,
      unit: '户',
      tone: cleared >= identified ? 'good' : 'warn',
      title: `本期认定零就业家庭 ${formatCount(identified)} 户，本期清零 ${formatCount(cleared)} 户。${ZERO_EMPLOYMENT_BALANCE}`,
    },
  ];
}
