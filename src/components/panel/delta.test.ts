import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/lib/period';
import { loaded } from './compared';
import { countDelta, rateDelta } from './delta';

const yearAgo = (): Comparison => ({
  kind: 'yearAgo',
  name: '同比',
  period: '2025-Q3',
  span: { from: '2025-07', to: '2025-09' },
  lastDay: null,
  label: '上年同期 2025年第3季度',
  basis: '同比：2025年第3季度',
  note: '',
});
const previous: Comparison = {
  ...yearAgo(),
  kind: 'previous',
  name: '环比',
  period: '2026-Q2',
  label: '上期 2026年第2季度',
};
const rate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator > 0 ? numerator / denominator : null,
});

describe('countDelta', () => {
  it('gives the change in percent with an arrow, and colours it by what is better', () => {
    const d = countDelta('活动场次', '场', 1100, 1000, yearAgo(), '2026年第3季度', {
      flow: true,
      higherIsBetter: true,
    });
    expect(d).toMatchObject({ name: '同比', text: '同比 ↑10.0%', direction: 'up', tone: 'good' });
    expect(d.title).toBe('活动场次同比：本期 2026年第3季度 1,100 场；上年同期 2025年第3季度 1,000 场；变化 +10.0%');
    const worse = countDelta('越级上访', '件', 12, 10, yearAgo(), '本期', { flow: true, higherIsBetter: false });
    expect(worse).toMatchObject({ text: '同比 ↑20.0%', tone: 'bad' });
  });

  it('compares with the answer for the same days as it is, never scaling it again', () => {
    // The API answered 2025-01..2025-12-01 (1 January – 1 December): already like with like.
    const sameDays: Comparison = {
      ...yearAgo(),
      period: '2025-01..2025-12-01',
      span: { from: '2025-01', to: '2025-12' },
      lastDay: 1,
      label: '上年同期 2025年1月1日—12月1日',
      basis: '同比：2025年1月1日—12月1日',
    };
    const d = countDelta('新增安置', '人', 16_861, 16_243, sameDays, '2026年（截至12月1日）', {
      flow: true,
      higherIsBetter: true,
    });
    expect(d.text).toBe('同比 ↑3.8%');
    expect(d.title).toBe(
      '新增安置同比：本期 2026年（截至12月1日） 16,861 人；上年同期 2025年1月1日—12月1日 16,243 人；变化 +3.8%',
    );
    // A stock (people in work at the end of the period) is an end value, and says so.
    const stock = countDelta('在岗', '人', 1060, 1220, sameDays, '本期', { flow: false, higherIsBetter: null });
    expect(stock).toMatchObject({ text: '同比 ↓13.1%', direction: 'down' });
    expect(stock.title).toContain('1,220 人（期末）');
    expect(stock.tone).toBeUndefined();
  });

  it('does not divide by a zero baseline', () => {
    const d = countDelta('纠纷', '件', 5, 0, previous, '本期', { flow: true, higherIsBetter: false });
    expect(d).toMatchObject({ name: '环比', text: '环比 —', direction: 'none' });
    expect(d.title).toContain('上期为 0，不计算变化率');
  });
});

describe('rateDelta', () => {
  it('compares rates in percentage points and shows both bases', () => {
    const d = rateDelta('化解率', '件', rate(946, 1000), rate(950, 1000), yearAgo(), '本期', true);
    expect(d).toMatchObject({ text: '同比 ↓0.4个百分点', direction: 'down', tone: 'bad' });
    expect(d.title).toBe(
      '化解率同比：本期 本期 94.6%（946 / 1,000 件）；上年同期 2025年第3季度 95.0%（950 / 1,000 件）；变化 −0.4个百分点',
    );
  });

  it('marks a change on fewer than 20 and leaves it uncoloured', () => {
    const d = rateDelta('化解率', '件', rate(9, 10), rate(7, 10), yearAgo(), '本期', true);
    expect(d.text).toBe('同比 ↑20.0个百分点*');
    expect(d.tone).toBeUndefined();
    expect(d.title).toContain('（分母不足 20，仅供参考）');
  });

  it('says it cannot compare when either rate has no value', () => {
    const d = rateDelta('化解率', '件', rate(0, 0), rate(5, 10), previous, '本期', true);
    expect(d).toMatchObject({ text: '环比 —', direction: 'none' });
    expect(d.title).toContain('无法比较');
  });
});

describe('loaded', () => {
  it('keeps the loaded comparisons, 同比 first', () => {
    const list = loaded([{ cmp: previous, data: 1 }, null, { cmp: yearAgo(), data: 2 }]);
    expect(list.map((c) => c.cmp.name)).toEqual(['同比', '环比']);
  });
});
