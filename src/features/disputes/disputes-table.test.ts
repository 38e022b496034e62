// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testMeta } from '@/testing/render';
import type { Cell } from '@/components/table/table-model';
import type { Comparison } from '@/lib/period';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { toDisputesTable } from './disputes-table';

const plain = (c: Cell): string | number | null =>
  c.kind === 'text' ? c.text : c.kind === 'suppressed' ? `withheld:${c.reason}` : c.value;
const section = (title: string, compared: Parameters<typeof toDisputesTable>[3] = []) => {
  const table = toDisputesTable(communityDisputes, testMeta, '2026年第3季度', compared);
  const s = table.sections.find((x) => x.title === title);
  if (!s) throw new Error(`no section ${title}`);
  return { columns: s.columns, rows: s.rows.map((r) => r.map(plain)) };
};

const yearAgo: Comparison = {
  kind: 'yearAgo',
  name: '同比',
  period: '2025-Q3',
  span: { from: '2025-07', to: '2025-09' },
  lastDay: null,
  label: '上年同期 2025年第3季度',
  basis: '同比：2025年第3季度',
  note: '',
};

describe('toDisputesTable', () => {
  it('gives every rate with its numerator and denominator', () => {
    expect(section('化解率').rows).toEqual([
      ['化解率', 110, 120, 0.9167, '本期化解 ÷ 本期受理（件）', ''],
      ['小事不出网格', 70, 110, 0.6364, '网格化解 ÷ 已化解（件）', ''],
      ['大事不出社区', 100, 110, 0.9091, '社区（村）及网格化解 ÷ 已化解（件）', ''],
    ]);
  });

  it('answers "this quarter against the same quarter last year, on what counts"', () => {
    const lastYear = {
      ...communityDisputes,
      registered: 100,
      resolvedByLevel: { grid: 50, community: 30, town: 12, countyAndAbove: 3 },
      resolutionRate: { numerator: 95, denominator: 100, value: 0.95 },
    };
    const { columns, rows } = section('与上期、上年同期比较（化解率）', [{ cmp: yearAgo, data: lastYear }]);
    expect(columns).toEqual(['统计期', '受理（件）', '化解（件）', '化解率', '说明']);
    expect(rows).toEqual([
      ['本期 2026年第3季度', 120, 110, 0.9167, ''],
      ['同比 上年同期 2025年第3季度', 100, 95, 0.95, ''],
    ]);
  });

  it('says how a partial last month was counted, and marks a rate on fewer than 20', () => {
    const small = {
      ...communityDisputes,
      registered: 10,
      resolvedByLevel: { grid: 5, community: 3, town: 1, countyAndAbove: 0 },
      resolutionRate: { numerator: 9, denominator: 10, value: 0.9 },
    };
    const { rows } = section('与上期、上年同期比较（化解率）', [
      { cmp: { ...yearAgo, lastDay: 22, note: '11月件数、人数按 22/30 天折算（月度数据）' }, data: small },
    ]);
    expect(rows[1]?.[4]).toBe('分母不足 20，仅供参考；11月件数、人数按 22/30 天折算（月度数据）');
  });

  it('says which counts are flows of the period (本期) and which is the stock at its end (期末)', () => {
    const { rows } = section('办理情况');
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['本期受理', 120],
      ['本期化解', 110],
      ['期末办理中', 8],
      ['本期上报上级', 3],
      ['化解用时中位数', 4.5],
      ['本期越级上访', 0],
      ['化解率目标', 0.95],
    ]);
    expect(section('按纠纷类别').columns).toEqual(['类别', '本期受理（件）', '本期化解（件）', '化解率', '说明']);
    const notes = toDisputesTable(communityDisputes, testMeta, '2026年第3季度').notes ?? [];
    expect(notes.join('')).toContain('办理中为期末存量');
  });

  it('lists resolved disputes by level against the resolved total, and categories by name', () => {
    expect(section('按化解层级').rows).toEqual([
      ['网格', 70, 70 / 110, 110],
      ['社区（村）', 30, 30 / 110, 110],
      ['乡镇（街道）', 8, 8 / 110, 110],
      ['县级及以上', 2, 2 / 110, 110],
    ]);
    const categories = section('按纠纷类别').rows;
    expect(categories.map((r) => r[0])).toEqual(expect.arrayContaining(['邻里', '婚姻家庭', '物业']));
    expect(categories.find((r) => r[0] === '邻里')).toEqual(['邻里', 50, 48, 0.96, '']);
  });
});
