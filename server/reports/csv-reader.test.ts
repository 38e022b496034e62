// @vitest-environment node
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { isPlainCsv, openCsv } from './csv-reader';
import { GRID_SHEET } from './layout';

/**
 * A CSV without quotes and with one kind of line end is split on commas and newlines
 * directly (several times faster than csv-parse); it must read exactly as csv-parse reads it.
 */

const dir = mkdtempSync(join(tmpdir(), 'shiliu-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (bytes: Buffer | string): string => {
  const f = join(dir, `报表-${GRID_SHEET.name}-${n++}.csv`);
  writeFileSync(f, bytes);
  return f;
};

async function readAll(f: string): Promise<[number, readonly unknown[]][]> {
  const out: [number, readonly unknown[]][] = [];
  for await (const sheet of (await openCsv(f)).sheets) for await (const r of sheet.rows) out.push([r.number, r.values]);
  return out;
}

const csvParse = (text: string): [number, string[]][] =>
  (
    parse(text, { bom: true, relax_column_count: true, relax_quotes: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[]
  ).map((r) => [r.info.lines, r.record]);

it('tells a plain CSV from one that needs the full parser', async () => {
  expect(await isPlainCsv(file('网格代码,常住户数\n532398001001001,12\n'))).toBe(true);
  expect(await isPlainCsv(file('网格代码,常住户数\r\n532398001001001,12\r\n'))).toBe(true);
  expect(await isPlainCsv(file('网格代码,常住户数\n532398001001001,"1,234"\n'))).toBe(false);
  expect(await isPlainCsv(file('a,b\r\nc,d\ne,f\n'))).toBe(false); // mixed line ends
  expect(await isPlainCsv(file('a,b\rc,d\r'))).toBe(false); // CR alone
  // A CR and its LF in different read chunks (1 MiB) still count as one CRLF.
  expect(await isPlainCsv(file(`${'x'.repeat(1024 * 1024 - 1)}\r\ny\r\n`))).toBe(true);
});

it('reads a plain CSV exactly as csv-parse does (UTF-8 with or without BOM, GBK, LF or CRLF)', async () => {
  const field = fc.string({
    unit: fc.constantFrom('1', '0', '９', ' ', '网', '格', '人', '\t', '-', '%', ';', "'"),
    maxLength: 6,
  });
  const line = fc.array(field, { minLength: 1, maxLength: 5 }).map((f) => f.join(','));
  await fc.assert(
    fc.asyncProperty(
      fc.array(line, { maxLength: 8 }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom('utf-8', 'utf-8-bom', 'gbk'),
      async (lines, crlf, trailing, encoding) => {
        const text = lines.join(crlf ? '\r\n' : '\n') + (trailing && lines.length > 0 ? (crlf ? '\r\n' : '\n') : '');
        const bytes =
          encoding === 'gbk'
            ? iconv.encode(text, 'gbk')
            : Buffer.from(encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
        const f = file(bytes);
        expect(await isPlainCsv(f)).toBe(true);
        expect(await readAll(f)).toEqual(csvParse(text));
      },
    ),
    { numRuns: 150 },
  );
});

it('still reads quoted fields with the full parser', async () => {
  expect(await readAll(file('网格代码,常住户数\n532398001001001,"1,234"\n'))).toEqual([
    [1, ['网格代码', '常住户数']],
    [2, ['532398001001001', '1,234']],
  ]);
});
