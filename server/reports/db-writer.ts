import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { CopyRows, Database } from '../db/database';
import { rebuildRollups } from '../db/rollups';
import type { Schema } from '../db/schema';
import { openCsv } from './csv-reader';
import { isResidentsSheet, storedColumns } from './db-columns';
import type { SheetSpec } from './layout';
import { SHEETS } from './layout';
import { currentMonth } from './months-arg';
import type { CheckedRow } from './sheet-check';
import type { ValidationResult } from './validate';
import { validateReports } from './validate';
import { openXlsx } from './xlsx-reader';

/**
 * `import reports`: reads and checks the files, writing checked rows into temporary staging
 * tables inside ONE transaction; only when no file has any error are the grid-months
 * replaced and the region-month rollups rewritten, in that same transaction. Any error, a
 * crash or a kill -9 leaves the previous data as it was. The import log gets one entry per
 * file whatever the outcome (written outside the transaction, so a refusal is kept too).
 */

export interface ImportOutcome extends ValidationResult {
  ok: boolean;
  /** import_log ids of this run, one per file. */
  logIds: number[];
}

export interface ImportOptions {
  /** Called with the bytes read so far of all files, and the total. */
  onProgress?: (read: number, total: number) => void;
  /** The latest month a report may be for; default the current month (China time). */
  latestMonth?: string;
  /** Told how long each phase took (read and check, replace, rollups), for the bench. */
  onPhase?: (phase: 'read-check-stage' | 'replace' | 'rollups', ms: number) => void;
}

const STAGE_ROWS = 10_000;
const stageName = (s: SheetSpec): string => `stage_report_${SHEETS.indexOf(s)}`;

class Refused extends Error {}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function createStages(tx: Transaction<Schema>): Promise<void> {
  for (const sheet of SHEETS) {
    let t = tx.schema
      .createTable(stageName(sheet))
      .temporary()
      .onCommit('drop')
      .addColumn('grid_code', 'varchar(15)', (c) => c.notNull())
      .addColumn('month', 'char(7)', (c) => c.notNull());
    for (const { column } of storedColumns(sheet)) t = t.addColumn(column, 'integer', (c) => c.notNull());
    // No key: COPY appends without index upkeep (duplicates were refused while reading) and
    // the merge hashes the five sheets, one pass each.
    await t.execute();
  }
}

/**
 * Staged rows per sheet, written with COPY (Database.bulkTransaction) every STAGE_ROWS rows:
 * each row a line of COPY's text format, grid, month and the stored values separated by tabs,
 * written as bytes into one buffer per sheet (no string per row or value). Everything written
 * is validated digits (a 15-digit code, YYYY-MM, whole numbers), so there is nothing to escape.
 */
class Stager {
  private readonly pending = new Map<SheetSpec, CopyBuffer>();
  /** The COPY being written: at most one, so reading goes on while the database takes a batch. */
  private inflight: Promise<void> = Promise.resolve();
  constructor(private readonly copy: CopyRows) {}

  add(sheet: SheetSpec, row: CheckedRow): Promise<void> | undefined {
    let p = this.pending.get(sheet);
    if (!p) this.pending.set(sheet, (p = new CopyBuffer(sheet)));
    p.add(row);
    return p.rows >= STAGE_ROWS ? this.flush(sheet) : undefined;
  }

  async flush(sheet: SheetSpec): Promise<void> {
    const p = this.pending.get(sheet);
    if (!p || p.rows === 0) return;
    this.pending.delete(sheet);
    const columns = ['grid_code', 'month', ...storedColumns(sheet).map((c) => c.column)];
    // A failed COPY throws here, at the next flush, or in flushAll (the transaction rolls back).
    await this.inflight;
    this.inflight = this.copy(stageName(sheet), columns, p.bytes());
    this.inflight.catch(() => {}); // handled where it is awaited
  }

  async flushAll(): Promise<void> {
    for (const sheet of SHEETS) await this.flush(sheet);
    await this.inflight;
  }
}

/** COPY text-format lines of one sheet's rows, in a growing byte buffer. */
export class CopyBuffer {
  private buf: Buffer<ArrayBuffer>;
  private length = 0;
  rows = 0;
  private readonly stored: Int32Array;

