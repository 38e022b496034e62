// @vitest-environment node
// Real ECharts layout (server-side rendering) at the sizes the ring is shown at.
import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '@/lib/chart-theme';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import { ethnicLayout, toEthnicOption } from './ethnic-options';
import type { EthnicView } from './ethnic-view';

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
