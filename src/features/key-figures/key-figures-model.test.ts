// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Summary } from '@/api/indicators';
import { comparePeriods } from '@/lib/period';
import { toKeyFigures } from './key-figures-model';

const summary: Summary = {
  code: '522701101001',
  coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
  residents: 12_345,
  households: 3_456,
  minorityShare: { numerator: 1_243, denominator: 12_345, value: 1_243 / 12_345 },
  grids: 12,
  gridHeads: 12,
  gridWorkersFullTime: 20,
  gridWorkersPartTime: 31,
  employed: 851,
  placements: 29,
  events: 14,
  attendances: 1_020,
  disputeResolution: { numerator: 9, denominator: 10, value: 0.9 },
};

const byLabel = (figures: ReturnType<typeof toKeyFigures>, label: string) => {
  const f = figures.find((x) => x.label === label);
  if (!f) throw new Error(`no figure ${label}`);
  return f;
};

describe('toKeyFigures', () => {
  it('shows compact values with the exact numbers behind them', () => {
    const figures = toKeyFigures(summary);
    expect(figures.map((f) => f.label)).toEqual([
      '常住人口',
      '少数民族占比',
      '网格 / 网格员',
      '转移就业',
      '活动场次 / 参与',
      '纠纷化解率',
    ]);
    expect(byLabel(figures, '常住人口')).toMatchObject({
      value: '1.2万',
      unit: '人',
      detail: '12,345 人，3,456 户',
      sub: '3,456 户',
    });
    expect(byLabel(figures, '少数民族占比')).toMatchObject({
      value: '10.1%',
      detail: '少数民族 1,243 / 12,345 人',
      sub: '1,243 人',
    });
    expect(byLabel(figures, '网格 / 网格员').detail).toBe('网格 12 个；网格长 12 人；专职网格员 20 人，兼职 31 人');
    // A rate on fewer than 20 cases carries the unreliable mark.
    expect(byLabel(figures, '纠纷化解率')).toMatchObject({
      value: '90.0%*',
      sub: '9 / 10 件',
      // Both counts are flows of the period (docs/indicators.md), said as such on hover.
      detail: '本期化解 / 本期受理：9 / 10 件',
    });
  });

  it('withholds the minority share of a unit under 50 residents and a numerator of 1–4', () => {
    const small = toKeyFigures({
      ...summary,
      residents: 49,
      minorityShare: { numerator: 10, denominator: 49, value: 10 / 49 },
    });
    expect(byLabel(small, '少数民族占比')).toMatchObject({
      value: '不公开',
      detail: '该单位常住人口不足 50 人，不公开民族构成',
      sub: '不公开',
    });
    const few = toKeyFigures({ ...summary, minorityShare: { numerator: 3, denominator: 12_345, value: 3 / 12_345 } });
    expect(byLabel(few, '少数民族占比')).toMatchObject({ value: '<5', sub: '不公开' });
  });

  it('compares counts with the previous period, residents without a tone', () => {
    const cmp = comparePeriods('2026-10', { firstMonth: '2025-01', lastMonth: '2026-10', lastMonthDays: 31 });
    if (!cmp.previous) throw new Error('no previous period');
    const before: Summary = { ...summary, residents: 12_000, events: 10, employed: 851 };
    const figures = toKeyFigures(summary, [{ cmp: cmp.previous, data: before }], cmp.current.label);
    expect(byLabel(figures, '常住人口').deltas?.[0]).toMatchObject({ text: '环比 ↑2.9%', direction: 'up' });
    expect(byLabel(figures, '常住人口').deltas?.[0]?.tone).toBeUndefined();
    expect(byLabel(figures, '活动场次 / 参与').deltas?.[0]).toMatchObject({ text: '环比 ↑40.0%', tone: 'good' });
    expect(byLabel(figures, '转移就业').deltas?.[0]?.direction).toBe('flat');
    // No comparison for the minority share: it has no deltas at all.
    expect(byLabel(figures, '少数民族占比').deltas).toBeUndefined();
  });
});