  constructor(sheet: SheetSpec) {
    this.stored = Int32Array.from(storedColumns(sheet), (c) => c.index);
    // Grid, month, and at most 10 digits per value, each after a tab; a newline.
    this.buf = Buffer.allocUnsafe(STAGE_ROWS * this.maxRow());
  }

  private maxRow(): number {
    return 15 + 1 + 7 + this.stored.length * 11 + 1;
  }

  add(row: CheckedRow): void {
    if (this.length + this.maxRow() > this.buf.length) {
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    const b = this.buf;
    let at = this.length;
    at += b.write(row.grid, at, 'latin1');
    b[at++] = 9;
    at += b.write(row.month, at, 'latin1');
    for (let i = 0; i < this.stored.length; i++) {
      b[at++] = 9;
      let v = row.values[this.stored[i] ?? 0] ?? 0;
      if (v === 0) {
        b[at++] = 48;
        continue;
      }
      // Values are whole numbers 0…2,000,000,000 (int32): `| 0` truncates.
      let width = 0;
      for (let x = v; x > 0; x = (x / 10) | 0) width++;
      at += width;
      for (let j = at - 1; v > 0; j--) {
        b[j] = 48 + (v % 10);
        v = (v / 10) | 0;
      }
    }
    b[at++] = 10;
    this.length = at;
    this.rows++;
  }

  /** The lines written so far. */
  bytes(): Uint8Array<ArrayBuffer> {
    return this.buf.subarray(0, this.length);
  }
}

/** Replaces the staged grid-months in grid_month and grid_month_residents. */
async function replaceGridMonths(tx: Transaction<Schema>, importId: number): Promise<void> {
  const factSheets = SHEETS.filter((s) => !isResidentsSheet(s));
  const residents = SHEETS.find(isResidentsSheet);
  const first = factSheets[0];
  if (!first || !residents) return;
  const factCols = factSheets.flatMap((s) => storedColumns(s).map((c) => c.column));
  const residentCols = storedColumns(residents).map((c) => c.column);
  const stage = (s: SheetSpec) => sql.table(stageName(s));
  for (const target of ['grid_month', 'grid_month_residents'] as const) {
    // county_code first: the primary key (county_code, grid_code, month) finds each row.
    await sql`delete from ${sql.table(target)} t using ${stage(first)} s
      where t.county_code = substr(s.grid_code, 1, 6) and t.grid_code = s.grid_code and t.month = s.month`.execute(tx);
  }
  // Staged sheets are complete (the checks refuse a grid-month missing from any sheet). The
  // keys are compared in the "C" collation: codes and months are digits, equal in any
  // collation, but the merge join's sorts of 1.2 M staged rows (province) compare bytes then
  // instead of going through the locale's strcoll (PostgreSQL's C.UTF-8, zh_CN.UTF-8…).
  let from = sql`${stage(first)} s0`;
  for (const [i, s] of factSheets.slice(1).entries()) {
    const a = sql.table(`s${i + 1}`);
    from = sql`${from} join ${stage(s)} ${a}
      on ${a}.grid_code collate "C" = s0.grid_code collate "C" and ${a}.month collate "C" = s0.month collate "C"`;
  }
  const factList = sql.join(factCols.map((c) => sql.ref(c)));
  await sql`insert into grid_month (county_code, grid_code, month, import_id, ${factList})
    select substr(s0.grid_code, 1, 6), s0.grid_code, s0.month, ${importId}, ${factList} from ${from}`.execute(tx);
  const resList = sql.join(residentCols.map((c) => sql.ref(c)));
  await sql`insert into grid_month_residents (county_code, grid_code, month, import_id, ${resList})
    select substr(grid_code, 1, 6), grid_code, month, ${importId}, ${resList} from ${stage(residents)}`.execute(tx);
  // Fresh statistics for the rollups that read these tables next (ANALYZE sees the
  // transaction's own rows): without them a first import's million rows are planned as a few
  // hundred — a bitmap scan over the whole table, a hash aggregate spilled to disk in many
  // batches. Only the key columns: the row count and the groups are what the plan needs, and
  // statistics of all ~85 columns took 4 s per table on PGlite at prefecture size, of these
  // three 0.3–0.7 s.
  await sql`analyze grid_month (county_code, grid_code, month),
    grid_month_residents (county_code, grid_code, month)`.execute(tx);
}

async function touched(tx: Transaction<Schema>): Promise<{ counties: string[]; months: string[] }> {
  const first = SHEETS[0] as SheetSpec;
  const t = sql.table(stageName(first));
  const counties = await sql<{ c: string }>`select distinct substr(grid_code, 1, 6) as c from ${t}`.execute(tx);
  const months = await sql<{ m: string }>`select distinct month as m from ${t}`.execute(tx);
  return { counties: counties.rows.map((r) => r.c), months: months.rows.map((r) => r.m) };
}

async function loadGrids(db: Kysely<Schema>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('region').select('code').where('level', '=', 'grid').orderBy('code').execute();
  return new Map(rows.map((r, i) => [r.code, i]));
}

export async function importReports(
  database: Database,
  files: readonly string[],
  o: ImportOptions = {},
): Promise<ImportOutcome> {
  const { db } = database;
  const grids = await loadGrids(db);
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f)
        .then((s) => s.size)
        .catch(() => 0),
    ),
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  const logIds: number[] = [];
  for (const [i, file] of files.entries()) {
    const row = await db
      .insertInto('import_log')
      .values({
        kind: 'reports',
        file_name: basename(file),
        file_sha256: sizes[i] ? await sha256(file) : '',
        file_bytes: sizes[i] ?? 0,
        result: 'running',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    logIds.push(row.id);
  }
  const before = files.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  const opener = (file: string) => {
    const i = files.indexOf(file);
    const onBytes = (read: number) => o.onProgress?.((before[i] ?? 0) + read, total);
    return file.toLowerCase().endsWith('.csv') ? openCsv(file, onBytes) : openXlsx(file, onBytes);
  };
  const rowsPerFile = new Map<string, number>();
  let result: ValidationResult | null = null;
  try {
    await database.bulkTransaction(async (tx, copy) => {
      let t = performance.now();
      const phase = (name: 'read-check-stage' | 'replace' | 'rollups'): void => {
        o.onPhase?.(name, performance.now() - t);
        t = performance.now();
      };
      await createStages(tx);
      const stager = new Stager(copy);
      let currentFile = '';
      result = await validateReports(
        files,
        async (file) => {
          currentFile = file;
          return opener(file);
        },
        {
          grids,
          latestMonth: o.latestMonth ?? currentMonth(),
          onRow: async (sheet, row) => {
            rowsPerFile.set(currentFile, (rowsPerFile.get(currentFile) ?? 0) + 1);
            await stager.add(sheet, row);
          },
        },
      );
      if (result.errorCount > 0) throw new Refused();
      await stager.flushAll();
      for (const sheet of SHEETS) await sql`analyze ${sql.table(stageName(sheet))}`.execute(tx);
      phase('read-check-stage');
      const importId = logIds[0] ?? 0;
      await replaceGridMonths(tx, importId);
      phase('replace');
      const scope = await touched(tx);
      await rebuildRollups(tx, { countyCodes: scope.counties, months: scope.months });
      phase('rollups');
      for (const [i, id] of logIds.entries()) {
        await tx
          .updateTable('import_log')
          .set({ result: 'ok', finished_at: new Date(), rows: rowsPerFile.get(files[i] ?? '') ?? 0 })
          .where('id', '=', id)
          .execute();
      }
    });
  } catch (e) {
    const refused = e instanceof Refused;
    const r = result as ValidationResult | null;
    await db
      .updateTable('import_log')
      .set({
        result: refused ? 'refused' : 'failed',
        finished_at: new Date(),
        message: refused ? `${r?.errorCount ?? 0} 处错误，未导入任何数据` : e instanceof Error ? e.message : String(e),
        details: refused ? JSON.stringify((r?.errors ?? []).slice(0, 200)) : null,
      })
      .where('id', 'in', logIds)
      .execute();
    if (!refused) throw e;
  }
  const r = result as ValidationResult | null;
  if (!r) throw new Error('import ended without a validation result');
  return { ...r, ok: r.errorCount === 0, logIds };
}
