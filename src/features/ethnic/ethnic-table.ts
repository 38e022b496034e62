import {
  count,
  percent,
  RATE_COLUMNS,
  rateRow,
  num,
  suppressedCell,
  text,
  type TableModel,
} from '@/components/table/table-model';
import { isSuppressed, SUPPRESSED_EXPLANATION } from '@/lib/privacy';
import { DIVERSITY_DIGITS, type EthnicView } from './ethnic-view';

const roundTo = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export const ETHNIC_TABLE_TITLE = '民族构成';

/**
 * Every number behind the ethnic panel, after the client-side privacy rule: published groups
 * with count and share of residents, withheld groups kept as rows marked as withheld.
 */
export function toEthnicTable(view: EthnicView): TableModel {
  if (view.kind === 'withheld') {
    return {
      title: ETHNIC_TABLE_TITLE,
      sections: [
        { title: '常住人口', columns: ['项目', '数值'], rows: [[text('常住人口（人）'), count(view.residents)]] },
      ],
      notes: [view.message],
    };
  }
  const groupRows = [
    ...view.slices.flatMap((s) =>
      s.folded
        ? [
            [
              text(`${s.name}（${s.members.join('、')}）`),
              count(s.count),
              percent(s.count / view.residents),
              count(view.residents),
            ],
          ]
        : [[text(s.name), count(s.count), percent(s.count / view.residents), count(view.residents)]],
    ),
    ...view.hidden.map((h) => [
      text(h.name),
      suppressedCell({ suppressed: true, reason: h.reason }),
      suppressedCell({ suppressed: true, reason: h.reason }),
      count(view.residents),
    ]),
  ];
  return {
    title: ETHNIC_TABLE_TITLE,
    sections: [
      {
        title: '少数民族占比',
        columns: RATE_COLUMNS,
        rows: [rateRow('少数民族占比', view.minorityShare, '少数民族人口 ÷ 常住人口（人）')],
      },
      {
        title: '按民族',
        columns: ['民族', '人数（人）', '占常住人口', '常住人口（人）'],
        rows: groupRows,
      },
      {
        title: '其他',
        columns: ['项目', '数值'],
        rows: [
          [text('常住人口（人）'), count(view.residents)],
          [
            text('少数民族人口（人）'),
            isSuppressed(view.minority) ? suppressedCell(view.minority) : count(view.minority),
          ],
          [text('民族数（个）'), count(view.groupsPresent)],
          [
            text('多样性指数 1 − Σpᵢ²'),
            isSuppressed(view.diversityIndex)
              ? suppressedCell(view.diversityIndex)
              : // Rounded in the model too: the .xlsx export keeps a cell's value, not its text.
                num(roundTo(view.diversityIndex, DIVERSITY_DIGITS), DIVERSITY_DIGITS),
          ],
        ],
      },
    ],
    notes: [
      `标为“隐私保护”的单元格按隐私规则不公开：${SUPPRESSED_EXPLANATION['small-count']}；${SUPPRESSED_EXPLANATION.complementary}。`,
    ],
  };
}
