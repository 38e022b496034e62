import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import type { Compared } from '@/components/panel/compared';
import { countDelta, rateDelta } from '@/components/panel/delta';
import { rateStat, type Stat } from '@/components/panel/stats';
import { formatCount, formatPercent } from '@/lib/format';
import { isUnreliable } from '@/lib/privacy';

/** Resolution rate against the target, the two "不出" rates, speed, and petitions (goal 0). */
export function toDisputesStats(
  data: Disputes,
  meta: Pick<Meta, 'resolutionTarget'>,
  compared: readonly Compared<Disputes>[] = [],
  currentLabel = '',
): Stat[] {
  const rateDeltas = (label: string, pick: (d: Disputes) => Disputes['resolutionRate']) =>
    compared.map((c) => rateDelta(label, '件', pick(data), pick(c.data), c.cmp, currentLabel, true));
  const target = meta.resolutionTarget;
  const rate = rateStat('化解率', data.resolutionRate, '件', '本期化解 ÷ 本期受理');
  const reached = data.resolutionRate.value !== null && data.resolutionRate.value >= target;
  const days = data.medianDaysToResolve;
  return [
    {
      ...rate,
      title: `${rate.title ?? ''}；目标 ${formatPercent(target)}`,
      tone:
        data.resolutionRate.value === null || isUnreliable(data.resolutionRate) ? undefined : reached ? 'good' : 'warn',
      deltas: rateDeltas('化解率', (d) => d.resolutionRate),
    },
    {
      ...rateStat('小事不出网格', data.resolvedInGrid, '件', '网格化解 ÷ 已化解'),
      deltas: rateDeltas('小事不出网格', (d) => d.resolvedInGrid),
    },
    {
      ...rateStat('大事不出社区', data.resolvedInCommunity, '件', '社区（村）及网格化解 ÷ 已化解'),
      deltas: rateDeltas('大事不出社区', (d) => d.resolvedInCommunity),
    },
    {
      label: '化解用时（中位数）',
      value: days === null ? '—' : days.toFixed(1),
      unit: days === null ? undefined : '天',
      title: days === null ? '本期没有已化解的纠纷' : '本期化解的纠纷从受理到化解所用天数的中位数',
    },
    {
      label: '越级上访',
      value: formatCount(data.petitionsAboveCounty),
      unit: '件',
      tone: data.petitionsAboveCounty === 0 ? 'good' : 'bad',
      title: '本期到县级以上的越级上访，目标为 0',
      deltas: compared.map((c) =>
        countDelta('越级上访', '件', data.petitionsAboveCounty, c.data.petitionsAboveCounty, c.cmp, currentLabel, {
          flow: true,
          higherIsBetter: false,
        }),
      ),
    },
  ];
}
