// @vitest-environment node
// Real ECharts layout (server-side rendering) at the sizes the ring is shown at.
import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '@/lib/chart-theme';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import { toDisputesOption } from './disputes-options';

/** Shaped like the demo county's year: 3,942 resolved, two thirds in the grid. */
const county = { ...communityDisputes, resolvedByLevel: { grid: 2665, community: 899, town: 300, countyAndAbove: 78 } };
const CENTRE = ['3,942', '已化解（件）'];

describe('disputes ring at the sizes it is shown', () => {
  it.for(SHOWN_CELLS.flatMap((c) => (['dark', 'light'] as const).map((mode) => ({ ...c, mode }))))(
    '$where ($mode): legend off the ring, no label on another or outside',
    ({ rem, disputes: [width, height], mode }) => {
      const option = toDisputesOption(county, defaultChartTheme(mode, rem), '已化解纠纷', { width, height });
      const layout = layOut(option, width, height);
      expect(collisions(layout, width, height, CENTRE)).toEqual([]);
      // Every level is named, with its share (on a label or in the legend).
      const texts = layout.texts.map((t) => t.text).join(' ');
      for (const level of ['网格', '社区（村）', '乡镇（街道）', '县级及以上']) expect(texts).toContain(level);
      expect(texts).toContain('67.6%');
    },
  );

  it('keeps the total inside the hole of a 1080p big-screen cell', () => {
    const { texts, rings } = layOut(toDisputesOption(county, defaultChartTheme('dark', 16)), 281, 275);
    const figure = texts.find((t) => t.text === '3,942');
    const ring = rings[0];
    expect(figure && ring).toBeTruthy();
    if (!figure || !ring) return;
    const [cx, cy] = [figure.x + figure.width / 2, figure.y + figure.height / 2];
    expect(Math.hypot(cx - ring.cx, cy - ring.cy)).toBeLessThan(ring.r * 0.2);
  });
});
