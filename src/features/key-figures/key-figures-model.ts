import type { Summary } from '@/api/indicators';
import type { Compared } from '@/components/panel/compared';
import { countDelta, rateDelta, type Delta } from '@/components/panel/delta';
import { formatBasis, formatCompact, formatCount, formatRate } from '@/lib/format';
import { isSuppressed, safeMinorityShare, SUPPRESSED_EXPLANATION } from '@/lib/privacy';

export interface Figure {
  label: string;
  value: string;
  unit?: string;
  /** Exact numbers behind the figure, shown on hover and to screen readers. */
  detail: string;
  sub?: string;
  /** 同比 / 环比 with arrows; both values and both periods in each delta's title. */
  deltas?: Delta[];
}

/** Pure: the strip's figures from a summary. Exact values go in `detail`. */
export function toKeyFigures(s: Summary, compared: readonly Compared<Summary>[] = [], currentLabel = ''): Figure[] {
  // The privacy rule, again on the client: no share for a small unit nor on a numerator of 1–4.
  const minority = safeMinorityShare(s.residents, s.minorityShare);
  const counts = (label: string, unit: string, of: (x: Summary) => number, flow: boolean) =>
    compared.map((c) =>
      countDelta(label, unit, of(s), of(c.data), c.cmp, currentLabel, { flow, higherIsBetter: true }),
    );
  return [
    {
      label: '常住人口',
      value: formatCompact(s.residents),
      unit: '人',
      detail: `${formatCount(s.residents)} 人，${formatCount(s.households)} 户`,
      sub: `${formatCount(s.households)} 户`,
      deltas: compared.map((c) =>
        countDelta('常住人口', '人', s.residents, c.data.residents, c.cmp, currentLabel, {
          flow: false,
          higherIsBetter: null,
        }),
      ),
    },
    {
      label: '少数民族占比',
      value: formatRate(minority),
      detail: isSuppressed(minority) ? SUPPRESSED_EXPLANATION[minority.reason] : `少数民族 ${formatBasis(minority)} 人`,
      sub: isSuppressed(minority) ? '不公开' : `${formatCount(minority.numerator)} 人`,
    },
    {
      label: '网格 / 网格员',
      value: `${formatCount(s.grids)}`,
      unit: '个',
      detail: `网格 ${formatCount(s.grids)} 个；网格长 ${formatCount(s.gridHeads)} 人；专职网格员 ${formatCount(s.gridWorkersFullTime)} 人，兼职 ${formatCount(s.gridWorkersPartTime)} 人`,
      sub: `专职 ${formatCount(s.gridWorkersFullTime)} · 兼职 ${formatCount(s.gridWorkersPartTime)}`,
    },
    {
      label: '转移就业',
      value: formatCompact(s.employed),
      unit: '人',
      detail: `期末转移就业 ${formatCount(s.employed)} 人；本期新增安置 ${formatCount(s.placements)} 人`,
      sub: `本期新增 ${formatCount(s.placements)} 人`,
      deltas: counts('期末转移就业', '人', (x) => x.employed, false),
    },
    {
      label: '活动场次 / 参与',
      value: formatCount(s.events),
      unit: '场',
      detail: `活动 ${formatCount(s.events)} 场，参与 ${formatCount(s.attendances)} 人次`,
      sub: `${formatCompact(s.attendances)} 人次`,
      deltas: counts('活动场次', '场', (x) => x.events, true),
    },
    {
      label: '纠纷化解率',
      value: formatRate(s.disputeResolution),
      detail: `本期化解 / 本期受理：${formatBasis(s.disputeResolution)} 件`,
      sub: `${formatBasis(s.disputeResolution)} 件`,
      deltas: compared.map((c) =>
        rateDelta('纠纷化解率', '件', s.disputeResolution, c.data.disputeResolution, c.cmp, currentLabel, true),
      ),
    },
  ];
}
