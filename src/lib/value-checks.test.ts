import { describe, expect, it } from 'vitest';
import type { ChildMetric, Summary } from '@/api/indicators';
import { checkChildTotals, checkChildValues, parentBasis } from './value-checks';

const share = { id: 'minorityShare', name: '少数民族占比', kind: 'share', unit: '%' } as const;
const per1000 = { id: 'attendancesPer1000', name: '参与人次/千人', kind: 'per-1000', unit: '人次/千人' } as const;

function row(
  code: string,
  numerator: number,
  denominator: number,
  value: number | null,
): ChildMetric['values'][number] {
  return { code, name: `区域${code.slice(-3)}`, value: { numerator, denominator, value } };
}

describe('child metric value checks', () => {
  it('keeps possible values and sets aside a share whose numerator exceeds its denominator', () => {
    const checked = checkChildValues([row('532398101', 50, 100, 0.5), row('532398102', 150, 100, 1.5)], share);
    expect([...checked.values.keys()]).toEqual(['532398101']);
    expect(checked.problems).toEqual([{ code: '532398102', name: '区域102', reason: '分子 150 大于分母 100' }]);
  });

  it('sets aside a value that does not follow from its basis', () => {
    expect(checkChildValues([row('532398101', 50, 100, 0.9)], share).problems[0]?.reason).toBe('数值与分子、分母不符');
    expect(checkChildValues([row('532398101', 5, 1000, 50)], per1000).problems[0]?.reason).toBe('数值与分子、分母不符');
    expect(checkChildValues([row('532398101', 0, 0, 0.2)], share).problems[0]?.reason).toBe('分母为 0 却给出了数值');
  });

  it('lets suppressed cells, zero denominators and rounding through', () => {
    const checked = checkChildValues(
      [
        { code: '532398101', name: 'a', value: { suppressed: true, reason: 'small-count' } },
        row('532398102', 0, 0, null),
        row('532398103', 1, 3, 0.3333),
      ],
      share,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.values.size).toBe(3);
  });
});

describe('ethnic values a server failed to withhold (defence in depth)', () => {
  it('withholds a share of a unit under 50 residents or on 1–4 people, and nothing else', () => {
    const { values, problems } = checkChildValues(
      [row('001', 3, 400, 0.0075), row('002', 12, 30, 0.4), row('003', 120, 400, 0.3), row('004', 0, 400, 0)],
      share,
    );
    expect(problems).toEqual([]);
    expect(values.get('001')).toEqual({ suppressed: true, reason: 'small-count' });
    expect(values.get('002')).toEqual({ suppressed: true, reason: 'small-unit' });
    expect(values.get('003')).toEqual({ numerator: 120, denominator: 400, value: 0.3 });
    expect(values.get('004')).toEqual({ numerator: 0, denominator: 400, value: 0 });
    const ethnic = { ...share, id: 'ethnic:07', name: '彝族人口占比' };
    expect(checkChildValues([row('001', 2, 400, 0.005)], ethnic).values.get('001')).toMatchObject({ suppressed: true });
    // Not an ethnic metric: a small number is just a number.
    expect(checkChildValues([row('001', 3, 20, 150)], per1000).values.get('001')).toMatchObject({ numerator: 3 });
  });
});

describe('children against their parent', () => {
  const summary = {
    residents: 1000,
    minorityShare: { numerator: 400, denominator: 1000, value: 0.4 },
  } as unknown as Summary;

  it('flags children whose numerators add up to more than the parent holds', () => {
    const values = [row('532398101', 300, 500, 0.6), row('532398102', 300, 500, 0.6)];
    expect(checkChildTotals(values, parentBasis('minorityShare', summary))).toBe(
      '下级区域合计 600 大于本级总数 400，各区域数值可能有误',
    );
  });

  it('flags denominators that add up to more than the parent', () => {
    const values = [row('532398101', 100, 800, 0.125), row('532398102', 100, 800, 0.125)];
    expect(checkChildTotals(values, parentBasis('minorityShare', summary))).toMatch(/分母合计 1,600 大于本级 1,000/);
  });

  it('accepts totals that add up, and says nothing when the parent figure is unknown', () => {
    const values = [row('532398101', 200, 500, 0.4), row('532398102', 200, 500, 0.4)];
    expect(checkChildTotals(values, parentBasis('minorityShare', summary))).toBeNull();
    expect(checkChildTotals([row('532398101', 9e9, 9e9, 1)], parentBasis('resolvedInGrid', summary))).toBeNull();
  });
});
