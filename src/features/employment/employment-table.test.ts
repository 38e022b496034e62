// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testMeta } from '@/testing/render';
import type { Cell } from '@/components/table/table-model';
import type { Comparison } from '@/lib/period';
import { relocationEmployment } from '@/testing/fixtures/employment';
import { toEmploymentTable } from './employment-table';

const plain = (c: Cell) => (c.kind === 'text' ? c.text : c.kind === 'suppressed' ? `withheld:${c.reason}` : c.value);
const sectionRows = (table: ReturnType<typeof toEmploymentTable>, title: string) =>
  table.sections.find((s) => s.title === title)?.rows.map((r) => r.map(plain));

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

describe('toEmploymentTable', () => {
  it('totals the destinations and gives the placement rate with its basis', () => {
    const table = toEmploymentTable(relocationEmployment, testMeta);
    expect(sectionRows(table, '转移就业去向（人）')?.at(-1)).toEqual(['合计', 851, 29]);
    expect(sectionRows(table, '比率')?.[0]?.slice(0, 4)).toEqual(['转移就业占劳动力', 851, 1120, 851 / 1120]);
  });

  it('labels zero-employment households as flows of the period and explains cleared > identified', () => {
    const table = toEmploymentTable(
      { ...relocationEmployment, zeroEmployment: { identified: 237, cleared: 238 } },
      testMeta,
    );
    const other = sectionRows(table, '其他') ?? [];
    expect(other.filter((r) => String(r[0]).includes('零就业'))).toEqual([
      ['本期零就业家庭认定', 237, '户'],
      ['本期零就业家庭清零', 238, '户'],
    ]);
    expect(table.notes.join('')).toContain('期初未清零 + 本期认定 − 本期清零 = 期末未清零');
  });

  it('puts the comparison periods beside the current one, saying how a partial month was pro-rated', () => {
    const september = {
      ...relocationEmployment,
      employed: { outOfProvince: 90, inProvince: 430, inCounty: 320 },
      placements: { outOfProvince: 8, inProvince: 20, inCounty: 12 },
      zeroEmployment: { identified: 4, cleared: 1 },
    };
    const table = toEmploymentTable(relocationEmployment, testMeta, '2026年10月（截至22日）', [
      { cmp: previous, data: september },
    ]);
    expect(sectionRows(table, '与上期、上年同期比较')).toEqual([
      ['本期 2026年10月（截至22日）', 851, 29, 2, ''],
      ['环比 上期 2026年9月1日—9月22日', 840, 40, 1, '9月件数、人数按 22/30 天折算（月度数据）'],
    ]);
  });
});
