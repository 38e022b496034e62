// @vitest-environment node
import { expect, it } from 'vitest';
import { CopyBuffer } from './db-writer';
import { storedColumns } from './db-columns';
import { EMPLOYMENT_SHEET, SHEETS } from './layout';

/** The staged rows' COPY text, written as bytes: grid, month and the stored values, tab-separated. */

it('writes each row as a line of COPY text: grid, month and the stored values', () => {
  for (const sheet of SHEETS) {
    const copy = new CopyBuffer(sheet);
    const lines: string[] = [];
    const samples = [0, 7, 10, 99, 100, 1234567, 999_999_999, 2_000_000_000];
    for (let r = 0; r < 3; r++) {
      const values = Int32Array.from(sheet.fields, (_, i) => samples[(i + r) % samples.length] ?? 0);
      const row = { gridIndex: r, grid: `53239800100100${r}`, month: `2026-0${r + 1}`, values, row: r + 2 };
      copy.add(row);
      lines.push([row.grid, row.month, ...storedColumns(sheet).map((c) => String(values[c.index]))].join('\t'));
    }
    expect(copy.rows).toBe(3);
    expect(Buffer.from(copy.bytes()).toString('latin1')).toBe(lines.map((l) => `${l}\n`).join(''));
  }
});

it('grows past its first buffer', () => {
  const copy = new CopyBuffer(EMPLOYMENT_SHEET);
  const values = new Int32Array(EMPLOYMENT_SHEET.fields.length).fill(2_000_000_000);
  for (let r = 0; r < 25_000; r++)
    copy.add({ gridIndex: 0, grid: '532398001001001', month: '2026-11', values, row: r });
  const text = Buffer.from(copy.bytes()).toString('latin1').split('\n');
  expect(text).toHaveLength(25_001);
  expect(text[24_999]).toBe(text[0]);
});
