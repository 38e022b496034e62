// @vitest-environment node
// Real ECharts layout (server-side rendering) at the sizes the bars are shown at.
import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '@/lib/chart-theme';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import type { EventRow } from './events-model';
import { eventsLayout, toEventsOption, toMinorityRatiosOption } from './events-options';
import { urbanEvents } from '@/testing/fixtures/events';

/** The demo county's year: attendances in the tens of thousands, events in the thousands. */
const rows: EventRow[] = [
  ['宣传教育', 71_948, 2_047],
  ['文化活动', 101_995, 1_694],
  ['法治宣传', 31_875, 1_059],
  ['志愿服务', 73_449, 4_096],
  ['党建活动', 46_768, 1_863],
  ['技能培训', 15_008, 680],
].map(([name, attendances, events], i) => ({
  code: `c${i}`,
  name: String(name),
  attendances: Number(attendances),
  events: Number(events),
  minorityAttendances: 0,
}));

describe('event bars at the sizes they are shown', () => {
  it.for(SHOWN_CELLS.flatMap((c) => (['dark', 'light'] as const).map((mode) => ({ ...c, mode }))))(
    '$where ($mode): no bar label on another, tick labels apart, nothing outside',
    ({ rem, events: [width, height], mode }) => {
      const theme = defaultChartTheme(mode, rem);
      const option = toEventsOption(rows, theme, '各类活动', { width, height });
      expect(collisions(layOut(option, width, height), width, height)).toEqual([]);
    },
  );

  it.for(SHOWN_CELLS)('$where: tick labels of the top (场次) axis evenly stepped, 2 em apart', ({ rem, events }) => {
    const [width, height] = events;
    const { texts } = layOut(
      toEventsOption(rows, defaultChartTheme('dark', rem), 't', { width, height }),
      width,
      height,
    );
    // The top axis's labels stand above the first band (the grid starts 1.6 rem down).
    const ticks = texts.filter((t) => t.y + t.height <= rem * 1.6 && /^[\d,.万]+$/.test(t.text));
    ticks.sort((a, b) => a.x - b.x);
    expect(ticks.length).toBeGreaterThan(1);
    const values = ticks.map((t) => Number(t.text.replace(/,/g, '')));
    // Evenly stepped: none dropped by ECharts' hideOverlap (0, 1,000, 3,000 reads as a broken scale).
    const steps = values.slice(1).map((v, i) => v - values[i]!);
    expect(new Set(steps).size, `top ticks ${values.join(' ')}`).toBe(1);
    const gaps = ticks.slice(1).map((t, i) => t.x - (ticks[i]!.x + ticks[i]!.width));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.round(rem * 0.75) * 2);
  });

  it('labels each bar where bars are a line of text apart, and none where they are not', () => {
    const theme = defaultChartTheme('dark', 16);
    expect(eventsLayout(rows, theme, { width: 281, height: 296 }).labelled).toBe(true);
    expect(eventsLayout(rows, defaultChartTheme('dark', 13), { width: 152, height: 181 }).labelled).toBe(false);
  });
});

describe('minority ratios at the size of a 1080p cell', () => {
  it('bars get most of the width: the long names stand above them, not beside', () => {
    const data = {
      ...urbanEvents,
      minorityShareOfAttendances: { numerator: 117_961, denominator: 341_043, value: 0.346 },
      minorityShareOfResidents: { numerator: 120_361, denominator: 359_965, value: 0.334 },
      minorityCoverage: { numerator: 53_010, denominator: 120_361, value: 0.44 },
    };
    const [width, height] = [281, 272];
    const layout = layOut(toMinorityRatiosOption(data, defaultChartTheme('dark', 16), 't'), width, height);
    expect(collisions(layout, width, height)).toEqual([]);
    // 44.0 % of a 0–100 % axis: the bar is at least a third of the chart's width.
    const widest = Math.max(...layout.rects.map((r) => r.width));
    expect(widest).toBeGreaterThan(width / 3);
  });
});

describe('minority ratios (少数民族 tab) at the sizes they are shown', () => {
  const data = {
    ...urbanEvents,
    minorityShareOfAttendances: { numerator: 118_305, denominator: 342_149, value: 0.346 },
    minorityShareOfResidents: { numerator: 120_361, denominator: 359_965, value: 0.334 },
    minorityCoverage: { numerator: 53_122, denominator: 120_361, value: 0.441 },
  };
  it.for(SHOWN_CELLS.flatMap((c) => (['dark', 'light'] as const).map((mode) => ({ ...c, mode }))))(
    '$where ($mode): names, values and axis apart and inside',
    ({ rem, events: [width, height], mode }) => {
      const option = toMinorityRatiosOption(data, defaultChartTheme(mode, rem), '少数民族参与占比');
      expect(collisions(layOut(option, width, height), width, height)).toEqual([]);
    },
  );
});
