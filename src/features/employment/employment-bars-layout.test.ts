// @vitest-environment node
// Real ECharts layout (server-side rendering) of the 公益岗位, 培训 and 零就业 bars at the sizes
// they are shown at (the panel's other tabs, same cell as the destinations chart).
import { describe, expect, it } from 'vitest';
import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { defaultChartTheme } from '@/lib/chart-theme';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { collisions, layOut, SHOWN_CELLS } from '@/testing/chart-layout';
import { TRAINING_COURSES, WELFARE_POST_TYPES } from '@mocks/generator/categories';
import { toTrainingOption, toWelfarePostsOption, toZeroEmploymentOption } from './employment-options';

/** The demo county's year: hundreds of posts per type, thousands of trainees in ~100 sessions. */
const county: Employment = {
  ...relocationEmployment,
  welfarePosts: [
    { code: 'cleaning', count: 701 },
    { code: 'patrol', count: 243 },
    { code: 'forest', count: 207 },
    { code: 'service', count: 244 },
    { code: 'elderly', count: 154 },
    { code: 'road', count: 113 },
  ],
  training: [
    { code: 'housekeeping', sessions: 162, trainees: 4_121 },
    { code: 'ecommerce', sessions: 206, trainees: 5_176 },
    { code: 'embroidery', sessions: 89, trainees: 2_302 },
    { code: 'catering', sessions: 120, trainees: 2_969 },
    { code: 'electrician', sessions: 100, trainees: 2_576 },
    { code: 'farming', sessions: 164, trainees: 4_095 },
  ],
  zeroEmployment: { identified: 238, cleared: 239 },
};
// The generator's own post types and courses, so the names are the demo's.
const meta: Pick<Meta, 'welfarePostTypes' | 'trainingCourses'> = {
  welfarePostTypes: [...WELFARE_POST_TYPES],
  trainingCourses: [...TRAINING_COURSES],
};

const CHARTS = {
  posts: (theme: ReturnType<typeof defaultChartTheme>, size: { width: number; height: number }) =>
    toWelfarePostsOption(county, meta, theme, '公益性岗位按类型（个）', size),
  training: (theme: ReturnType<typeof defaultChartTheme>, size: { width: number; height: number }) =>
    toTrainingOption(county, meta, theme, '技能培训按课程', size),
  zero: (theme: ReturnType<typeof defaultChartTheme>, size: { width: number; height: number }) =>
    toZeroEmploymentOption(county, theme, '零就业家庭认定与清零（户）', size),
};

const cases = SHOWN_CELLS.flatMap((c) =>
  (['dark', 'light'] as const).flatMap((mode) =>
    (Object.keys(CHARTS) as (keyof typeof CHARTS)[]).map((chart) => ({ ...c, mode, chart })),
  ),
);

describe('employment category bars at the sizes they are shown', () => {
  it.for(cases)('$where ($mode) $chart: no text on another or outside', ({ rem, employment, mode, chart }) => {
    const [width, height] = employment;
    const option = CHARTS[chart](defaultChartTheme(mode, rem), { width, height });
    expect(collisions(layOut(option, width, height), width, height)).toEqual([]);
  });

  it.for(SHOWN_CELLS)('$where: trainees and sessions each on a scale of their own', ({ rem, employment }) => {
    const [width, height] = employment;
    const theme = defaultChartTheme('dark', rem);
    const { rects } = layOut(CHARTS.training(theme, { width, height }), width, height);
    // The longest bar of each series: 162 sessions beside 5,176 trainees on one axis was a sliver.
    const longest = (fill: string) =>
      Math.max(0, ...rects.filter((r) => r.fill === fill && r.height > 2 && r.width > 0).map((r) => r.width));
    const [trainees, sessions] = [longest(theme.pair[0]), longest(theme.pair[1])];
    expect(trainees).toBeGreaterThan(0);
    expect(sessions, `sessions ${sessions} px, trainees ${trainees} px`).toBeGreaterThan(trainees * 0.5);
  });
});
