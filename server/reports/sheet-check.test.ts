// @vitest-environment node
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SHEETS } from './layout';
import { ErrorList } from './report-errors';
import type { CheckedRow } from './sheet-check';
import { checkSheet } from './sheet-check';
import type { SourceRow } from './source';
import { GRID_INDEX, demoWorkbook, tempDir } from './test-workbooks';

/**
 * A plain CSV row is checked from its line (no string per cell) when it is the usual row;
 * everything else goes through the full checks. Both must give the same rows, errors and
 * notes for any row.
 */

let done: () => Promise<void> = async () => {};
/** Each sheet's CSV lines (header first), from the demo template. */
const lines = new Map<string, string[]>();

beforeAll(async () => {
  const t = await tempDir();
  done = t.done;
  const [, ...csvs] = await demoWorkbook(t.dir);
  for (const f of csvs) {
    const sheet = SHEETS.find((s) => f.includes(s.name));
    const text = (await readFile(f, 'utf8')).replace(/^\uFEFF/, '');
    if (sheet) lines.set(sheet.name, text.split(/\r?\n/).filter(Boolean));
  }
});
afterAll(() => done());

interface Checked {
  rows: (Omit<CheckedRow, 'values'> & { values: number[] })[];
  errors: unknown[];
  notes: string[];
  splits: number;
}

/** Checks `rows` of `sheet`; with `asLines` each row carries its line (as the plain CSV reader gives it). */
async function check(sheetName: string, rows: string[], asLines: boolean): Promise<Checked> {
  const sheet = SHEETS.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(sheetName);
  let splits = 0;
  const source: SourceRow[] = rows.map((line, i) =>
    asLines
      ? {
          number: i + 1,
          line,
          get values() {
            // The header row and the row after it are read by cells (header map, two-row header).
            if (i >= 2) splits++;
            return line.split(',');
          },
        }
      : { number: i + 1, values: line.split(',') },
  );
  const out: Checked = { rows: [], errors: [], notes: [], splits: 0 };
  const errors = new ErrorList();
  await checkSheet(
    sheet,
    {
      name: sheet.name,
      rows: (async function* () {
        yield* source;
      })(),
    },
    {
      file: 'f.csv',
      ctx: { grids: GRID_INDEX, latestMonth: '2026-11' },
      errors,
      notes: out.notes,
      onRow: (row) => {
        out.rows.push({ ...row, values: [...row.values] });
      },
    },
  );
  out.errors = errors.list;
  out.splits = splits;
  return out;
}

it('checks the usual plain CSV row without splitting its line', async () => {
  for (const sheet of SHEETS) {
    const all = lines.get(sheet.name) ?? [];
    const r = await check(sheet.name, all, true);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(all.length - 1);
    expect(r.splits).toBe(0);
    expect(r).toEqual({ ...(await check(sheet.name, all, false)), splits: 0 });
  }
});

it('gives the same rows, errors and notes from a line as from its cells, whatever the cells hold', async () => {
  const cell = fc.oneof(
    fc.constantFrom('', ' ', '0', '1', '7', '12', '007', '123456789', '1234567890', '2000000000'),
    fc.constantFrom('１２', '1,234', '12人', '-1', '1.5', '+3', '5%', 'x', ' 3', '3 ', '\t4'),
    fc.constantFrom('2026-11', '2026-12', '2026-1', '2026年11月', '1999-12', '2026-13', '2026-00', '2026/11'),
    fc.constantFrom('532398001001001', '532398001001999', '53239800100100', "'532398001001001", '５３２'),
    fc.constantFrom('张伟', '第一网格', '13812345678', '110101199003074477', '合计', '老城社区'),
    fc.nat({ max: 400 }).map(String),
  );
  const names = SHEETS.map((s) => s.name);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...names),
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.array(fc.tuple(fc.oneof(fc.nat({ max: 5 }), fc.nat({ max: 45 })), cell), { maxLength: 3 }),
        ),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
      async (name, edits) => {
        const all = lines.get(name) ?? [];
        const data = all.slice(1);
        const rows = [
          all[0] ?? '',
          ...edits.map(([pick, changes]) => {
            const cells = (data[pick % data.length] ?? '').split(',');
            for (const [c, v] of changes) cells[c % (cells.length + 2)] = v;
            return Array.from(cells, (v) => v ?? '').join(',');
          }),
        ];
        const fast = await check(name, rows, true);
        const full = await check(name, rows, false);
        expect({ ...fast, splits: 0 }).toEqual({ ...full, splits: 0 });
      },
    ),
    { numRuns: 300 },
  );
});
