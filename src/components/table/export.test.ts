// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { toDisputesTable } from '@/features/disputes/disputes-table';
import { relocationCommunity } from '@/testing/fixtures/ethnic';
import { toEthnicTable } from '@/features/ethnic/ethnic-table';
import { toEthnicView } from '@/features/ethnic/ethnic-view';
import { testMeta } from '@/testing/render';
import { comparePeriods } from '@/lib/period';
import { BOM, csvCell, neutraliseFormula, toCsv } from './csv';
import { exportFileName } from './file-name';
import { sheetName, toXlsx } from './xlsx';
import { rateRow, text } from './table-model';

const context = ['区域：团结社区（522701001002）', '统计期：2026年第3季度'];

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF and keeps Chinese intact', () => {
    const csv = toCsv(toDisputesTable(communityDisputes, testMeta, '2026年第3季度'), context);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('矛盾纠纷化解');
    expect(lines).toContain('化解率,110,120,91.7,本期化解 ÷ 本期受理（件）,');
    expect(lines).toContain('指标,分子,分母,比率（%）,口径,说明');
    expect(lines).toContain('网格,70,63.6,110');
    expect(lines).toContain('化解用时中位数,4.5,天');
  });

  it('gives each row of a mixed column its own unit, not one （%） over counts and days', () => {
    const lines = toCsv(toDisputesTable(communityDisputes, testMeta, '2026年第3季度'), context).split('\r\n');
    const header = lines.indexOf('办理情况') + 1;
    expect(lines[header]).toBe('项目,数值,单位');
    expect(lines).toContain('本期受理,120,件');
    expect(lines).toContain(`化解率目标,${(testMeta.resolutionTarget * 100).toFixed(1)},%`);
    // A column of percentages only still says （%） once in its header.
    expect(lines).toContain('化解层级,化解（件）,占已化解（%）,分母（已化解）');
  });

  it('neutralises formulas and quotes separators', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('-1')).toBe("'-1");
    expect(neutraliseFormula('@SUM')).toBe("'@SUM");
    expect(neutraliseFormula('团结镇')).toBe('团结镇');
    expect(csvCell(text('=1+1,"a"'))).toBe(`"'=1+1,""a"""`);
    // Numbers stay numbers (a negative count cannot occur, but a number is never text-prefixed).
    expect(csvCell({ kind: 'count', value: 12345 })).toBe('12345');
  });

  it('marks withheld cells and keeps their rows', () => {
    const view = toEthnicView(relocationCommunity, testMeta);
    const csv = toCsv(toEthnicTable(view), context);
    expect(csv).toContain('壮族,<5（隐私保护）,<5（隐私保护）,1881');
    expect(csv).toContain('蒙古族,不公开（隐私保护）,不公开（隐私保护）,1881');
    // The row for a withheld rate keeps its label.
    const withheld = rateRow('少数民族占比', { suppressed: true, reason: 'small-unit' }, 'x');
    expect(withheld.map(csvCell)).toEqual([
      '少数民族占比',
      '不公开（隐私保护）',
      '不公开（隐私保护）',
      '不公开（隐私保护）',
      'x',
      '按隐私规则不公开',
    ]);
  });

  it('names files for every file system', () => {
    expect(exportFileName(['石榴县', '532398', '2026-Q4', '矛盾纠纷化解'], 'csv')).toBe(
      '石榴县_532398_2026-Q4_矛盾纠纷化解.csv',
    );
    expect(exportFileName(['a/b:c*?"<>|', '2026-01..2026-06'], 'xlsx')).toBe('a_b_c_______2026-01至2026-06.xlsx');
    expect(exportFileName(['  ', '...'], 'csv')).toBe('导出.csv');
    expect(sheetName('a[b]:c/d?e*f\\g')).toBe('a_b__c_d_e_f_g');
  });
});

describe('xlsx', () => {
  it('reads back with the same cells, numbers as numbers and percentages as fractions', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const cmp = comparePeriods('2026-Q3', testMeta);
    const model = toDisputesTable(communityDisputes, testMeta, cmp.current.label, [
      {
        cmp: cmp.yearAgo!,
        data: {
          ...communityDisputes,
          registered: 100,
          resolutionRate: { numerator: 90, denominator: 100, value: 0.9 },
        },
      },
    ]);
    const bytes = await toXlsx(model, context);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('矛盾纠纷化解');
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['矛盾纠纷化解']);
    expect(rows[1]).toEqual([context[0]]);
    const rate = rows.find((r) => r[0] === '化解率' && r.length > 1);
    expect(rate?.slice(0, 4)).toEqual(['化解率', 110, 120, 0.9167]);
    expect(rows.find((r) => String(r[0]).startsWith('同比'))?.slice(1, 4)).toEqual([100, 110, 0.9]);
    // Every section row of the model is in the sheet.
    const modelRows = model.sections.reduce((n, s) => n + s.rows.length + 3, 0);
    expect(rows.length).toBe(1 + context.length + modelRows + 2 + model.notes.length);
    const pctCell = ws.getRow(rows.indexOf(rate!) + 1).getCell(4);
    expect(pctCell.numFmt).toBe('0.0%');
  });
});
