// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { urbanEvents } from '@/testing/fixtures/events';
import { eventsHaveUnreliable } from './events-notes';
import { toEventsStats } from './events-stats';

describe('toEventsStats', () => {
  it('keeps the three minority ratios apart, each with its basis', () => {
    const stats = toEventsStats(urbanEvents);
    expect(stats.map((s) => [s.label, s.value, s.detail])).toEqual([
      ['活动场次', '68', undefined],
      ['参与人次', '2,000', undefined],
      ['少数民族参与占比（按人次）', '24.0%', '480 / 2,000 人次'],
      ['少数民族人口占比（按人口）', '23.4%', '1,650 / 7,056 人'],
      ['少数民族覆盖率（参与人数）', '24.8%', '410 / 1,650 人'],
    ]);
    expect(eventsHaveUnreliable(urbanEvents)).toBe(false);
  });

  it('shows withheld ratios as such and flags small denominators', () => {
    const stats = toEventsStats({
      ...urbanEvents,
      minorityShareOfResidents: { suppressed: true, reason: 'small-unit' },
      minorityCoverage: { numerator: 5, denominator: 12, value: 5 / 12 },
    });
    expect(stats[3]?.value).toBe('不公开');
    expect(stats[3]?.title).toContain('不足 50 人');
    expect(stats[4]?.value).toBe('41.7%*');
    expect(stats[4]?.title).toContain('仅供参考');
  });
});
