// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Ethnic } from '@/api/indicators';
import { testMeta } from '@/testing/render';
import type { Cell, TableModel } from '@/components/table/table-model';
import { relocationCommunity, smallGrid } from '@/testing/fixtures/ethnic';
import { toEthnicTable } from './ethnic-table';
import { toEthnicView } from './ethnic-view';

const plain = (c: Cell) => (c.kind === 'text' ? c.text : c.kind === 'suppressed' ? `withheld:${c.reason}` : c.value);
const rowsOf = (table: TableModel, title: string) =>
  table.sections.find((s) => s.title === title)?.rows.map((r) => r.map(plain));
const tableFor = (data: Ethnic) => toEthnicTable(toEthnicView(data, testMeta));

describe('toEthnicTable', () => {
  const table = tableFor(relocationCommunity);

  it('gives the minority share with its basis', () => {
    expect(table.title).toBe('民族构成');
    expect(rowsOf(table, '少数民族占比')).toEqual([
      ['少数民族占比', 1241, 1881, 0.6598, '少数民族人口 ÷ 常住人口（人）', ''],
    ]);
  });

  it('lists every published group with its share of residents, and keeps withheld groups as withheld rows', () => {
    expect(table.sections.find((s) => s.title === '按民族')?.columns).toEqual([
      '民族',
      '人数（人）',
      '占常住人口',
      '常住人口（人）',
    ]);
    expect(rowsOf(table, '按民族')).toEqual([
      ['汉族', 640, 640 / 1881, 1881],
      ['苗族', 600, 600 / 1881, 1881],
      ['布依族', 400, 400 / 1881, 1881],
      ['水族', 150, 150 / 1881, 1881],
      ['土家族', 60, 60 / 1881, 1881],
      ['彝族', 20, 20 / 1881, 1881],
      ['回族', 8, 8 / 1881, 1881],
      ['壮族', 'withheld:small-count', 'withheld:small-count', 1881],
      ['蒙古族', 'withheld:complementary', 'withheld:complementary', 1881],
    ]);
  });

  it('names the groups folded into 其他少数民族', () => {
    const groups: [string, number][] = [
      ['01', 900],
      ['06', 50],
      ['07', 20],
      ['03', 10],
      ['08', 8],
      ['15', 7],
      ['18', 5],
    ];
    const folded = tableFor({
      ...relocationCommunity,
      residents: 1000,
      breakdown: {
        minority: 100,
        minorityShare: { numerator: 100, denominator: 1000, value: 0.1 },
        groupsPresent: 7,
        diversityIndex: 0.1862,
        groups: groups.map(([code, count]) => ({ code, count })),
      },
    });
    expect(rowsOf(folded, '按民族')?.at(-1)).toEqual(['其他少数民族（壮族、土家族、水族）', 20, 0.02, 1000]);
  });

  it('gives residents, minority residents, groups and the diversity index', () => {
    expect(rowsOf(table, '其他')).toEqual([
      ['常住人口（人）', 1881],
      ['少数民族人口（人）', 1241],
      ['民族数（个）', 9],
      ['多样性指数 1 − Σpᵢ²', 0.73],
    ]);
    expect(table.notes).toEqual([
      '标为“隐私保护”的单元格按隐私规则不公开：人数为 1–4，按隐私规则显示为 <5；为防止由合计反推，按隐私规则一并隐藏。',
    ]);
  });

  it('shows the diversity index to two decimals, and withheld where it would narrow hidden groups', () => {
    const row = rowsOf(table, '其他')?.at(-1);
    expect(row).toEqual(['多样性指数 1 − Σpᵢ²', 0.73]);
    // The value itself is rounded: the .xlsx export writes values, not the text shown.
    const cell = table.sections.find((s) => s.title === '其他')?.rows.at(-1)?.[1];
    expect(cell).toEqual({ kind: 'number', value: 0.73, digits: 2 });

    const small = tableFor({
      ...relocationCommunity,
      residents: 120,
      breakdown: {
        minority: 30,
        minorityShare: { numerator: 30, denominator: 120, value: 0.25 },
        groupsPresent: 4,
        diversityIndex: 0.4,
        groups: [
          { code: '01', count: 90 },
          { code: '09', count: 21 },
          { code: '06', count: { suppressed: true, reason: 'small-count' } },
          { code: '18', count: { suppressed: true, reason: 'complementary' } },
        ],
      },
    });
    expect(rowsOf(small, '其他')?.at(-1)).toEqual(['多样性指数 1 − Σpᵢ²', 'withheld:complementary']);
  });

  it('withholds a minority total that the server sent as withheld', () => {
    const withheld = tableFor({
      ...relocationCommunity,
      breakdown: {
        ...(relocationCommunity.breakdown as Exclude<Ethnic['breakdown'], { suppressed: true }>),
        minority: { suppressed: true, reason: 'complementary' },
        minorityShare: { suppressed: true, reason: 'complementary' },
      },
    });
    expect(rowsOf(withheld, '其他')?.[1]).toEqual(['少数民族人口（人）', 'withheld:complementary']);
    expect(rowsOf(withheld, '少数民族占比')?.[0]?.slice(1, 4)).toEqual([
      'withheld:complementary',
      'withheld:complementary',
      'withheld:complementary',
    ]);
  });

  it('gives only the residents for a unit under 50, with the reason, and no breakdown', () => {
    const small = tableFor(smallGrid);
    expect(small.sections.map((s) => s.title)).toEqual(['常住人口']);
    expect(rowsOf(small, '常住人口')).toEqual([['常住人口（人）', 36]]);
    expect(small.notes).toEqual(['该单位常住人口不足 50 人，不公开民族构成']);
  });
});
