import { CrossChecks } from './cross-checks';
import { HEADER_SEARCH_ROWS, isHeaderRow } from './header-map';
import type { SheetSpec } from './layout';
import { DEFINITIONS_SHEET, SHEETS } from './layout';
import type { ReportError } from './report-errors';
import { ErrorList } from './report-errors';
import type { CheckedRow, ImportContext } from './sheet-check';
import { checkSheet } from './sheet-check';
import type { ReportSource, SourceSheet } from './source';
import { FileRefused } from './source';

/**
 * From report files to checked grid-month rows plus every error, in one streamed pass.
 * Rows are handed to `onRow` as they pass their own sheet's checks; checks across rows and
 * sheets come at the end, so a caller that writes rows as they come must write them inside a
 * transaction and roll back when `errorCount > 0` (all or nothing).
 */

export interface ValidateOptions extends ImportContext {
  onRow?: (sheet: SheetSpec, row: CheckedRow) => void | Promise<void>;
  /** Zero-employment households open before a month, from the database (null: unknown). */
  zeroOpenBefore?: (gridIndex: number, month: string) => number | null;
}

export interface ValidationResult {
  errors: ReportError[];
  /** All errors, also those beyond the listed ones. */
  errorCount: number;
  /** What was skipped or ignored (not errors). */
  notes: string[];
  /** Grid-months present in every sheet. */
  gridMonths: number;
  months: string[];
}

/** Opens a file; the caller passes its opener so this module stays independent of formats. */
export type Opener = (file: string) => Promise<ReportSource>;

function sheetByName(name: string): SheetSpec | undefined {
  const n = name.normalize('NFKC').trim();
  return SHEETS.find((s) => s.name === n);
}

async function looksLikeReport(sheet: SourceSheet): Promise<boolean> {
  let n = 0;
  for await (const r of sheet.rows) {
    if (isHeaderRow(r.values)) return true;
    if (++n >= HEADER_SEARCH_ROWS) return false;
  }
  return false;
}

export async function validateReports(
  files: readonly string[],
  open: Opener,
  o: ValidateOptions,
): Promise<ValidationResult> {
  const errors = new ErrorList();
  const notes: string[] = [];
  const cross = new CrossChecks(o.grids, files, o.zeroOpenBefore ?? null);
  const csvSheets = new Set<SheetSpec>();
  let anyCsv = false;
  const months = new Set<string>();
  let unreadable = false;
  for (const [fileIndex, file] of files.entries()) {
    let source: ReportSource;
    const found = new Set<SheetSpec>();
    try {
      source = await open(file);
      for await (const sheet of source.sheets) {
        const spec = sheetByName(sheet.name);
        if (!spec) {
          if (sheet.name.trim() === DEFINITIONS_SHEET) continue;
          if (await looksLikeReport(sheet))
            errors.add({
              file,
              sheet: sheet.name,
              message: `工作表“${sheet.name}”不是模板中的表（是否被改名？表名应为 ${SHEETS.map((s) => s.name).join('、')} 之一）`,
            });
          else notes.push(`${file}：工作表“${sheet.name}”不是报表，已忽略`);
          continue;
        }
        if (found.has(spec)) {
          errors.add({ file, sheet: spec.name, message: '同一文件中这张表出现了两次' });
          continue;
        }
        found.add(spec);
        await checkSheet(spec, sheet, {
          file,
          ctx: o,
          errors,
          notes,
          onUnreadable: () => (unreadable = true),
          onRejected: (g, month, row) => cross.rejected(spec, g, month, row),
          onColumns: (cols) => cross.noteColumns(fileIndex, SHEETS.indexOf(spec), cols),
          onRow: (row) => {
            const before = cross.record(spec, fileIndex, row);
            if (before) {
              errors.add({
                file,
                sheet: spec.name,
                row: row.row,
                message: `网格 ${row.grid} 的 ${row.month} 已在 ${before.file} 第 ${before.row} 行填报过，同一网格同一月份只能有一行`,
              });
              return;
            }
            months.add(row.month);
            return o.onRow?.(spec, row);
          },
        });
      }
    } catch (e) {
      if (e instanceof FileRefused) {
        unreadable = true;
        errors.add({ file, message: e.message });
        continue;
      }
      if (e instanceof Error && 'code' in e && e.code === 'ENOENT') {
        unreadable = true;
        errors.add({ file, message: '文件不存在' });
        continue;
      }
      throw e;
    }
    if (source.kind === 'xlsx') {
      for (const s of SHEETS)
        if (!found.has(s) && (unreadable = true))
          errors.add({ file, message: `缺少工作表“${s.name}”（请使用模板，不要删除或改名工作表）` });
    } else {
      anyCsv = true;
      for (const s of found) csvSheets.add(s);
    }
  }
  if (anyCsv) {
    for (const s of SHEETS)
      if (!csvSheets.has(s) && (unreadable = true))
        errors.add({ file: '（本次导入）', message: `缺少《${s.name}》表的 CSV 文件：五张表须一起导入` });
  }
  cross.run(errors, !unreadable);
  return {
    errors: errors.list,
    errorCount: errors.count,
    notes,
    gridMonths: cross.gridMonths(),
    months: [...months].sort(),
  };
}
