/**
 * What a bench scenario is. To add one (drill-down click timing, pan/zoom frame-interval p95
 * at 300 / 5k / 50k polygons, a 500-cycle soak of heap, DOM nodes and listeners), write a
 * module exporting `Scenario`s and append them to SCENARIOS in run.ts: the table, the JSON
 * and BENCH_ONLY pick them up.
 */
import type { Browser } from 'playwright-core';
import type { BenchServers } from './serve';

/** Everything a scenario may use. */
export interface BenchContext {
  browser: Browser;
  servers: BenchServers;
  runs: number;
  log: (msg: string) => void;
}

/** One line of the results table: a metric of a scenario over its samples. */
export interface MetricRow {
  scenario: string;
  metric: string;
  unit: string;
  samples: number[];
}

/** Runs its page loads or interactions and returns table rows; never passes or fails. */
export interface Scenario {
  id: string;
  run(ctx: BenchContext): Promise<MetricRow[]>;
}
