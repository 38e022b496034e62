// @vitest-environment node
// Pure functions: no DOM needed.
import type { BarSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { EventsSchema } from '@/api/indicators';
import { HOSTILE_NAME, testMeta } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { urbanEvents } from '@/testing/fixtures/events';
import { toEventRows } from './events-model';
import { eventsTooltip, toEventsOption } from './events-options';

const theme = defaultChartTheme('dark', 16);

describe('toEventsOption', () => {
  it('fixture parses with the contract', () => {
    expect(() => EventsSchema.parse(urbanEvents)).not.toThrow();
  });

  it('draws attendances and events per category in meta order, on two axes', () => {
    const option = toEventsOption(toEventRows(urbanEvents, testMeta), theme);
    expect((option.yAxis as { data: string[] }).data).toEqual([
      '宣传教育',
      '文化活动',
      '法治宣传',
      '志愿服务',
      '党建活动',
      '技能培训',
    ]);
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => [s.name, s.xAxisIndex, s.data])).toEqual([
      ['参与人次', 0, [620, 540, 210, 380, 160, 90]],
      ['活动场次', 1, [18, 12, 6, 20, 8, 4]],
    ]);
    // Each axis is coloured like its series: 人次 at the bottom, 场次 on top.
    const axes = option.xAxis as { position: string; axisLabel: { color: string } }[];
    expect(axes.map((a) => [a.position, a.axisLabel.color])).toEqual([
      ['bottom', theme.pair[0]],
      ['top', theme.pair[1]],
    ]);
  });

  it('escapes category names in the tooltip', () => {
    const meta = { ...testMeta, eventCategories: [{ code: 'culture', name: HOSTILE_NAME }] };
    const rows = toEventRows(urbanEvents, meta);
    const option = toEventsOption(rows, theme);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 0 }]);
    expect(html).toBe(
      '<strong>&lt;img src=x onerror=alert(1)&gt;</strong><br/>活动 12 场，参与 540 人次<br/>其中少数民族 160 人次（29.6%）',
    );
  });

  it('marks a category share with a denominator under 20 as unreliable', () => {
    const row = { code: 'x', name: '小型活动', events: 1, attendances: 8, minorityAttendances: 2 };
    expect(eventsTooltip(row)).toContain('其中少数民族 2 人次（25.0%*）');
  });
});
