import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/components/table/csv';
import type { TableModel } from '@/components/table/table-model';

/** RFC 4180 fields of one line (enough for this test: no line breaks inside generated names). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV export of hostile names', () => {
  it('never writes a text cell that a spreadsheet would run as a formula, and keeps every row', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc
        .tuple(
          fc.constantFrom('=', '+', '-', '@', '\t', '=HYPERLINK("http://x")', '<img src=x onerror=alert(1)>'),
          fc.string({ maxLength: 20 }),
        )
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(
        fc.array(
          name.filter((s) => !/[\r\n]/.test(s)),
          { minLength: 1, maxLength: 20 },
        ),
        (names) => {
          const model: TableModel = {
            title: '下级区域',
            sections: [
              {
                title: '排名',
                columns: ['名称', '人数'],
                rows: names.map((n, i) => [
                  { kind: 'text', text: n },
                  { kind: 'count', value: i },
                ]),
              },
            ],
            notes: [],
          } as TableModel;
          const lines = toCsv(model, [])
            .replace(/^\uFEFF/, '')
            .split('\r\n');
          const header = lines.indexOf('名称,人数');
          const rows = lines.slice(header + 1, header + 1 + names.length).map(fields);
          expect(rows).toHaveLength(names.length);
          rows.forEach(([cell], i) => {
            expect(cell).not.toMatch(FORMULA_START);
            // Only the neutralising apostrophe is added; the name itself survives.
            const n = names[i]!;
            expect(cell).toBe(FORMULA_START.test(n) ? `'${n}` : n);
          });
        },
      ),
    );
  });
});
