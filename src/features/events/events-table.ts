import type { Events } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import type { Compared } from '@/components/panel/compared';
import {
  comparisonRows,
  count,
  percent,
  RATE_COLUMNS,
  rateOf,
  rateRow,
  suppressedCell,
  text,
  type TableModel,
} from '@/components/table/table-model';
import { isSuppressed, isUnreliable, safeRate, SUPPRESSED_EXPLANATION, UNRELIABLE_REMARK } from '@/lib/privacy';
import { isSmallUnitEvents, toEventRows, withEthnicRule } from './events-model';

export const EVENTS_TABLE_TITLE = '活动参与';

/** Every number behind the events panel: the three minority ratios with their bases, and each category. */
export function toEventsTable(
  answer: Events,
  meta: Pick<Meta, 'eventCategories'>,
  currentLabel = '',
  compared: readonly Compared<Events>[] = [],
): TableModel {
  const data = withEthnicRule(answer);
  const rows = toEventRows(data, meta);
  return {
    title: EVENTS_TABLE_TITLE,
    sections: [
      {
        title: '与上期、上年同期比较',
        columns: ['统计期', '活动场次（场）', '参与人次（人次）', '少数民族参与占比（按人次）', '说明'],
        rows: comparisonRows(currentLabel, data, compared, (d) => [
          count(d.categories.reduce((s, c) => s + c.events, 0)),
          count(d.categories.reduce((s, c) => s + c.attendances, 0)),
          isSuppressed(d.minorityShareOfAttendances)
            ? suppressedCell(d.minorityShareOfAttendances)
            : percent(d.minorityShareOfAttendances.value),
        ]),
      },
      {
        title: '少数民族参与',
        columns: RATE_COLUMNS,
        rows: [
          rateRow('少数民族参与占比（按人次）', data.minorityShareOfAttendances, '少数民族参与人次 ÷ 全部参与人次'),
          rateRow(
            '少数民族人口占比（按人口）',
            safeRate(data.minorityShareOfResidents),
            '少数民族人口 ÷ 常住人口（人）',
          ),
          rateRow(
            '少数民族覆盖率（参与人数）',
            safeRate(data.minorityCoverage),
            '至少参加过一次活动的少数民族居民 ÷ 少数民族居民（人）',
          ),
        ],
      },
      {
        title: '按活动类别',
        columns: ['类别', '活动（场）', '参与（人次）', '少数民族参与（人次）', '少数民族参与占比', '说明'],
        rows: rows.map((r) => {
          const minority = r.minorityAttendances;
          if (isSuppressed(minority)) {
            const hidden = suppressedCell(minority);
            return [text(r.name), count(r.events), count(r.attendances), hidden, hidden, text('按隐私规则不公开')];
          }
          const share = rateOf(minority, r.attendances);
          return [
            text(r.name),
            count(r.events),
            count(r.attendances),
            count(minority),
            percent(share.value),
            text(isUnreliable(share) ? UNRELIABLE_REMARK : ''),
          ];
        }),
      },
    ],
    notes: [
      '参与占比按人次计算，人口占比与覆盖率按人数计算，二者口径不同，不可直接相减。',
      ...(isSmallUnitEvents(data) ? [SUPPRESSED_EXPLANATION['small-unit']] : []),
    ],
  };
}
