// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import { anyUnreliable } from '@/lib/privacy';
import { rateStat } from './stats';

describe('rateStat', () => {
  it('carries the basis in the detail and the hover title', () => {
    expect(rateStat('化解率', { numerator: 110, denominator: 120, value: 110 / 120 }, '件', '化解 ÷ 受理')).toEqual({
      label: '化解率',
      value: '91.7%',
      detail: '110 / 120 件',
      title: '化解率 = 化解 ÷ 受理：110 / 120 件',
    });
  });

  it('marks a denominator under 20 and never shows a withheld rate as 0', () => {
    const small = { numerator: 3, denominator: 12, value: 0.25 };
    expect(rateStat('覆盖率', small, '人', 'a ÷ b').value).toBe('25.0%*');
    expect(anyUnreliable([small])).toBe(true);
    const withheld = rateStat('少数民族占比', { suppressed: true, reason: 'small-unit' }, '人', 'a ÷ b');
    expect(withheld.value).toBe('不公开');
    expect(withheld.detail).toBeUndefined();
    expect(anyUnreliable([{ suppressed: true, reason: 'small-unit' }])).toBe(false);
  });
});
