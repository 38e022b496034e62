import type { Kysely } from 'kysely';
import type { BoundaryFeature } from '@/api/boundaries';
import type { Level } from '@/api/common';
import type { CodeName } from '@/api/meta';
import { daysInMonth } from '@/lib/period';
import type { DatasetFacts, FactsSource, GridParent, RegionFacts } from '../answers/facts-source';
import { layoutOf } from '../answers/context';
import { ETHNIC_CODES, ethnicColumn } from '../db/fact-columns';
import type { Schema } from '../db/schema';
import { columnOffsets } from './column-offsets';
import type { RegionTree } from './region-tree';
import { loadRegionTree } from './region-tree';

/**
 * The database as a facts source (server/answers/facts-source.ts), over H16a's schema
 * (docs/database.md). What a request reads:
 * - the region tree and each region's bbox: loaded once per data version into memory (a
 *   province's ~60,000 regions), so region, children, ancestors and `?level=grid` cost no query;
 * - region-month ROLLUPS (`region_month`, `region_month_residents`, written at import) for
 *   towns, communities and the county, and the grid tables for grids: a region and period read
 *   at most months × regions rows, never the grids below;
 * - prepared FeatureCollections (`boundary_layer`) for boundaries.
 * Every statement filters by county_code too (the distribution key on Citus).
 *
 * The data version is the last successful import (import_log); it is re-read at most every
 * `versionTtlMs` (default 2 s), so screens refreshing at once cause one tiny query, not one each.
 */
export interface DatabaseFactsOptions {
  versionTtlMs?: number;
}

/** Inclusive upper bounds of the days-to-resolve columns (resolved_in_days_1 … _over_60, the last capped). */
const DAYS_BINS = [1, 3, 7, 15, 30, 60, 120];
/** Codes per statement: far below PGlite's 32,767 parameters. */
const CHUNK = 2000;

