// @vitest-environment node
// Real ECharts layout (server-side rendering) at the sizes the destinations chart is shown at.
import { describe, expect, it } from 'vitest';
import { textWidth } from '@/components/chart/chart-size';
import { chartFontSizes, defaultChartTheme } from '@/lib/chart-theme';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import { employmentLabelled, toEmploymentOption } from './employment-options';

/** The demo county's year: tens of thousands in work, a few thousand new placements. */
const county = {
  ...relocationEmployment,
  employed: { outOfProvince: 11_484, inProvince: 35_028, inCounty: 51_670 },
  placements: { outOfProvince: 1_856, inProvince: 6_001, inCounty: 9_037 },
};

/**
 * Numbers whose box lies on a bar (a number stands above its own bar, so any bar is another's).
 * A number is as wide as the app measures it (textWidth, close to the screen's font), centred
 * where ECharts put it: zrender's own width table is narrower and hid 6,001 touching its
 * neighbour at 1100×800.
 */
function labelsOnBars(width: number, height: number, rem: number) {
  const theme = defaultChartTheme('dark', rem);
  const { texts, rects } = layOut(toEmploymentOption(county, theme, 't', { width, height }), width, height);
  const fs = chartFontSizes(theme);
  const numbers = texts
    .filter((t) => /^\d[\d,]*$/.test(t.text) && t.y > rem * 2)
    .map((t) => {
      const w = Math.max(t.width, textWidth(t.text, fs.xs));
      return { ...t, x: t.x + t.width / 2 - w / 2, width: w };
    });
  return numbers.flatMap((t) =>
    rects
      .filter((r) => r.height > 2)
      .filter((r) => Math.min(t.x + t.width, r.x + r.width) - Math.max(t.x, r.x) > 0.5)
      .filter((r) => Math.min(t.y + t.height, r.y + r.height) - Math.max(t.y, r.y) > 0.5)
      .map(() => `“${t.text}” on a bar`),
  );
}

describe('employment destinations at the sizes they are shown', () => {
  it.for(SHOWN_CELLS)('$where: no number on a bar or another number', ({ rem, employment: [width, height] }) => {
    const option = toEmploymentOption(county, defaultChartTheme('dark', rem), 't', { width, height });
    expect(collisions(layOut(option, width, height), width, height)).toEqual([]);
    expect(labelsOnBars(width, height, rem)).toEqual([]);
  });

  it('keeps the numbers on the bars of a 1080p big-screen cell, not in a projector cell', () => {
    expect(employmentLabelled(county, defaultChartTheme('dark', 16), { width: 281, height: 258 })).toBe(true);
    expect(employmentLabelled(county, defaultChartTheme('dark', 13), { width: 152, height: 114 })).toBe(false);
  });

  it.for(SHOWN_CELLS)(
    '$where: every destination named, value ticks at least two lines apart',
    ({ rem, employment }) => {
      const [width, height] = employment;
      const theme = defaultChartTheme('dark', rem);
      const { texts } = layOut(toEmploymentOption(county, theme, 't', { width, height }), width, height);
      const names = texts.map((t) => t.text);
      for (const d of ['省外', '省内县外', '县内']) expect(names, `${d} on the axis`).toContain(d);
      const ticks = texts.filter((t) => /^[\d.]+万?$/.test(t.text) && t.x < rem * 3).sort((a, b) => a.y - b.y);
      const gaps = ticks.slice(1).map((t, i) => t.y - ticks[i]!.y);
      expect(Math.min(...gaps), `tick pitch ${gaps.join(' ')}`).toBeGreaterThanOrEqual(rem * 0.75 * 2);
    },
  );
});
