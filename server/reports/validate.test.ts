// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFacts } from './demo-facts';
import { DISPUTES_SHEET, EMPLOYMENT_SHEET, ETHNIC_SHEET, EVENTS_SHEET, GRID_SHEET, SHEETS } from './layout';
import type { Run } from './test-workbooks';
import { DS, GRIDS, MONTHS, demoWorkbook, editWorkbook, tempDir, validate, zipBomb } from './test-workbooks';

let dir = '';
let done: () => Promise<void> = async () => {};
let n = 0;

beforeAll(async () => {
  ({ dir, done } = await tempDir());
});
afterAll(() => done());

/** A fresh filled workbook (and its CSVs) under a new name. */
async function fresh(): Promise<string[]> {
  return demoWorkbook(dir, `r${++n}.xlsx`);
}

function expectClean(r: Run): void {
  expect(r.messages).toEqual([]);
  expect(r.gridMonths).toBe(GRIDS.length * MONTHS.length);
}

/** Column letter of a field in the template (five key columns first). */
function col(sheet: (typeof SHEETS)[number], key: string): number {
  return 6 + sheet.fields.findIndex((f) => f.key === key);
}

describe('a filled template', () => {
  it('reads back every field of every grid-month, from the workbook and from its CSVs', async () => {
    const [xlsx, ...csvs] = await fresh();
    for (const files of [[xlsx as string], csvs]) {
      const r = await validate(files);
      expectClean(r);
      const byKey = new Map<string, Record<string, number>>();
      for (const { sheet, row } of r.rows) {
        const spec = SHEETS.find((s) => s.name === sheet);
        const rec = byKey.get(`${row.grid}|${row.month}`) ?? {};
        spec?.fields.forEach((f, i) => (rec[f.key] = row.values[i] ?? 0));
        byKey.set(`${row.grid}|${row.month}`, rec);
      }
      const grid = DS.tree.grids[0];
      if (!grid) throw new Error('no grid');
      const index = DS.months - 3; // 2026-09 of a history ending 2026-11
      expect(byKey.get(`${grid.node.code}|2026-09`)).toEqual(gridFacts(DS, grid, index));
    }
  });

  it('reads CSV without BOM and in GBK (Excel on Chinese Windows)', async () => {
    const [, ...csvs] = await fresh();
    const first = csvs[0] as string;
    const text = (await readFile(first, 'utf8')).replace(/^\uFEFF/, '');
    await writeFile(first, text, 'utf8');
    expectClean(await validate(csvs));
    const gbk = csvs[1] as string;
    // GB18030 bytes of the header and names: encode by hand through TextDecoder's inverse is not in
    // Node, so take the known bytes of 网格代码 in GBK and check the sniffing on a small file instead.
    const content = (await readFile(gbk, 'utf8')).replace(/^\uFEFF/, '');
    const iconvLike = encodeGbk(content);
    await writeFile(gbk, iconvLike);
    expectClean(await validate(csvs));
  });
});

/** Encodes text as GB18030 using the decoder's table (every BMP character we use is 2 bytes). */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const need = new Set([...text].filter((c) => c.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && table.size < need.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const c = decoder.decode(Uint8Array.from([hi, lo]));
      if (need.has(c) && !table.has(c)) table.set(c, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code <= 0x7f) bytes.push(code);
    else bytes.push(...(table.get(c) ?? [0x3f]));
  }
  return Buffer.from(bytes);
}

