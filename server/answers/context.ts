import { periodTotals } from './aggregate';
import type { EthnicView } from './ethnic-view';
import { ethnicView } from './ethnic-view';
import type { DatasetFacts, FactsSource } from './facts-source';
import type { RowLayout } from './layout';
import { rowLayout } from './layout';
import type { PeriodWindow } from './period-window';

/** A region's facts over a window: its rows month by month and their period totals. */
export interface WindowFacts {
  rows: ArrayLike<number> | undefined;
  totals: Float64Array;
}

/** Bounded memo: cleared whole when full (cheap, and the working set of a screen is small). */
class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }
}

const layouts = new WeakMap<DatasetFacts, RowLayout>();

export function layoutOf(ds: DatasetFacts): RowLayout {
  let layout = layouts.get(ds);
  if (!layout) {
    layout = rowLayout({
      eventCategories: ds.eventCategories.length,
      disputeCategories: ds.disputeCategories.length,
      welfarePostTypes: ds.welfarePostTypes.length,
      trainingCourses: ds.trainingCourses.length,
      daysBins: ds.daysToResolveBins.length,
    });
    layouts.set(ds, layout);
  }
  return layout;
}

/**
 * Everything one answer reads, fetched in batches (one `rows` and one `ethnic` call per answer)
 * so a database reads at most months × children rollup rows. Ethnic views (the privacy rule
 * applied to a region's counts) are kept across requests while the data stays the same.
 */
export class AnswerContext {
  readonly layout: RowLayout;
  readonly groupCodes: readonly string[];

  constructor(
    readonly facts: FactsSource,
    readonly ds: DatasetFacts,
    private readonly views: Memo<EthnicView>,
  ) {
    this.layout = layoutOf(ds);
    this.groupCodes = ds.ethnicGroups.map((g) => g.code);
  }

  /** Ethnic views at the end of `month`. */
  async ethnic(codes: readonly string[], month: string): Promise<Map<string, EthnicView>> {
    const out = new Map<string, EthnicView>();
    const key = (code: string) => `${this.ds.lastUpdated}|${month}|${code}`;
    const missing = codes.filter((c) => {
      const hit = this.views.get(key(c));
      if (hit) out.set(c, hit);
      return !hit;
    });
    if (missing.length > 0) {
      const counts = await this.facts.ethnic(missing, month);
      for (const code of missing) {
        const view = ethnicView(this.groupCodes, counts.get(code));
        this.views.set(key(code), view);
        out.set(code, view);
      }
    }
    return out;
  }

  /** Ethnic views of one region at the end of each month: one read for the months not memoised. */
  async ethnicSeries(code: string, months: readonly string[]): Promise<EthnicView[]> {
    const key = (month: string) => `${this.ds.lastUpdated}|${month}|${code}`;
    const hits = months.map((m) => this.views.get(key(m)));
    const missing = months.filter((_, i) => !hits[i]);
    if (missing.length === 0) return hits as EthnicView[];
    const counts = await this.facts.ethnicSeries(code, missing[0] ?? '', missing.at(-1) ?? '');
    return months.map((m, i) => {
      const hit = hits[i];
      if (hit) return hit;
      const view = ethnicView(this.groupCodes, counts.get(m));
      this.views.set(key(m), view);
      return view;
    });
  }

  /** Rows and period totals of each region over the window. */
  async window(codes: readonly string[], w: PeriodWindow): Promise<Map<string, WindowFacts>> {
    const rows = await this.facts.rows(codes, w.from, w.to);
    const out = new Map<string, WindowFacts>();
    for (const code of codes) {
      const r = rows.get(code);
      out.set(code, { rows: r, totals: periodTotals(this.layout, r, w.months, w.lastWeight) });
    }
    return out;
  }
}

/** Creates contexts over one facts source, sharing the memo of ethnic views. */
export function contextFactory(facts: FactsSource): () => Promise<AnswerContext> {
  const views = new Memo<EthnicView>(50_000);
  return async () => new AnswerContext(facts, await facts.dataset(), views);
}
