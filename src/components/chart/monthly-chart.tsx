import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Meta } from '@/api/meta';
import { regionQueries } from '@/api/queries';
import { comparePeriods, partialMonth, trendLabel, trendSpan } from '@/lib/period';
import { chartTitle } from './chart-title';
import { EChart } from './echart';
import { toMonthlyOption, type TrendLine } from './trend-option';
import { useChartTheme } from './use-chart-theme';

/** Monthly counts over the period (at least the 12 months up to its end), from the series endpoint. */
export function MonthlyChart({
  code,
  period,
  meta,
  regionName,
  what,
  lines,
}: {
  code: string;
  period: string;
  meta: Meta;
  regionName: string;
  what: string;
  lines: readonly TrendLine[];
}) {
  const theme = useChartTheme();
  const span = trendSpan(comparePeriods(period, meta).current.span, meta.firstMonth);
  const ids = useMemo(() => lines.map((l) => l.id), [lines]);
  const series = useQuery(regionQueries.series(code, ids, span.from, span.to));
  const title = chartTitle(what, regionName, trendLabel(span, meta));
  const partial = useMemo(() => partialMonth(meta), [meta]);
  const option = useMemo(
    () => (series.data ? toMonthlyOption(title, series.data, lines, theme, partial) : null),
    [series.data, title, lines, theme, partial],
  );
  if (series.isError) {
    return (
      <p className="panel__notice" role="alert">
        月度数据加载失败：{series.error.message}
      </p>
    );
  }
  if (!option) return <p className="panel__notice">正在加载月度数据…</p>;
  return <EChart option={option} caption={title} ariaLabel={`${title}（按月）`} />;
}