describe('messy cells that keep their meaning', () => {
  it('accepts numbers as text, full-width digits, units, date serials, Chinese months, formulas with a cached value', async () => {
    const [xlsx] = await fresh();
    const path = xlsx as string;
    await editWorkbook(path, (wb) => {
      const ws = wb.getWorksheet(EMPLOYMENT_SHEET.name);
      if (!ws) throw new Error('sheet');
      const lf = ws.getCell(3, col(EMPLOYMENT_SHEET, 'labourForce'));
      const v = Number(lf.value);
      lf.value = v.toLocaleString('en-US');
      ws.getCell(4, col(EMPLOYMENT_SHEET, 'labourForce')).value =
        `${ws.getCell(4, col(EMPLOYMENT_SHEET, 'labourForce')).value}人`;
      const se = ws.getCell(5, col(EMPLOYMENT_SHEET, 'selfEmployed'));
      se.value = String(se.value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      // exceljs leaves out a cached result of 0 when it writes, so the formula holds a non-zero value.
      const lf6 = ws.getCell(6, col(EMPLOYMENT_SHEET, 'labourForce'));
      lf6.value = { formula: `${Number(lf6.value)}+0`, result: Number(lf6.value) } as never;
      ws.getCell(3, 5).value = 46266; // 2026-09-01 as an Excel serial
      ws.getCell(4, 5).value = '2026年10月';
    });
    const r = await validate([path]);
    expectClean(r);
    const row = r.rows.find((x) => x.sheet === EMPLOYMENT_SHEET.name && x.row.row === 3);
    expect(row?.row.month).toBe('2026-09');
  });

  it('accepts blank rows, a trailing totals row, extra columns and a two-row header with merged group cells', async () => {
    const [xlsx] = await fresh();
    const path = xlsx as string;
    await editWorkbook(path, (wb) => {
      const ws = wb.getWorksheet(DISPUTES_SHEET.name);
      if (!ws) throw new Error('sheet');
      ws.spliceRows(5, 0, []);
      const last = ws.rowCount + 3;
      ws.getCell(last, 2).value = '合计';
      ws.getCell(last, 6).value = 999;
      ws.getCell(2, 40).value = '备注';
      ws.getCell(3, 40).value = '本月调解顺利';
      // Two-row header: the group over its categories, the categories below.
      ws.spliceRows(3, 0, []);
      const first = col(DISPUTES_SHEET, 'disputesRegistered.neighbour');
      DISPUTES_SHEET.fields.slice(0, 6).forEach((f, i) => {
        ws.getCell(2, first + i).value = i === 0 ? '受理（件）' : null;
        ws.getCell(3, first + i).value = f.label;
      });
      ws.mergeCells(2, first, 2, first + 5);
    });
    const r = await validate([path]);
    expectClean(r);
    expect(r.notes.join('\n')).toContain('备注');
    expect(r.notes.join('\n')).toContain('合计行已跳过');
  });
});

async function broken(edit: Parameters<typeof editWorkbook>[1]): Promise<Run> {
  const [xlsx] = await fresh();
  await editWorkbook(xlsx as string, edit);
  const r = await validate([xlsx as string]);
  expect(r.errorCount).toBeGreaterThan(0);
  return r;
}

describe('bad input: each a specific message naming sheet, row, column and header', () => {
  it('refuses a percentage where a count belongs', async () => {
    const r = await broken((wb) => {
      const c = wb.getWorksheet(EVENTS_SHEET.name)?.getCell(3, 6);
      if (c) c.value = '35%';
    });
    expect(r.messages).toEqual([
      `${EVENTS_SHEET.name}|3|F|活动场次·宣传教育（场）|“35%”是百分比，这里应填人数、户数或件数等整数`,
    ]);
  });

  it('refuses a percentage-formatted number', async () => {
    const r = await broken((wb) => {
      const c = wb.getWorksheet(GRID_SHEET.name)?.getCell(3, 7);
      if (c) {
        c.value = 1;
        c.numFmt = '0%';
      }
    });
    expect(r.messages[0]).toContain('|3|G|网格人员·网格长（人）|是百分比');
  });

  it('refuses a formula without a cached value, negatives and fractions', async () => {
    const r = await broken((wb) => {
      const ws = wb.getWorksheet(GRID_SHEET.name);
      if (!ws) return;
      ws.getCell(3, 6).value = { formula: 'SUM(Z1:Z9)' } as never;
      ws.getCell(4, 6).value = -1;
      ws.getCell(5, 6).value = 2.5;
    });
    expect(r.messages.join('\n')).toContain('|3|F|户数·常住户数（户）|是没有计算结果的公式');
    expect(r.messages.join('\n')).toContain('|4|F|户数·常住户数（户）|“-1”是负数');
    expect(r.messages.join('\n')).toContain('|5|F|户数·常住户数（户）|“2.5”不是整数');
  });

  it('refuses an ethnic breakdown that does not add up to the residents', async () => {
    const r = await broken((wb) => {
      const c = wb.getWorksheet(ETHNIC_SHEET.name)?.getCell(3, col(ETHNIC_SHEET, 'ethnic.01'));
      if (c) c.value = Number(c.value) + 1;
    });
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatch(/\|3\|F\|常住人口·合计（人）\|常住人口合计 [\d,]+ 应等于各民族人数之和/);
  });

  it('refuses resolved by level that do not add up, and minority attendances above attendances', async () => {
    const r = await broken((wb) => {
      const d = wb.getWorksheet(DISPUTES_SHEET.name)?.getCell(3, col(DISPUTES_SHEET, 'resolvedByLevel.grid'));
      if (d) d.value = Number(d.value) + 1;
      const ws = wb.getWorksheet(EVENTS_SHEET.name);
      const a = ws?.getCell(3, col(EVENTS_SHEET, 'attendances.volunteer'));
      const m = ws?.getCell(3, col(EVENTS_SHEET, 'minorityAttendances.volunteer'));
      if (a && m) m.value = Number(a.value) + 1;
    });
    const all = r.messages.join('\n');
    expect(all).toContain('各层级化解件数之和');
    expect(all).toContain('不能多于该类参与人次');
  });

  it('refuses employed by destination that do not add up to the total', async () => {
    const r = await broken((wb) => {
      const c = wb.getWorksheet(EMPLOYMENT_SHEET.name)?.getCell(4, col(EMPLOYMENT_SHEET, 'employed.inCounty'));
      if (c) c.value = Number(c.value) + 3;
    });
    expect(r.messages[0]).toContain('月末转移就业人数合计');
  });

  it('refuses unknown grid codes, future months and the same grid-month twice', async () => {
    const r = await broken((wb) => {
      const ws = wb.getWorksheet(GRID_SHEET.name);
      if (!ws) return;
      ws.getCell(3, 1).value = '532398999999999';
      ws.getCell(4, 5).value = '2027-01';
      ws.getCell(6, 1).value = ws.getCell(5, 1).value;
      ws.getCell(6, 5).value = ws.getCell(5, 5).value;
    });
    const all = r.messages.join('\n');
    expect(all).toContain('|3|A|网格代码|网格代码“532398999999999”不在区划库中');
    expect(all).toContain('|4|E|统计月份|统计月份 2027-01 晚于本月 2026-11');
    expect(all).toContain('已在');
  });

  it('refuses person-level data: an ID-card column, a phone number, a personal name as grid name', async () => {
    const r = await broken((wb) => {
      const ws = wb.getWorksheet(GRID_SHEET.name);
      if (!ws) return;
      ws.getCell(2, 12).value = '网格员身份证号';
      ws.getCell(3, 13).value = '13812345678';
      ws.getCell(2, 13).value = '说明';
      ws.getCell(4, 2).value = '王小明';
    });
    const all = r.messages.join('\n');
    expect(all).toContain('|2|L|网格员身份证号|是个人信息列');
    expect(all).toContain('|3|M|说明|“13812345678”像电话号码');
    expect(all).toContain('|4|B|网格名称|“王小明”像个人姓名');
  });

  it('refuses renamed and missing sheets, and missing columns', async () => {
    const r = await broken((wb) => {
      const ws = wb.getWorksheet(EVENTS_SHEET.name);
      if (ws) ws.name = '活动';
      const d = wb.getWorksheet(DISPUTES_SHEET.name);
      if (d) wb.removeWorksheet(d.id);
      wb.getWorksheet(GRID_SHEET.name)?.spliceColumns(7, 1);
    });
    const all = r.messages.join('\n');
    expect(all).toContain('工作表“活动”不是模板中的表（是否被改名？');
    expect(all).toContain(`缺少工作表“${DISPUTES_SHEET.name}”`);
    expect(all).toContain('缺少“网格人员·网格长（人）”列');
  });

  it('refuses a grid-month given in one sheet but not in the others', async () => {
    const r = await broken((wb) => {
      wb.getWorksheet(EVENTS_SHEET.name)?.spliceRows(3, 1);
    });
    expect(r.messages.join('\n')).toContain('中没有这一网格这一月份的数据（五张表须同时填报）');
  });

  it('refuses a zip bomb and a file that is not a workbook, without reading them', async () => {
    const bomb = join(dir, 'bomb.xlsx');
    await zipBomb(bomb, 80 * 1024 * 1024);
    const fake = join(dir, 'fake.xlsx');
    await writeFile(fake, '网格代码,统计月份\n');
    const r = await validate([bomb, fake]);
    expect(r.messages.join('\n')).toContain('压缩炸弹');
    expect(r.messages.join('\n')).toContain('不是 .xlsx 文件');
    expect(r.rows).toEqual([]);
  });

  it('refuses a zip bomb that declares small entries, before any row is read', async () => {
    const liar = join(dir, 'liar.xlsx');
    await zipBomb(liar, 80 * 1024 * 1024, 40_000);
    const r = await validate([liar]);
    expect(r.messages.join('\n')).toContain('解压后的大小与声明不符');
    expect(r.rows).toEqual([]);
  });

  it('refuses a CSV whose name does not say its sheet, and a CSV set missing a sheet', async () => {
    const [, ...csvs] = await fresh();
    const unnamed = join(dir, 'data.csv');
    await writeFile(unnamed, await readFile(csvs[0] as string));
    const r = await validate([unnamed, ...csvs.slice(1, 4)]);
    const all = r.messages.join('\n');
    expect(all).toContain('CSV 文件名应含表名');
    expect(all).toContain(`缺少《${GRID_SHEET.name}》表的 CSV 文件`);
    expect(all).toContain(`缺少《${DISPUTES_SHEET.name}》表的 CSV 文件`);
  });
});

describe('the sample in the repository (docs/import.md)', () => {
  it('passes every check, as a workbook and as CSVs', async () => {
    const base = 'samples/reports-sample';
    const csvs = SHEETS.map((s) => `${base}-${s.name}.csv`);
    for (const files of [[`${base}.xlsx`], csvs]) {
      const r = await validate(files);
      expect(r.messages).toEqual([]);
      expect(r.gridMonths).toBe(DS.tree.grids.length);
      expect(r.months).toEqual(['2026-10']);
    }
  });
});
