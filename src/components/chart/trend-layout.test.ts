// @vitest-environment node
// Real ECharts layout (server-side rendering) of the 月度 tabs at the sizes they are shown at:
// employment's monthly placements (bars) and events' monthly events and attendances (bars and
// a line on two axes), 13 months with the running one.
import { describe, expect, it } from 'vitest';
import type { Series } from '@/api/indicators';
import { defaultChartTheme } from '@/lib/chart-theme';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import { toMonthlyOption, type TrendLine } from './trend-option';

const months = ['2025-12', ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)];
const count = (n: number) => ({ numerator: n, denominator: 1, value: n });
const series: Series = {
  code: '532398',
  months,
  series: {
    placements: months.map((_, i) =>
      count([950, 2_850, 4_050, 1_600, 1_100, 1_050, 1_080, 1_050, 1_130, 1_120, 940, 60, 30][i]!),
    ),
    events: months.map((_, i) => count(900 + ((i * 37) % 400))),
    attendances: months.map((_, i) => count(26_000 + ((i * 2_900) % 12_000))),
  },
};
const partial = { month: '2026-12', days: 2, label: '截至12月2日' };
const PLACEMENTS: TrendLine[] = [{ id: 'placements', name: '新增安置', unit: '人', as: 'bar' }];
const EVENTS: TrendLine[] = [
  { id: 'events', name: '活动', unit: '场', as: 'bar' },
  { id: 'attendances', name: '参与', unit: '人次', as: 'line' },
];

describe('monthly trends at the sizes they are shown', () => {
  it.for(SHOWN_CELLS.flatMap((c) => (['dark', 'light'] as const).map((mode) => ({ ...c, mode }))))(
    '$where ($mode): month and value labels apart and inside',
    ({ rem, employment, events, mode }) => {
      const theme = defaultChartTheme(mode, rem);
      for (const [lines, [width, height]] of [
        [PLACEMENTS, employment],
        [EVENTS, events],
      ] as const) {
        const option = toMonthlyOption('每月', series, lines, theme, partial);
        expect(collisions(layOut(option, width, height), width, height), lines[0]!.name).toEqual([]);
      }
    },
  );
});
