// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { testMeta } from '@/testing/render';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { disputesFlowNote, disputesHaveUnreliable } from './disputes-notes';
import { disputesTooltip } from './disputes-options';
import { toDisputesStats } from './disputes-stats';

describe('toDisputesStats', () => {
  it('lists the resolution rate with its basis, the two 不出 rates, speed and petitions', () => {
    const stats = toDisputesStats(communityDisputes, testMeta);
    expect(stats.map((s) => [s.label, s.value, s.detail ?? s.unit])).toEqual([
      ['化解率', '91.7%', '110 / 120 件'],
      ['小事不出网格', '63.6%', '70 / 110 件'],
      ['大事不出社区', '90.9%', '100 / 110 件'],
      ['化解用时（中位数）', '4.5', '天'],
      ['越级上访', '0', '件'],
    ]);
    // Below the 95 % target: a warning colour, and the target on hover.
    expect(stats[0]?.tone).toBe('warn');
    expect(stats[0]?.title).toBe('化解率 = 本期化解 ÷ 本期受理：110 / 120 件；目标 95.0%');
    expect(stats[4]?.tone).toBe('good');
    // 受理, 化解 and 上报上级 are flows of the period; 办理中 is the stock on its last day.
    expect(disputesFlowNote(communityDisputes, '9月30日')).toBe(
      '本期受理 120 件、化解 110 件、上报上级 3 件；截至期末（9月30日）办理中 8 件',
    );
  });

  it('shows — when nothing was resolved, marks small denominators, and flags petitions', () => {
    const quiet = {
      ...communityDisputes,
      registered: 6,
      resolvedByLevel: { grid: 3, community: 1, town: 0, countyAndAbove: 0 },
      resolutionRate: { numerator: 4, denominator: 6, value: 4 / 6 },
      resolvedInGrid: { numerator: 3, denominator: 4, value: 0.75 },
      resolvedInCommunity: { numerator: 4, denominator: 4, value: 1 },
      medianDaysToResolve: null,
      petitionsAboveCounty: 1,
    };
    const stats = toDisputesStats(quiet, testMeta);
    expect(stats.map((s) => s.value)).toEqual(['66.7%*', '75.0%*', '100.0%*', '—', '1']);
    expect(stats[0]?.tone).toBeUndefined();
    expect(stats[4]?.tone).toBe('bad');
    expect(disputesHaveUnreliable(quiet)).toBe(true);
    expect(disputesTooltip(quiet, 0)).toContain('75.0%*');
  });
});
