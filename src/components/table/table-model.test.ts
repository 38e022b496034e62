// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/lib/period';
import { cellText } from './cell-text';
import { comparisonRows, count, rateOf, rateRow, suppressedText, suppressibleCount, text } from './table-model';

const previous: Comparison = {
  kind: 'previous',
  name: '环比',
  period: '2026-09',
  span: { from: '2026-09', to: '2026-09' },
  lastDay: 22,
  label: '上期 2026年9月1日—9月22日',
  basis: '环比：2026年9月1日—9月22日',
  note: '9月件数、人数按 22/30 天折算（月度数据）',
};
const yearAgo: Comparison = {
  kind: 'yearAgo',
  name: '同比',
  period: '2025-10',
  span: { from: '2025-10', to: '2025-10' },
  lastDay: null,
  label: '上年同期 2025年10月',
  basis: '同比：2025年10月',
  note: '',
};

describe('rateRow', () => {
  it('gives the rate with its numerator, denominator and definition', () => {
    const row = rateRow('化解率', { numerator: 110, denominator: 120, value: 110 / 120 }, '化解 ÷ 受理（件）');
    expect(row.map(cellText)).toEqual(['化解率', '110', '120', '91.7%', '化解 ÷ 受理（件）', '']);
  });

  it('marks a rate on fewer than 20 as for reference only', () => {
    const row = rateRow('化解率', { numerator: 9, denominator: 19, value: 9 / 19 }, 'x');
    expect(row[5]).toEqual(text('分母不足 20，仅供参考'));
    // 20 is enough.
    expect(rateRow('化解率', { numerator: 9, denominator: 20, value: 0.45 }, 'x')[5]).toEqual(text(''));
  });

  it('keeps a withheld rate as a row of withheld cells, never zeros', () => {
    const row = rateRow('少数民族占比', { suppressed: true, reason: 'small-count' }, '少数民族 ÷ 常住人口');
    expect(row.slice(1, 4)).toEqual([
      { kind: 'suppressed', reason: 'small-count' },
      { kind: 'suppressed', reason: 'small-count' },
      { kind: 'suppressed', reason: 'small-count' },
    ]);
    expect(row.map(cellText)).toEqual([
      '少数民族占比',
      '<5（隐私保护）',
      '<5（隐私保护）',
      '<5（隐私保护）',
      '少数民族 ÷ 常住人口',
      '按隐私规则不公开',
    ]);
  });
});

describe('rateOf and withheld counts', () => {
  it('computes a rate from two counts, with no value when the denominator is 0', () => {
    expect(rateOf(3, 4)).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(rateOf(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('labels each withheld reason, and keeps a real 0 a count', () => {
    expect(suppressedText('small-count')).toBe('<5（隐私保护）');
    expect(suppressedText('complementary')).toBe('不公开（隐私保护）');
    expect(suppressedText('small-unit')).toBe('不公开（隐私保护）');
    expect(suppressibleCount({ suppressed: true, reason: 'complementary' })).toEqual({
      kind: 'suppressed',
      reason: 'complementary',
    });
    expect(suppressibleCount(0)).toEqual(count(0));
  });
});

describe('comparisonRows', () => {
  const cells = (n: number) => [count(n)];

  it('puts the current period first, then each comparison with its name and label', () => {
    const rows = comparisonRows(
      '2026年10月（截至22日）',
      851,
      [
        { cmp: yearAgo, data: 700 },
        { cmp: previous, data: 840 },
      ],
      cells,
    );
    expect(rows.map((r) => r.map(cellText))).toEqual([
      ['本期 2026年10月（截至22日）', '851', ''],
      ['同比 上年同期 2025年10月', '700', ''],
      ['环比 上期 2026年9月1日—9月22日', '840', '9月件数、人数按 22/30 天折算（月度数据）'],
    ]);
  });

  it('has only the current row when nothing is compared', () => {
    expect(comparisonRows('2026年', 5, [], cells).map((r) => r.map(cellText))).toEqual([['本期 2026年', '5', '']]);
  });
});
