// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { testMeta } from '@/testing/render';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { toEmploymentStats } from './employment-stats';

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
    // The hover says how cleared can exceed identified (the balance of open households).
    expect(stats[6]?.title).toContain('期初未清零 + 本期认定 − 本期清零 = 期末未清零');
  });
});
