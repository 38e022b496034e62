import { describe, expect, it } from 'vitest';
import type { MetricValue } from '@/api/indicators';
import { toRankingRows, type RankingMetric } from './ranking-model';

const share: RankingMetric = { id: 'minorityShare', name: '少数民族人口占比', kind: 'share', unit: '%' };
const rate = (numerator: number, denominator: number): MetricValue => ({
  numerator,
  denominator,
  value: denominator > 0 ? numerator / denominator : null,
});
const children = ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => ({ code: c, name: `区域${c}` }));

describe('toRankingRows', () => {
  const values = new Map<string, MetricValue>([
    ['a', rate(10, 100)],
    ['b', { suppressed: true, reason: 'small-unit' }],
    ['c', rate(50, 100)],
    ['d', rate(5, 10)],
    ['e', rate(0, 0)],
  ]);
  const rows = toRankingRows(share, children, values);

  it('ranks values largest first with shared ranks for ties', () => {
    expect(rows.map((r) => r.code)).toEqual(['c', 'd', 'a', 'b', 'e', 'f']);
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3, null, null, null]);
    expect(rows[0]!.bar).toBe(1);
    expect(rows[2]!.bar).toBeCloseTo(0.2);
  });

  it('shows the basis, marks small denominators, and never turns a withheld value into 0', () => {
    expect(rows[0]).toMatchObject({ valueText: '50.0%', basis: '50 / 100', status: 'ok' });
    expect(rows[1]).toMatchObject({ valueText: '50.0%*', status: 'unreliable' });
    expect(rows[3]).toMatchObject({ valueText: '不公开', status: 'suppressed', value: null, bar: 0 });
    expect(rows[4]).toMatchObject({ valueText: '无数据', status: 'no-data', note: '分母为 0，无法计算' });
    expect(rows[5]).toMatchObject({ valueText: '无数据', status: 'no-data', basis: null });
  });

  it('writes counts with their unit and no basis', () => {
    const count: RankingMetric = { id: 'residents', name: '常住人口', kind: 'count', unit: '人' };
    const [row] = toRankingRows(
      count,
      [{ code: 'x', name: 'X' }],
      new Map<string, MetricValue>([['x', { numerator: 1881, denominator: 1881, value: 1881 }]]),
    );
    expect(row).toMatchObject({ valueText: '1,881 人', basis: null, status: 'ok' });
  });
});
