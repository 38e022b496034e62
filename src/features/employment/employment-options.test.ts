// @vitest-environment node
// Pure functions: no DOM needed.
import type { BarSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { EmploymentSchema } from '@/api/indicators';
import { testMeta } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { relocationEmployment } from '@/testing/fixtures/employment';
import {
  employmentTooltip,
  isEmploymentEmpty,
  jobFairNote,
  toEmploymentOption,
  toEmploymentStats,
} from './employment-options';

const theme = defaultChartTheme('light', 16);

describe('toEmploymentOption', () => {
  it('fixture parses with the contract', () => {
    expect(() => EmploymentSchema.parse(relocationEmployment)).not.toThrow();
  });

  it('draws employed and placements by destination, 省外 / 省内县外 / 县内', () => {
    const option = toEmploymentOption(relocationEmployment, theme);
    expect((option.xAxis as { data: string[] }).data).toEqual(['省外', '省内县外', '县内']);
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['期末在岗', [91, 432, 328]],
      ['本期新增', [6, 14, 9]],
    ]);
    // Light (projector/print) theme: decal patterns keep the two series apart in greyscale.
    expect(option.aria).toEqual({ enabled: true, decal: { show: true } });
  });

  it('gives exact counts in the tooltip', () => {
    expect(employmentTooltip(relocationEmployment, 1)).toBe(
      '<strong>省内县外</strong><br/>期末在岗 432 人<br/>本期新增安置 14 人',
    );
  });
});

describe('toEmploymentStats', () => {
  it('lists labour force, welfare posts, self-employed, training and zero-employment households', () => {
    const stats = toEmploymentStats(relocationEmployment, testMeta);
    expect(stats.map((s) => [s.label, s.value, s.unit])).toEqual([
      ['劳动力', '1,120', '人'],
      ['转移就业（期末）', '851', '人'],
      ['本期新增安置', '29', '人'],
      ['公益性岗位', '55', '个'],
      ['自主创业', '37', '户'],
      ['技能培训', '236', '人次'],
      ['零就业家庭 清零 / 认定', '2 / 3', '户'],
    ]);
    expect(stats[1]?.detail).toBe('占劳动力 76.0%');
    expect(stats[3]?.title).toBe('公益性岗位（期末在岗）：保洁 30 个；治安巡逻 15 个；养老护理 10 个');
    expect(stats[6]?.tone).toBe('warn');
  });

  it('notes job fairs and recognises an empty period', () => {
    expect(jobFairNote(relocationEmployment)).toBe('招聘会 1 场：参会企业 82 家，提供岗位 800 个');
    expect(isEmploymentEmpty(relocationEmployment)).toBe(false);
    const zero = { outOfProvince: 0, inProvince: 0, inCounty: 0 };
    expect(
      isEmploymentEmpty({
        ...relocationEmployment,
        labourForce: 0,
        employed: zero,
        placements: zero,
        welfarePosts: [],
        selfEmployedHouseholds: 0,
        training: [],
        zeroEmployment: { identified: 0, cleared: 0 },
      }),
    ).toBe(true);
  });
});
