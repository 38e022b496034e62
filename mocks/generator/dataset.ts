import type { Ring } from './clip';
import { ROW } from './fields';
import { rootOutline, sampleSites, tile } from './geometry';
import { daysInMonth, monthNumber } from './months';
import { gridMonths } from './monthly';
import { rngFor } from './prng';
import type { DatasetSize } from './sizes';
import { CENTRE, DEFAULT_SEED, SIZE_SPECS } from './sizes';
import type { RegionTree } from './tree';
import { buildTree } from './tree';
import type { GridProfile, RegionNode } from './tree-types';
import { DATASET_GROUPS } from './ethnic-groups';

export interface DatasetOptions {
  size?: DatasetSize;
  seed?: number;
  /** The data runs to this date's month (partial). Default: now. A date string is read as UTC. */
  asOf?: Date | string;
}

/** Wall-clock parts in China Standard Time (UTC+8), the data's time zone. */
function chinaTime(date: Date): { y: number; mo: number; d: number; iso: string } {
  const t = new Date(date.getTime() + 8 * 3600_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+08:00`;
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), iso };
}

/** Months of history. */
export const HISTORY_MONTHS = 24;

/** Above this many grids, grid and community rows are not all kept in memory. */
const FULL_CACHE_LIMIT = 6000;

/**
 * One generated data set. The tree (codes, names, people) is built eagerly because it is
 * cheap; geometry, monthly records and aggregates are computed on first use and cached.
 */
export class Dataset {
  readonly size: DatasetSize;
  readonly seed: number;
  readonly tree: RegionTree;
  /** Absolute month numbers of the first and last month with data. */
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly lastMonthDays: number;
  readonly lastUpdated: string;
  readonly months = HISTORY_MONTHS;

  private readonly rowCache = new Map<RegionNode, Int32Array>();
  private readonly lowRowCache = new Map<RegionNode, Int32Array>();
  private readonly ethnicCache = new Map<RegionNode, Int32Array>();
  private readonly childGeometryCache = new Map<RegionNode, Ring[][]>();
  private readonly fairHosts = new Set<GridProfile>();
  private outline: Ring[] | null = null;

  constructor(options: DatasetOptions = {}) {
    this.size = options.size ?? 'county';
    this.seed = options.seed ?? DEFAULT_SEED;
    const asOf = options.asOf === undefined ? new Date() : new Date(options.asOf);
    if (Number.isNaN(asOf.getTime())) throw new Error(`invalid asOf: ${String(options.asOf)}`);
    const local = chinaTime(asOf);
    this.lastMonth = monthNumber(local.y, local.mo);
    this.firstMonth = this.lastMonth - HISTORY_MONTHS + 1;
    this.lastMonthDays = local.d;
    this.lastUpdated = local.iso;
    this.tree = buildTree(this.size, this.seed);
    for (const town of this.tree.root.children) {
      const host = this.tree.grids[town.gridStart];
      if (host) this.fairHosts.add(host);
    }
  }

  get root(): RegionNode {
    return this.tree.root;
  }

  node(code: string): RegionNode | undefined {
    return this.tree.byCode.get(code);
  }

  gridsOf(node: RegionNode): GridProfile[] {
    return this.tree.grids.slice(node.gridStart, node.gridEnd);
  }

  /** Monthly rows (HISTORY_MONTHS × ROW) of a region: the sum of its grids. */
  rows(node: RegionNode): Int32Array {
    const cached = this.rowCache.get(node) ?? this.lowRowCache.get(node);
    if (cached) return cached;
    let rows: Int32Array;
    if (node.level === 'grid') {
      const grid = this.tree.grids[node.gridStart];
      if (!grid) throw new Error(`no grid profile for ${node.code}`);
      rows = gridMonths(grid, {
        seed: this.seed,
        firstMonth: this.firstMonth,
        months: HISTORY_MONTHS,
        lastFraction: this.lastMonthDays / daysInMonth(this.lastMonth),
        hostsJobFairs: this.fairHosts.has(grid),
      });
    } else {
      rows = new Int32Array(HISTORY_MONTHS * ROW);
      for (const child of node.children) {
        const c = this.rows(child);
        for (let i = 0; i < rows.length; i++) rows[i] = (rows[i] ?? 0) + (c[i] ?? 0);
      }
    }
    const keepAll = this.tree.grids.length <= FULL_CACHE_LIMIT || node.level === 'county' || node.level === 'town';
    if (keepAll) this.rowCache.set(node, rows);
    else {
      if (this.lowRowCache.size >= 4000) this.lowRowCache.clear();
      this.lowRowCache.set(node, rows);
    }
    return rows;
  }

  /** Residents by group (indexed like DATASET_GROUPS). */
  ethnic(node: RegionNode): Int32Array {
    const cached = this.ethnicCache.get(node);
    if (cached) return cached;
    const out = new Int32Array(DATASET_GROUPS.length);
    for (let g = node.gridStart; g < node.gridEnd; g++) {
      const e = this.tree.grids[g]?.ethnic;
      if (e) for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + (e[i] ?? 0);
    }
    this.ethnicCache.set(node, out);
    return out;
  }

  /** Sum of a per-grid static field. */
  sumGrids(node: RegionNode, pick: (g: GridProfile) => number): number {
    let total = 0;
    for (let g = node.gridStart; g < node.gridEnd; g++) {
      const grid = this.tree.grids[g];
      if (grid) total += pick(grid);
    }
    return total;
  }

  /** Outer rings of a region's boundary (a region may have several parts). */
  geometry(node: RegionNode): Ring[] {
    if (!node.parent) {
      this.outline ??= rootOutline(rngFor(this.seed, this.size, 'outline'), CENTRE, SIZE_SPECS[this.size].radiusKm);
      return this.outline;
    }
    const i = node.parent.children.indexOf(node);
    return this.childGeometries(node.parent)[i] ?? [];
  }

  /** The children's boundaries, aligned with node.children: Voronoi cells clipped to the node. */
  childGeometries(node: RegionNode): Ring[][] {
    const cached = this.childGeometryCache.get(node);
    if (cached) return cached;
    const parent = this.geometry(node);
    const sites = sampleSites(rngFor(this.seed, node.code, 'sites'), parent, node.children.length);
    const pieces = tile(parent, sites, node.level === 'county');
    this.childGeometryCache.set(node, pieces);
    return pieces;
  }
}

const datasets = new Map<string, Dataset>();

/** The data set for (size, seed, asOf day), created once and cached. */
export function getDataset(options: DatasetOptions = {}): Dataset {
  const asOf = options.asOf === undefined ? new Date() : new Date(options.asOf);
  const key = `${options.size ?? 'county'}|${options.seed ?? DEFAULT_SEED}|${chinaTime(asOf).iso.slice(0, 10)}`;
  let dataset = datasets.get(key);
  if (!dataset) {
    dataset = new Dataset({ ...options, asOf });
    // A screen left running for weeks gets a new data set each day; keep only the recent ones.
    if (datasets.size >= 4) datasets.delete(datasets.keys().next().value ?? '');
    datasets.set(key, dataset);
  }
  return dataset;
}
