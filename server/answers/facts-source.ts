import type { BoundaryFeature } from '@/api/boundaries';
import type { Level } from '@/api/common';
import type { CodeName } from '@/api/meta';
import type { BBox, RegionRef } from '@/api/region';

/**
 * What the answer layer needs to know, and nothing about how it is stored. Two
 * implementations: the generator (mocks/generator-facts.ts: the demo, in the browser, in
 * Vitest and over HTTP) and the database (server/facts/: rollups written at import). Every
 * method is async so the database can answer it; the generator answers at once.
 *
 * Months are `YYYY-MM`. A region-month record is a vector laid out by `rowLayout(sizes)`
 * (layout.ts) for the data set's code lists.
 */
export interface DatasetFacts {
  datasetName: string;
  demo: boolean;
  /** ISO 8601 with offset: when the data last changed (the import log for a database). */
  lastUpdated: string;
  rootCode: string;
  firstMonth: string;
  lastMonth: string;
  lastMonthDays: number;
  /**
   * Every ethnic group the counts are given for, in the order of `ethnic()` vectors; 汉族 "01"
   * among them. Groups with no residents are dropped from meta by the answer layer.
   */
  ethnicGroups: readonly CodeName[];
  eventCategories: readonly CodeName[];
  disputeCategories: readonly CodeName[];
  welfarePostTypes: readonly CodeName[];
  trainingCourses: readonly CodeName[];
  /** Inclusive upper bound (days) of each days-to-resolve histogram bin. */
  daysToResolveBins: readonly number[];
  resolutionTarget: number;
  gridCount: number;
}

/** One region (or building) with its place in the tree. */
export interface RegionFacts {
  code: string;
  name: string;
  level: Level;
  /** Root first, parent last. */
  ancestors: RegionRef[];
  /** Direct children (a grid's children are its buildings, if any). */
  children: RegionRef[];
  bbox: BBox;
  /** Grids inside the region (a grid counts itself; a building 0). */
  grids: number;
}

/** A region whose children are grids, with those grids (for `?level=grid`). */
export interface GridParent {
  parent: RegionRef;
  grids: RegionRef[];
}

export interface FactsSource {
  dataset(): Promise<DatasetFacts>;
  /** null when no region or building has that code. */
  region(code: string): Promise<RegionFacts | null>;
  /** Every region below `code` (or `code` itself) whose children are grids, in tree order. */
  gridParents(code: string): Promise<GridParent[]>;
  /**
   * Boundaries as the map needs them (prepared per level): with `level` null the children of
   * `code` in the order of RegionFacts.children, else every descendant at `level`, in tree order.
   */
  boundaries(code: string, level: Level | null): Promise<BoundaryFeature[]>;
  /**
   * Region-month records of each region for the months from..to (inclusive, within the
   * data's range): (months × ROW) values, month by month. Regions without data are left out.
   */
  rows(codes: readonly string[], from: string, to: string): Promise<Map<string, ArrayLike<number>>>;
  /** Residents by ethnic group (DatasetFacts.ethnicGroups order) at the end of `month`. */
  ethnic(codes: readonly string[], month: string): Promise<Map<string, ArrayLike<number>>>;
  /**
   * Residents by ethnic group of one region at the end of each month from..to (inclusive):
   * month → vector. One read for a series, where `ethnic()` would be one per month.
   */
  ethnicSeries(code: string, from: string, to: string): Promise<Map<string, ArrayLike<number>>>;
}
