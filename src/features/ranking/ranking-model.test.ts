import { describe, expect, it } from 'vitest';
import type { MetricValue } from '@/api/indicators';
import { checkChildValues } from '@/lib/value-checks';
import type { MetricInfo } from '@/lib/metric-value';
import { toRankingRows } from './ranking-model';

const share: MetricInfo = { id: 'minorityShare', name: '少数民族人口占比', kind: 'share', unit: '%' };
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

  it('shows the display name and keeps the official one for the tooltip', () => {
    const named = toRankingRows(
      share,
      [
        { code: 'x', name: '红土田社区居民委员会' },
        { code: 'y', name: '东坡傣族乡', shortName: '东坡乡' },
      ],
      new Map([
        ['x', rate(1, 2)],
        ['y', rate(1, 4)],
      ]),
    );
    expect(named.map((r) => [r.label, r.name])).toEqual([
      ['红土田社区', '红土田社区居民委员会'],
      ['东坡乡', '东坡傣族乡'],
    ]);
  });

  it('writes counts with their unit and no basis', () => {
    const count: MetricInfo = { id: 'residents', name: '常住人口', kind: 'count', unit: '人' };
    const [row] = toRankingRows(
      count,
      [{ code: 'x', name: 'X' }],
      new Map<string, MetricValue>([['x', { numerator: 1881, denominator: 1881, value: 1881 }]]),
    );
    expect(row).toMatchObject({ valueText: '1,881 人', basis: null, status: 'ok' });
  });

  it('leaves a value that cannot be true (a share over 100 %) unranked, with the reason', () => {
    const checked = checkChildValues(
      [
        { code: 'a', name: '区域a', value: rate(10, 100) },
        { code: 'b', name: '区域b', value: { numerator: 200, denominator: 100, value: 2 } },
        { code: 'c', name: '区域c', value: rate(20, 100) },
      ],
      share,
    );
    const impossible = new Map(checked.problems.map((p) => [p.code, p.reason]));
    const ranked = toRankingRows(share, children.slice(0, 3), checked.values, impossible);
    expect(ranked.map((r) => [r.code, r.rank, r.status])).toEqual([
      ['c', 1, 'ok'],
      ['a', 2, 'ok'],
      ['b', null, 'invalid'],
    ]);
    expect(ranked[2]).toMatchObject({ valueText: '数据有误', note: '分子 200 大于分母 100', bar: 0 });
    expect(ranked[0]!.bar).toBe(1);
  });
});
