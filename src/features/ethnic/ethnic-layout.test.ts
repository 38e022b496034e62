// @vitest-environment node
// Real ECharts layout (server-side rendering) at the sizes the ring is shown at.
import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '@/lib/chart-theme';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import { ethnicLayout, toEthnicOption } from './ethnic-options';
import type { EthnicView } from './ethnic-view';
import { COMPARE_WHAT, type CompareBar, toEthnicCompareOption } from './ethnic-compare';

/** Shaped like the demo county: 汉 two thirds, five minority groups and a fold of the rest. */
const GROUPS = [
  ['汉族', 239_700],
  ['彝族', 35_600],
  ['哈尼族', 20_500],
  ['傈僳族', 14_400],
  ['苗族', 13_000],
  ['傣族', 11_600],
  ['其他少数民族', 25_200],
] as const;
const county: Extract<EthnicView, { kind: 'breakdown' }> = {
  kind: 'breakdown',
  residents: 359_965,
  slices: GROUPS.map(([name, count]) => ({ name, count, codes: [name], members: [name], folded: false })),
  hidden: [],
  minority: 120_265,
  minorityShare: { numerator: 120_265, denominator: 359_965, value: 0.334 },
  groupsPresent: 20,
  diversityIndex: 0.54,
};

describe('ethnic ring at the sizes it is shown', () => {
  it.for(SHOWN_CELLS.flatMap((c) => (['dark', 'light'] as const).map((mode) => ({ ...c, mode }))))(
    '$where ($mode): no label on another, on the legend, on the ring or outside',
    ({ rem, ethnic: [width, height], mode }) => {
      const option = toEthnicOption(county, defaultChartTheme(mode, rem), '常住人口按民族构成', { width, height });
      expect(collisions(layOut(option, width, height), width, height)).toEqual([]);
    },
  );

  it('names every slice with its share in a projector cell (labels would not fit)', () => {
    const theme = defaultChartTheme('dark', 13);
    const option = toEthnicOption(county, theme, 't', { width: 182, height: 150 });
    const texts = layOut(option, 182, 150).texts.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['汉族 66.6%', '其他少数民族 7.0%']));
    expect(ethnicLayout(['汉族'], ['汉族 66.6%'], theme, { width: 182, height: 150 }).labels).toBe(false);
  });

  it('keeps outside labels in a 1080p big-screen cell', () => {
    const texts = layOut(toEthnicOption(county, defaultChartTheme('dark', 16)), 281, 275).texts.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['汉族', '66.6%']));
  });
});

describe('上级与同级 bars at the sizes they are shown', () => {
  // A town of the demo county beside the county and its seven sibling towns.
  const rate = (numerator: number, denominator: number) => ({ numerator, denominator, value: numerator / denominator });
  const names = ['碧溪彝族乡', '丰收乡', '龙潭镇', '南岭镇', '羊街镇', '吉祥镇', '新华街道', '七星街道'];
  const bars: CompareBar[] = [
    { code: '532398', name: '石榴县（上级）', rate: rate(120_361, 359_965), role: 'parent' },
    ...names.map((name, i) => ({
      code: `532398${100 + i}`,
      name,
      rate: rate(10_000 - i * 1_000, 14_000),
      role: i === 2 ? ('self' as const) : ('sibling' as const),
    })),
  ];
  it.for(SHOWN_CELLS.flatMap((c) => (['dark', 'light'] as const).map((mode) => ({ ...c, mode }))))(
    '$where ($mode): names, shares and axis apart and inside',
    ({ rem, ethnic: [width, height], mode }) => {
      const option = toEthnicCompareOption(bars, defaultChartTheme(mode, rem), COMPARE_WHAT);
      expect(collisions(layOut(option, width, height), width, height)).toEqual([]);
    },
  );
});