interface Loaded {
  version: string;
  facts: DatasetFacts;
  tree: RegionTree;
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const counties = (codes: readonly string[]): string[] => [...new Set(codes.map((c) => c.slice(0, 6)))];

/** ISO 8601 in China Standard Time (the data's time zone), e.g. 2026-11-22T08:00:00+08:00. */
function chinaIso(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

export function databaseFacts(db: Kysely<Schema>, options: DatabaseFactsOptions = {}): FactsSource {
  const ttl = options.versionTtlMs ?? 2000;
  let loaded: Promise<Loaded> | null = null;
  let checkedAt = 0;

  async function readVersion(): Promise<{ version: string; at: Date | null }> {
    const row = await db
      .selectFrom('import_log')
      .select((eb) => [eb.fn.max('id').as('id'), eb.fn.max('finished_at').as('at')])
      .where('result', '=', 'ok')
      .executeTakeFirst();
    const at = row?.at ? new Date(row.at as unknown as string) : null;
    return { version: `${row?.id ?? 0}|${at?.toISOString() ?? ''}`, at };
  }

  async function load(): Promise<Loaded> {
    const { version, at } = await readVersion();
    const [lists, settings, tree, span] = await Promise.all([
      db.selectFrom('code_list').select(['list', 'code', 'name']).orderBy('list').orderBy('sort').execute(),
      db.selectFrom('dataset_setting').select(['key', 'value']).execute(),
      loadRegionTree(db),
      db
        .selectFrom('region_month')
        .select((eb) => [eb.fn.min('month').as('first'), eb.fn.max('month').as('last')])
        .where('level', '=', 'county')
        .executeTakeFirst(),
    ]);
    const list = (name: string): CodeName[] =>
      lists.filter((l) => l.list === name).map((l) => ({ code: l.code, name: l.name }));
    const setting = new Map(settings.map((s) => [s.key, s.value]));
    const root = tree.root;
    const lastMonth = String(span?.last ?? '').trim();
    const firstMonth = String(span?.first ?? '').trim();
    if (!root || !lastMonth) throw new Error('数据库中还没有区划或月报数据：请先导入边界和月报（docs/import.md）');
    const ethnicByCode = new Map(list('ethnic-group').map((g) => [g.code, g.name]));
    const days = Number(setting.get('last_month_days'));
    const target = Number(setting.get('resolution_target'));
    const name = setting.get('dataset_name');
    const facts: DatasetFacts = {
      datasetName: typeof name === 'string' && name !== '' ? name : `${root.name}网格化服务管理数据`,
      demo: setting.get('demo') === true,
      lastUpdated: chinaIso(at ?? new Date(0)),
      rootCode: root.code,
      firstMonth,
      lastMonth,
      lastMonthDays: Number.isInteger(days) && days >= 1 && days <= 31 ? days : daysInMonth(lastMonth),
      ethnicGroups: ETHNIC_CODES.map((code) => ({ code, name: ethnicByCode.get(code) ?? code })),
      eventCategories: list('event-category'),
      disputeCategories: list('dispute-category'),
      welfarePostTypes: list('welfare-post-type'),
      trainingCourses: list('training-course'),
      daysToResolveBins: DAYS_BINS,
      resolutionTarget: Number.isFinite(target) && target >= 0 && target <= 1 ? target : 0.95,
      gridCount: tree.gridCount,
    };
    return { version, facts, tree };
  }

  async function current(): Promise<Loaded> {
    const now = Date.now();
    if (!loaded) {
      checkedAt = now;
      loaded = load();
      loaded.catch(() => (loaded = null));
      return loaded;
    }
    if (now - checkedAt > ttl) {
      checkedAt = now;
      const [{ version }, previous] = await Promise.all([readVersion(), loaded]);
      if (version !== previous.version) {
        loaded = load();
        loaded.catch(() => (loaded = null));
      }
    }
    return loaded;
  }

  async function monthRows(
    codes: readonly string[],
    from: string,
    to: string,
    facts: DatasetFacts,
  ): Promise<Map<string, ArrayLike<number>>> {
    const layout = layoutOf(facts);
    const offsets = columnOffsets(facts, layout);
    const columns = offsets.map(([column]) => column);
    const n =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5)) + 1;
    const out = new Map<string, Float64Array>();
    const put = (code: string, month: string, row: Record<string, unknown>) => {
      let v = out.get(code);
      if (!v) out.set(code, (v = new Float64Array(n * layout.ROW)));
      const m =
        (Number(month.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(from.slice(5));
      const base = m * layout.ROW;
      for (const [column, offset] of offsets) v[base + offset] = Number(row[column] ?? 0);
    };
    const grids = codes.filter((c) => c.length === 15);
    const regions = codes.filter((c) => c.length < 15);
    for (const part of chunks(regions)) {
      const rows = await db
        .selectFrom('region_month')
        .select(['region_code', 'month', ...(columns as 'households'[])])
        .where('county_code', 'in', counties(part))
        .where('region_code', 'in', part)
        .where('month', '>=', from)
        .where('month', '<=', to)
        .execute();
      for (const r of rows) put(r.region_code, r.month, r as unknown as Record<string, unknown>);
    }
    for (const part of chunks(grids)) {
      const rows = await db
        .selectFrom('grid_month')
        .select(['grid_code', 'month', ...(columns as 'households'[])])
        .where('county_code', 'in', counties(part))
        .where('grid_code', 'in', part)
        .where('month', '>=', from)
        .where('month', '<=', to)
        .execute();
      for (const r of rows) put(r.grid_code, r.month, r as unknown as Record<string, unknown>);
    }
    return out;
  }

  async function residents(codes: readonly string[], month: string): Promise<Map<string, ArrayLike<number>>> {
    const columns = ETHNIC_CODES.map(ethnicColumn) as 'ethnic_01'[];
    const out = new Map<string, Int32Array>();
    const put = (code: string, row: Record<string, unknown>) =>
      out.set(
        code,
        Int32Array.from(columns, (c) => Number(row[c] ?? 0)),
      );
    const grids = codes.filter((c) => c.length === 15);
    const regions = codes.filter((c) => c.length < 15);
    for (const part of chunks(regions)) {
      const rows = await db
        .selectFrom('region_month_residents')
        .select(['region_code', ...columns])
        .where('county_code', 'in', counties(part))
        .where('region_code', 'in', part)
        .where('month', '=', month)
        .execute();
      for (const r of rows) put(r.region_code, r as unknown as Record<string, unknown>);
    }
    for (const part of chunks(grids)) {
      const rows = await db
        .selectFrom('grid_month_residents')
        .select(['grid_code', ...columns])
        .where('county_code', 'in', counties(part))
        .where('grid_code', 'in', part)
        .where('month', '=', month)
        .execute();
      for (const r of rows) put(r.grid_code, r as unknown as Record<string, unknown>);
    }
    return out;
  }

  /** One region's residents by group, month by month: one read (a grid's own table, else the rollup). */
  async function residentsSeries(code: string, from: string, to: string): Promise<Map<string, ArrayLike<number>>> {
    const columns = ETHNIC_CODES.map(ethnicColumn) as 'ethnic_01'[];
    const vector = (row: Record<string, unknown>) => Int32Array.from(columns, (c) => Number(row[c] ?? 0));
    const rows =
      code.length === 15
        ? await db
            .selectFrom('grid_month_residents')
            .select(['month', ...columns])
            .where('county_code', '=', code.slice(0, 6))
            .where('grid_code', '=', code)
            .where('month', '>=', from)
            .where('month', '<=', to)
            .execute()
        : await db
            .selectFrom('region_month_residents')
            .select(['month', ...columns])
            .where('county_code', 'in', counties([code]))
            .where('region_code', '=', code)
            .where('month', '>=', from)
            .where('month', '<=', to)
            .execute();
    return new Map(rows.map((r) => [r.month, vector(r as unknown as Record<string, unknown>)]));
  }

  return {
    dataset: async () => (await current()).facts,
    region: async (code): Promise<RegionFacts | null> => (await current()).tree.region(code),
    gridParents: async (code): Promise<GridParent[]> => (await current()).tree.gridParents(code),
    boundaries: async (code: string, level: Level | null): Promise<BoundaryFeature[]> => {
      const row = await db
        .selectFrom('boundary_layer')
        .select('body')
        .where('county_code', '=', code.slice(0, 6))
        .where('parent_code', '=', code)
        .where('layer', '=', level === null || level === 'county' ? 'children' : level)
        .executeTakeFirst();
      if (!row) return [];
      return (JSON.parse(row.body) as { features: BoundaryFeature[] }).features;
    },
    rows: async (codes, from, to) => monthRows(codes, from, to, (await current()).facts),
    ethnic: async (codes, month) => residents(codes, month),
    ethnicSeries: async (code, from, to) => residentsSeries(code, from, to),
  };
}
