import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import type { Compared } from '@/components/panel/compared';
import {
  count,
  num,
  percent,
  RATE_COLUMNS,
  rateOf,
  rateRow,
  text,
  type Cell,
  type TableModel,
} from '@/components/table/table-model';
import { isUnreliable, UNRELIABLE_REMARK } from '@/lib/privacy';
import { disputeCategoryRows, LEVELS, resolvedTotal } from './disputes-model';

export const DISPUTES_TABLE_TITLE = '矛盾纠纷化解';

/** The resolution rate of a period with its counts, as one comparison row. */
function periodRow(label: string, d: Disputes, note: string): Cell[] {
  const r = d.resolutionRate;
  return [
    text(label),
    count(d.registered),
    count(resolvedTotal(d)),
    percent(r.value),
    text([isUnreliable(r) ? UNRELIABLE_REMARK : '', note].filter(Boolean).join('；')),
  ];
}

/**
 * Every number the disputes panel shows: rates with numerator and denominator, the flow, the
 * levels, the categories, and the same rate in the comparison periods with their counts.
 */
export function toDisputesTable(
  data: Disputes,
  meta: Pick<Meta, 'disputeCategories' | 'resolutionTarget'>,
  currentLabel: string,
  compared: readonly Compared<Disputes>[] = [],
): TableModel {
  const resolved = resolvedTotal(data);
  return {
    title: DISPUTES_TABLE_TITLE,
    sections: [
      {
        title: '化解率',
        columns: RATE_COLUMNS,
        rows: [
          rateRow('化解率', data.resolutionRate, '本期化解 ÷ 本期受理（件）'),
          rateRow('小事不出网格', data.resolvedInGrid, '网格化解 ÷ 已化解（件）'),
          rateRow('大事不出社区', data.resolvedInCommunity, '社区（村）及网格化解 ÷ 已化解（件）'),
        ],
      },
      {
        title: '与上期、上年同期比较（化解率）',
        columns: ['统计期', '受理（件）', '化解（件）', '化解率', '说明'],
        rows: [
          periodRow(`本期 ${currentLabel}`, data, ''),
          ...compared.map((c) => periodRow(`${c.cmp.name} ${c.cmp.label}`, c.data, c.cmp.note)),
        ],
      },
      {
        title: '办理情况',
        columns: ['项目', '数值', '单位'],
        rows: [
          // Flows say 本期, the one stock says 期末 (docs/indicators.md, "Stocks and flows").
          [text('本期受理'), count(data.registered), text('件')],
          [text('本期化解'), count(resolved), text('件')],
          [text('期末办理中'), count(data.inProgress), text('件')],
          [text('本期上报上级'), count(data.escalated), text('件')],
          [text('化解用时中位数'), num(data.medianDaysToResolve, 1), text('天')],
          [text('本期越级上访'), count(data.petitionsAboveCounty), text('件')],
          [text('化解率目标'), percent(meta.resolutionTarget), text('%')],
        ],
      },
      {
        title: '按化解层级',
        columns: ['化解层级', '化解（件）', '占已化解', '分母（已化解）'],
        rows: LEVELS.map((l) => {
          const n = data.resolvedByLevel[l.key];
          return [text(l.label), count(n), percent(rateOf(n, resolved).value), count(resolved)];
        }),
      },
      {
        title: '按纠纷类别',
        columns: ['类别', '本期受理（件）', '本期化解（件）', '化解率', '说明'],
        rows: disputeCategoryRows(data, meta).map((r) => {
          const rate = rateOf(r.resolved, r.registered);
          return [
            text(r.name),
            count(r.registered),
            count(r.resolved),
            percent(rate.value),
            text(isUnreliable(rate) ? UNRELIABLE_REMARK : ''),
          ];
        }),
      },
    ],
    notes: [
      '化解率 = 化解 ÷ 受理；小事不出网格 = 网格化解 ÷ 已化解；大事不出社区 = 社区（村）及网格化解 ÷ 已化解。',
      '受理、化解、上报上级、越级上访为本期累计；办理中为期末存量（统计期最后一天仍在办理的件数，含本期以前受理的），故化解与办理中之和不必等于受理。',
      '当月数据未满月时，比较期的件数按天数折算后计算变化率（估算）；比率直接比较。',
    ],
  };
}
