// @vitest-environment node
// Pure functions: no DOM needed.
import type { PieSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { DisputesSchema } from '@/api/indicators';
import { testMeta } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { communityDisputes } from '@/testing/fixtures/disputes';
import {
  disputesFlowNote,
  disputesHaveUnreliable,
  disputesTooltip,
  isDisputesEmpty,
  toDisputesOption,
  toDisputesStats,
} from './disputes-options';

const theme = defaultChartTheme('dark', 16);

describe('toDisputesOption', () => {
  it('fixture parses with the contract', () => {
    expect(() => DisputesSchema.parse(communityDisputes)).not.toThrow();
  });

  it('draws resolved disputes by level, grid first, in ordered colours', () => {
    const option = toDisputesOption(communityDisputes, theme);
    const pie = (option.series as PieSeriesOption[])[0];
    expect((pie?.data as { name: string; value: number }[]).map((d) => [d.name, d.value])).toEqual([
      ['网格', 70],
      ['社区（村）', 30],
      ['乡镇（街道）', 8],
      ['县级及以上', 2],
    ]);
    expect(option.color).toEqual([...theme.sequential]);
    const titles = option.title as { text: string; show?: boolean }[];
    expect(titles[0]).toMatchObject({ show: false, text: '已化解纠纷按化解层级（件）' });
    expect(titles[1]?.text).toBe('110');
  });

  it('gives count, share and basis in the tooltip', () => {
    expect(disputesTooltip(communityDisputes, 0)).toBe(
      '<strong>网格化解</strong><br/>70 件，占已化解 63.6%（70 / 110 件）',
    );
    const option = toDisputesOption(communityDisputes, theme);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 3 })).toContain('县级及以上化解');
  });
});

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
    expect(stats[0]?.title).toBe('化解率 = 化解 ÷ 受理：110 / 120 件；目标 95.0%');
    expect(stats[4]?.tone).toBe('good');
    expect(disputesFlowNote(communityDisputes)).toBe('受理 120 件，办理中 8 件，上报上级 3 件');
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

  it('treats a period without any dispute or petition as empty', () => {
    expect(isDisputesEmpty(communityDisputes)).toBe(false);
    expect(
      isDisputesEmpty({
        ...communityDisputes,
        registered: 0,
        resolvedByLevel: { grid: 0, community: 0, town: 0, countyAndAbove: 0 },
        inProgress: 0,
        petitionsAboveCounty: 0,
      }),
    ).toBe(true);
  });
});
