import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { sliceMetricId } from '@/api/metrics';
import { panelQueries, regionQueries } from '@/api/queries';
import { ChartTabs } from '@/components/chart/chart-tabs';
import { chartTitle } from '@/components/chart/chart-title';
import { clickedIndex } from '@/components/chart/clicked-index';
import type { ChartSize } from '@/components/chart/chart-size';
import { EChart } from '@/components/chart/echart';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import type { Compared } from '@/components/panel/compared';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import { UNRELIABLE_FOOTNOTE } from '@/lib/privacy';
import { usePanelData } from '@/components/panel/use-panel-data';
import { comparePeriods, partialMonth, spanEndDay, trendLabel, trendSpan } from '@/lib/period';
import {
  FUNNEL_WHAT,
  toDisputesFunnelOption,
  toResolutionTrendOption,
  TREND_METRICS,
  TREND_WHAT,
} from './disputes-flow-options';
import { disputeCategoryRows, resolvedTotal } from './disputes-model';
import { disputesFlowNote, disputesHaveUnreliable, isDisputesEmpty } from './disputes-notes';
import { CATEGORIES_WHAT, DISPUTES_CHART_TITLE, toDisputeCategoriesOption, toDisputesOption } from './disputes-options';
import { toDisputesStats } from './disputes-stats';
import { toDisputesTable } from './disputes-table';

export interface DisputesPanelProps {
  code: string;
  regionName: string;
  period: string;
  /** A category's bar was clicked: colour the map by it (metric id `disputeCategory:<code>`). */
  onSliceSelect?(metricId: string): void;
}

/** 矛盾纠纷化解: how many disputes were resolved, at which level, how fast, against the target and last year. */
export function DisputesPanel({ code, regionName, period, onSliceSelect }: DisputesPanelProps) {
  const { loaded, compared, currentLabel, panel } = usePanelData({
    query: panelQueries.disputes,
    code,
    period,
    label: '矛盾纠纷数据',
    toTable: toDisputesTable,
    isEmpty: isDisputesEmpty,
  });
  return (
    <Panel
      testId="panel-disputes"
      title="矛盾纠纷化解"
      regionName={regionName}
      {...panel}
      emptyText="本期无受理的矛盾纠纷，也无越级上访"
    >
      {loaded && (
        <DisputesBody
          data={loaded.data}
          meta={loaded.meta}
          code={code}
          regionName={regionName}
          period={period}
          currentLabel={currentLabel}
          compared={compared}
          onSliceSelect={onSliceSelect}
        />
      )}
    </Panel>
  );
}

interface BodyProps {
  data: Disputes;
  meta: Meta;
  code: string;
  regionName: string;
  period: string;
  currentLabel: string;
  compared: readonly Compared<Disputes>[];
  onSliceSelect: DisputesPanelProps['onSliceSelect'];
}

function DisputesBody({ data, meta, code, regionName, period, currentLabel, compared, onSliceSelect }: BodyProps) {
  const theme = useChartTheme();
  const titled = (what: string) => chartTitle(what, regionName, currentLabel);
  const levelsTitle = titled(DISPUTES_CHART_TITLE);
  const funnelTitle = titled(FUNNEL_WHAT);
  const categoriesTitle = titled(CATEGORIES_WHAT);
  // Legend beside or below the ring, whichever the chart's box has room for (disputesLegend).
  const levels = useMemo(
    () => (size: ChartSize) => toDisputesOption(data, theme, levelsTitle, size),
    [data, theme, levelsTitle],
  );
  const funnel = useMemo(
    () => (size: ChartSize) => toDisputesFunnelOption(data, theme, funnelTitle, size),
    [data, theme, funnelTitle],
  );
  const categories = useMemo(
    () => (size: ChartSize) => toDisputeCategoriesOption(data, meta, theme, categoriesTitle, size),
    [data, meta, theme, categoriesTitle],
  );
  const onCategoryClick = useMemo(
    () =>
      onSliceSelect && {
        click: (params: unknown) => {
          const row = disputeCategoryRows(data, meta)[clickedIndex(params) ?? -1];
          if (row) onSliceSelect(sliceMetricId('disputeCategory', row.code));
        },
      },
    [data, meta, onSliceSelect],
  );
  return (
    <div className="panel__stack">
      <div className="panel__split">
        <ChartTabs
          label="矛盾纠纷图表"
          tabs={[
            {
              id: 'levels',
              label: '化解层级',
              render: () =>
                resolvedTotal(data) > 0 ? (
                  <EChart
                    option={levels}
                    caption={titled(DISPUTES_CHART_TITLE)}
                    ariaLabel={`${titled(DISPUTES_CHART_TITLE)}（环形图）`}
                  />
                ) : (
                  <p className="panel__notice">本期尚无已化解的纠纷</p>
                ),
            },
            {
              id: 'funnel',
              label: '受理→化解',
              render: () => (
                <EChart option={funnel} caption={titled(FUNNEL_WHAT)} ariaLabel={`${titled(FUNNEL_WHAT)}（漏斗图）`} />
              ),
            },
            {
              id: 'trend',
              label: '月度趋势',
              render: () => <ResolutionTrend code={code} period={period} meta={meta} regionName={regionName} />,
            },
            {
              id: 'categories',
              label: '类别',
              render: () => (
                <EChart
                  option={categories}
                  caption={titled(CATEGORIES_WHAT)}
                  ariaLabel={`${titled(CATEGORIES_WHAT)}（条形图）`}
                  onEvents={onCategoryClick || undefined}
                />
              ),
            },
          ]}
        />
        <StatList stats={toDisputesStats(data, meta, compared, currentLabel)} label="矛盾纠纷化解主要数字" />
      </div>
      <PanelNotes
        notes={[
          disputesFlowNote(data, spanEndDay(comparePeriods(period, meta).current)),
          disputesHaveUnreliable(data) && UNRELIABLE_FOOTNOTE,
        ]}
      />
    </div>
  );
}

/** The monthly resolution rate over the period (at least the 12 months up to its end) against the target. */
function ResolutionTrend({
  code,
  period,
  meta,
  regionName,
}: {
  code: string;
  period: string;
  meta: Meta;
  regionName: string;
}) {
  const theme = useChartTheme();
  const span = trendSpan(comparePeriods(period, meta).current.span, meta.firstMonth);
  const series = useQuery(regionQueries.series(code, TREND_METRICS, span.from, span.to));
  const what = chartTitle(TREND_WHAT, regionName, trendLabel(span, meta));
  const partial = useMemo(() => partialMonth(meta), [meta]);
  const option = useMemo(
    () => (series.data ? toResolutionTrendOption(series.data, meta.resolutionTarget, theme, what, partial) : null),
    [series.data, meta.resolutionTarget, theme, what, partial],
  );
  if (series.isError)
    return (
      <p className="panel__notice" role="alert">
        月度数据加载失败：{series.error.message}
      </p>
    );
  if (!option) return <p className="panel__notice">正在加载月度数据…</p>;
  return <EChart option={option} caption={what} ariaLabel={`${what}（折线图）`} />;
}
