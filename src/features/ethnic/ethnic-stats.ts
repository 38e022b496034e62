import { rateStat, type Stat } from '@/components/panel/stats';
import { formatCount, formatSuppressibleCount } from '@/lib/format';
import { isSuppressed, SUPPRESSED_LABEL } from '@/lib/privacy';
import { DIVERSITY_DIGITS, type EthnicView } from './ethnic-view';

/** The exact figures beside the ring. */
export function toEthnicStats(view: EthnicView): Stat[] {
  const residents: Stat = { label: '常住人口', value: formatCount(view.residents), unit: '人' };
  if (view.kind === 'withheld') return [residents];
  return [
    residents,
    rateStat('少数民族占比', view.minorityShare, '人', '少数民族人口 ÷ 常住人口'),
    {
      label: '少数民族人口',
      value: formatSuppressibleCount(view.minority),
      unit: typeof view.minority === 'number' ? '人' : undefined,
    },
    {
      label: '民族数',
      value: formatCount(view.groupsPresent),
      unit: '个',
      title: '有常住人口的民族个数（含人数未公开的民族）',
    },
    {
      label: '多样性指数',
      value: isSuppressed(view.diversityIndex)
        ? SUPPRESSED_LABEL[view.diversityIndex.reason]
        : view.diversityIndex.toFixed(DIVERSITY_DIGITS),
      title: isSuppressed(view.diversityIndex)
        ? '多样性指数不公开：未公开人数的民族合计占常住人口 1% 以上，由指数可反推其人数'
        : '多样性指数 = 1 − Σpᵢ²（pᵢ 为各民族人口占比）：0 表示单一民族，越接近 1 越多样',
    },
  ];
}
