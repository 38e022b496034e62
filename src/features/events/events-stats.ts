import type { Events } from '@/api/indicators';
import type { Compared } from '@/components/panel/compared';
import { countDelta } from '@/components/panel/delta';
import { rateStat, type Stat } from '@/components/panel/stats';
import { safeRate } from '@/lib/privacy';
import { formatCount } from '@/lib/format';

/**
 * Totals, and the three minority ratios — kept apart because they answer different questions:
 * share of attendances (人次/人次), share of residents (人/人), and coverage (people reached).
 */
export function toEventsStats(data: Events, compared: readonly Compared<Events>[] = [], currentLabel = ''): Stat[] {
  const eventsOf = (d: Events) => d.categories.reduce((s, c) => s + c.events, 0);
  const attendancesOf = (d: Events) => d.categories.reduce((s, c) => s + c.attendances, 0);
  const events = eventsOf(data);
  const attendances = attendancesOf(data);
  const deltas = (label: string, unit: string, of: (d: Events) => number) =>
    compared.map((c) =>
      countDelta(label, unit, of(data), of(c.data), c.cmp, currentLabel, { flow: true, higherIsBetter: true }),
    );
  return [
    { label: '活动场次', value: formatCount(events), unit: '场', deltas: deltas('活动场次', '场', eventsOf) },
    {
      label: '参与人次',
      value: formatCount(attendances),
      unit: '人次',
      deltas: deltas('参与人次', '人次', attendancesOf),
    },
    rateStat('少数民族参与占比（按人次）', data.minorityShareOfAttendances, '人次', '少数民族参与人次 ÷ 全部参与人次'),
    rateStat('少数民族人口占比（按人口）', safeRate(data.minorityShareOfResidents), '人', '少数民族人口 ÷ 常住人口'),
    rateStat(
      '少数民族覆盖率（参与人数）',
      safeRate(data.minorityCoverage),
      '人',
      '至少参加过一次活动的少数民族居民 ÷ 少数民族居民',
    ),
  ];
}
