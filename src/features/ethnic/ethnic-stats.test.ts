// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { testMeta } from '@/testing/render';
import { relocationCommunity, smallGrid } from '@/testing/fixtures/ethnic';
import { toEthnicStats } from './ethnic-stats';
import { toEthnicView } from './ethnic-view';

function breakdownView(meta = testMeta) {
  const view = toEthnicView(relocationCommunity, meta);
  if (view.kind !== 'breakdown') throw new Error('expected a breakdown');
  return view;
}

describe('toEthnicStats', () => {
  it('gives the minority share with its basis, the number of groups and the diversity index', () => {
    const stats = toEthnicStats(breakdownView());
    expect(stats.map((s) => [s.label, s.value, s.detail])).toEqual([
      ['常住人口', '1,881', undefined],
      ['少数民族占比', '66.0%', '1,241 / 1,881 人'],
      ['少数民族人口', '1,241', undefined],
      ['民族数', '9', undefined],
      ['多样性指数', '0.73', undefined],
    ]);
    expect(stats[1]?.title).toBe('少数民族占比 = 少数民族人口 ÷ 常住人口：1,241 / 1,881 人');
  });

  it('shows 不公开 for a withheld diversity index, and says why', () => {
    const stats = toEthnicStats({ ...breakdownView(), diversityIndex: { suppressed: true, reason: 'complementary' } });
    const diversity = stats.find((s) => s.label === '多样性指数');
    expect(diversity?.value).toBe('不公开');
    expect(diversity?.title).toMatch(/不公开.*1%/);
  });

  it('shows only the residents for a withheld unit', () => {
    expect(toEthnicStats(toEthnicView(smallGrid, testMeta)).map((s) => s.label)).toEqual(['常住人口']);
  });
});
