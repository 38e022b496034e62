// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCount, parseGridCode, parseMonthCell } from './cells';
import { personDataReason } from './person-data';

const ok = <T>(value: T) => ({ ok: true, value });

describe('parseCount', () => {
  it.each([
    [1234, 1234],
    ['1,234', 1234],
    ['１２３', 123],
    ['１，２３４', 1234],
    ['12人', 12],
    ['1,234 人次', 1234],
    [' 7 ', 7],
    ['0', 0],
    [{ formula: 'SUM(A1:A3)', result: 42 }, 42],
    [{ sharedFormula: 'F3', result: 5 }, 5],
    [{ richText: [{ text: '1' }, { text: '2' }] }, 12],
  ])('reads %j as %d', (raw, n) => {
    expect(parseCount(raw)).toEqual(ok(n));
  });

  it.each([
    ['12%', '百分比'],
    ['12％', '百分比'],
    ['-3', '负数'],
    [-3, '负数'],
    [2.5, '不是整数'],
    ['2.5', '不是整数'],
    ['abc', '不是数字'],
    ['1,2', '不是数字'],
    [true, '逻辑值'],
    [new Date(Date.UTC(2026, 10, 1)), '日期'],
    [{ formula: 'SUM(A1:A3)' }, '没有计算结果的公式'],
    [{ error: '#DIV/0!' }, '#DIV/0!'],
  ])('refuses %j (%s)', (raw, why) => {
    const r = parseCount(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });

  it('refuses a number formatted as a percentage', () => {
    const r = parseCount(1, true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('百分比');
  });

  it('marks a blank cell as blank', () => {
    expect(parseCount('')).toMatchObject({ ok: false, blank: true });
    expect(parseCount(null)).toMatchObject({ ok: false, blank: true });
  });
});

describe('parseMonthCell', () => {
  it.each([
    ['2026-11', '2026-11'],
    ['2026/11', '2026-11'],
    ['2026.1', '2026-01'],
    ['2026年11月', '2026-11'],
    ['２０２６年１１月份', '2026-11'],
    ['202611', '2026-11'],
    [202611, '2026-11'],
    ['2026-11-01', '2026-11'],
    [46327, '2026-11'], // Excel serial of 2026-11-01
    [new Date(Date.UTC(2026, 10, 1)), '2026-11'],
    [{ formula: 'DATE(2026,11,1)', result: new Date(Date.UTC(2026, 10, 1)) }, '2026-11'],
  ])('reads %j as %s', (raw, month) => {
    expect(parseMonthCell(raw)).toEqual(ok(month));
  });

  it.each(['2026-13', '11月', 'abc', 2026.11, '1999-12'])('refuses %j', (raw) => {
    expect(parseMonthCell(raw).ok).toBe(false);
  });
});

describe('parseGridCode', () => {
  it('reads text, full-width and a number Excel kept', () => {
    expect(parseGridCode('532398001001001')).toEqual(ok('532398001001001'));
    expect(parseGridCode('５３２３９８００１００１００１')).toEqual(ok('532398001001001'));
    expect(parseGridCode(532398001001001)).toEqual(ok('532398001001001'));
    expect(parseGridCode("'532398001001001")).toEqual(ok('532398001001001'));
  });
  it('refuses codes of the wrong length', () => {
    expect(parseGridCode('53239800100100').ok).toBe(false);
    expect(parseGridCode('5323980010010011').ok).toBe(false);
  });
});

describe('personDataReason', () => {
  it('finds ID-card numbers (valid check digit), phone numbers and personal names', () => {
    expect(personDataReason('11010519491231002X', false)).toBe('像身份证号码');
    expect(personDataReason('联系人 13812345678', false)).toBe('像电话号码');
    expect(personDataReason('0871-63123456', false)).toBe('像电话号码');
    expect(personDataReason('张三', true)).toBe('像个人姓名');
    expect(personDataReason('李小龙', true)).toBe('像个人姓名');
  });
  it('lets place names, grid codes and counts through', () => {
    expect(personDataReason('第一网格', true)).toBeNull();
    expect(personDataReason('红土田社区', true)).toBeNull();
    expect(personDataReason('张家村', true)).toBeNull();
    expect(personDataReason('532398001001001', false)).toBeNull();
    expect(personDataReason('110105194912310021', false)).toBeNull(); // wrong check digit
    expect(personDataReason('张三', false)).toBeNull(); // not a name column
  });
});
