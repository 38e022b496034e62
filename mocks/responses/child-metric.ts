import type { SuppressionReason } from '@/api/common';
import type { ChildMetric, MetricValue, Series } from '@/api/indicators';
import type { PeriodWindow } from '../aggregate';
import { ApiError } from '../api-error';
import type { Dataset } from '../generator/dataset';
import { clipRange, monthLabel, parseMonth } from '../generator/months';
import type { RegionNode } from '../generator/tree-types';
import { protectChildrenRow, suppressed } from '@/lib/privacy';
import { checkMetric, metricValue, sensitiveNumerator } from './metrics';

/**
 * Every descendant grid's value (`?level=grid`): each community's row exactly as drilling there
 * answers it, so the whole map reveals nothing a user could not already see one row at a time.
 */
export function buildGridMetric(ds: Dataset, node: RegionNode, metric: string, w: PeriodWindow): ChildMetric {
  checkMetric(metric);
  if (node.level === 'grid') return { ...buildChildMetric(ds, node, metric, w), values: [] };
  const values: ChildMetric['values'] = [];
  const visit = (n: RegionNode): void => {
    if (n.children[0]?.level === 'grid') values.push(...buildChildMetric(ds, n, metric, w).values);
    else n.children.forEach(visit);
  };
  visit(node);
  return { code: node.code, coverage: w.coverage, metric, values };
}

/** One metric for every child. Sensitive metrics also get complementary suppression across the row. */
export function buildChildMetric(ds: Dataset, node: RegionNode, metric: string, w: PeriodWindow): ChildMetric {
  checkMetric(metric);
  // A grid's children are buildings, which carry no statistics.
  const children = node.level === 'grid' ? [] : node.children;
  let values: MetricValue[] = children.map((c) => metricValue(ds, c, metric, w.start, w.end));
  if (sensitiveNumerator(ds, node, metric) !== null) {
    const own = new Map<string, SuppressionReason>();
    children.forEach((c, i) => {
      const v = values[i];
      if (v && 'suppressed' in v) own.set(c.code, v.reason);
    });
    const parentValue = metricValue(ds, node, metric, w.start, w.end);
    const cells = children.map((c) => ({ key: c.code, count: sensitiveNumerator(ds, c, metric) ?? 0 }));
    const hidden = protectChildrenRow(cells, own, !('suppressed' in parentValue));
    values = values.map((v, i) => {
      const reason = hidden.get(children[i]?.code ?? '');
      return reason ? suppressed(reason) : v;
    });
  }
  return {
    code: node.code,
    coverage: w.coverage,
    metric,
    values: children.map((c, i) => ({ code: c.code, name: c.name, value: values[i] ?? suppressed('complementary') })),
  };
}

function monthParam(name: string, text: string | null, fallback: number): number {
  if (text === null || text === '') return fallback;
  const m = parseMonth(text);
  if (m === null) throw new ApiError(400, 'bad-month', `参数 ${name}=“${text}”格式不正确，应为 YYYY-MM`);
  return m;
}

/** Monthly values of several metrics; `from`/`to` default to the whole history and are clipped to it. */
export function buildSeries(
  ds: Dataset,
  node: RegionNode,
  metricsParam: string | null,
  fromText: string | null,
  toText: string | null,
): Series {
  const ids = (metricsParam ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.length === 0) throw new ApiError(400, 'missing-metrics', '缺少参数 metrics（以逗号分隔的指标代码）');
  if (ids.length > 100) throw new ApiError(400, 'too-many-metrics', '一次最多请求 100 个指标');
  ids.forEach(checkMetric);
  const from = monthParam('from', fromText, ds.firstMonth);
  const to = monthParam('to', toText, ds.lastMonth);
  if (from > to) throw new ApiError(400, 'bad-range', `起始月份 ${monthLabel(from)} 晚于结束月份 ${monthLabel(to)}`);
  const clipped = clipRange({ from, to }, { from: ds.firstMonth, to: ds.lastMonth });
  if (!clipped) {
    throw new ApiError(
      400,
      'period-out-of-range',
      `所选月份不在数据范围内（${monthLabel(ds.firstMonth)} 至 ${monthLabel(ds.lastMonth)}）`,
    );
  }
  const months: string[] = [];
  for (let m = clipped.from; m <= clipped.to; m++) months.push(monthLabel(m));
  const series: Record<string, MetricValue[]> = {};
  for (const id of ids) {
    series[id] = months.map((_, k) => {
      const i = clipped.from - ds.firstMonth + k;
      return metricValue(ds, node, id, i, i);
    });
  }
  return { code: node.code, months, series };
}
