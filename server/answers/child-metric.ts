import type { SuppressionReason } from '@/api/common';
import type { ChildMetric, MetricValue, Series } from '@/api/indicators';
import type { RegionRef } from '@/api/region';
import { protectChildrenRow, suppressed } from '@/lib/privacy';
import type { AnswerContext } from './context';
import type { GridParent } from './facts-source';
import { isSensitive, metricValue, sensitiveNumerator } from './metrics';
import type { PeriodWindow } from './period-window';
import { windowMonths } from './period-window';

/**
 * One metric for the children of each parent, with one batch read of rows and ethnic counts for
 * them all. Sensitive metrics also get complementary suppression across each parent's row.
 */
async function rowsFor(
  ctx: AnswerContext,
  groups: readonly GridParent[],
  metric: string,
  w: PeriodWindow,
): Promise<ChildMetric['values']> {
  const sensitive = isSensitive(metric);
  const codes = groups.flatMap((g) => g.grids.map((c) => c.code));
  // Only a sensitive metric needs the parent's own value (is the parent's cell published?).
  const ethnicCodes = sensitive ? [...groups.map((g) => g.parent.code), ...codes] : codes;
  const [facts, views] = await Promise.all([
    // Ethnic metrics and residents need no monthly rows.
    sensitive || metric === 'residents' ? Promise.resolve(new Map()) : ctx.window(codes, w),
    ctx.ethnic(ethnicCodes, w.to),
  ]);
  const value = (code: string): MetricValue => {
    const view = views.get(code);
    if (!view) throw new Error(`facts missing for ${code}`);
    return metricValue(ctx.ds, ctx.layout, view, facts.get(code), metric);
  };
  const out: ChildMetric['values'] = [];
  for (const { parent, grids: children } of groups) {
    let values = children.map((c) => value(c.code));
    if (sensitive) {
      const own = new Map<string, SuppressionReason>();
      children.forEach((c, i) => {
        const v = values[i];
        if (v && 'suppressed' in v) own.set(c.code, v.reason);
      });
      const cells = children.map((c) => ({
        key: c.code,
        count: sensitiveNumerator(views.get(c.code) ?? emptyView, metric) ?? 0,
      }));
      const hidden = protectChildrenRow(cells, own, !('suppressed' in value(parent.code)));
      values = values.map((v, i) => {
        const reason = hidden.get(children[i]?.code ?? '');
        return reason ? suppressed(reason) : v;
      });
    }
    children.forEach((c, i) =>
      out.push({
        code: c.code,
        name: c.name,
        ...(c.shortName !== undefined ? { shortName: c.shortName } : {}),
        value: values[i] ?? suppressed('complementary'),
      }),
    );
  }
  return out;
}

const emptyView = { residents: 0, cells: [], minority: 0, breakdown: null };

/** One metric for every child (buildings carry no statistics: a grid has none). */
export async function buildChildMetric(
  ctx: AnswerContext,
  region: RegionRef & { children: RegionRef[] },
  metric: string,
  w: PeriodWindow,
): Promise<ChildMetric> {
  const children = region.level === 'grid' ? [] : region.children;
  const parent = { code: region.code, name: region.name, level: region.level };
  const values = await rowsFor(ctx, [{ parent, grids: children }], metric, w);
  return { code: region.code, coverage: w.coverage, metric, values };
}

/**
 * Every descendant grid's value (`?level=grid`): each community's row exactly as drilling there
 * answers it, so the whole map reveals nothing a user could not already see one row at a time.
 */
export async function buildGridMetric(
  ctx: AnswerContext,
  region: RegionRef,
  metric: string,
  w: PeriodWindow,
): Promise<ChildMetric> {
  const groups = region.level === 'grid' ? [] : await ctx.facts.gridParents(region.code);
  const values = await rowsFor(ctx, groups, metric, w);
  return { code: region.code, coverage: w.coverage, metric, values };
}

/** Monthly values of several metrics over a window: one batch read of the region's rows. */
export async function buildSeries(
  ctx: AnswerContext,
  code: string,
  ids: readonly string[],
  w: PeriodWindow,
): Promise<Series> {
  const months = windowMonths(w);
  const rows = (await ctx.facts.rows([code], w.from, w.to)).get(code);
  const { ROW } = ctx.layout;
  // Each month's residents and ethnic counts: a share or a per-1,000 rate of a month is over that month's people.
  const views = await ctx.ethnicSeries(code, months);
  const perMonth = months.map((_, k) => {
    const slice = rows ? Array.prototype.slice.call(rows, k * ROW, (k + 1) * ROW) : undefined;
    return { rows: slice, totals: Float64Array.from(slice ?? new Array<number>(ROW).fill(0)) };
  });
  const series: Record<string, MetricValue[]> = {};
  for (const id of ids)
    series[id] = perMonth.map((f, k) => metricValue(ctx.ds, ctx.layout, views[k] ?? emptyView, f, id));
  return { code, months, series };
}
