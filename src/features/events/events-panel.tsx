import { useMemo } from 'react';
import type { Events } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { sliceMetricId } from '@/api/metrics';
import { panelQueries } from '@/api/queries';
import { ChartTabs } from '@/components/chart/chart-tabs';
import { chartTitle } from '@/components/chart/chart-title';
import { clickedIndex } from '@/components/chart/clicked-index';
import type { ChartSize } from '@/components/chart/chart-size';
import { EChart } from '@/components/chart/echart';
import { MonthlyChart } from '@/components/chart/monthly-chart';
import type { TrendLine } from '@/components/chart/trend-option';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import type { Compared } from '@/components/panel/compared';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import { SUPPRESSED_EXPLANATION, UNRELIABLE_FOOTNOTE } from '@/lib/privacy';
import { usePanelData } from '@/components/panel/use-panel-data';
import { isSmallUnitEvents, toEventRows, withEthnicRule } from './events-model';
import { eventsHaveUnreliable, isEventsEmpty } from './events-notes';
import { EVENTS_CHART_TITLE, toEventsOption, toMinorityRatiosOption } from './events-options';
import { toEventsStats } from './events-stats';
import { toEventsTable } from './events-table';

export interface EventsPanelProps {
  code: string;
  regionName: string;
  period: string;
  /** A category's bar was clicked: colour the map by it (metric id `eventCategory:<code>`). */
  onSliceSelect?(metricId: string): void;
}

const TREND: readonly TrendLine[] = [
  { id: 'events', name: '活动', unit: '场', as: 'bar' },
  { id: 'attendances', name: '参与', unit: '人次', as: 'line' },
];
const RATIOS_WHAT = '少数民族参与占比、人口占比与覆盖率（%）';

/** 活动参与: events and attendances by category and month, and who they reach. */
export function EventsPanel({ code, regionName, period, onSliceSelect }: EventsPanelProps) {
  const { loaded, compared, currentLabel, panel } = usePanelData({
    query: panelQueries.events,
    code,
    period,
    label: '活动参与数据',
    toTable: toEventsTable,
    isEmpty: isEventsEmpty,
  });
  return (
    <Panel testId="panel-events" title="活动参与" regionName={regionName} {...panel} emptyText="本期无活动记录">
      {loaded && (
        <EventsBody
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
  data: Events;
  meta: Meta;
  code: string;
  regionName: string;
  period: string;
  currentLabel: string;
  compared: readonly Compared<Events>[];
  onSliceSelect: EventsPanelProps['onSliceSelect'];
}

function EventsBody({
  data: answer,
  meta,
  code,
  regionName,
  period,
  currentLabel,
  compared,
  onSliceSelect,
}: BodyProps) {
  const theme = useChartTheme();
  // A unit under 50 residents: no ethnic figure at all, attendances' minority share included.
  const data = useMemo(() => withEthnicRule(answer), [answer]);
  const categoriesTitle = chartTitle(EVENTS_CHART_TITLE, regionName, currentLabel);
  const ratiosTitle = chartTitle(RATIOS_WHAT, regionName, currentLabel);
  const rows = useMemo(() => toEventRows(data, meta), [data, meta]);
  // Ticks, label margin and hidden labels follow the chart's box (toEventsOption).
  const categories = useMemo(
    () => (size: ChartSize) => toEventsOption(rows, theme, categoriesTitle, size),
    [rows, theme, categoriesTitle],
  );
  const onEvents = useMemo(
    () =>
      onSliceSelect && {
        click: (params: unknown) => {
          const row = rows[clickedIndex(params) ?? -1];
          if (row) onSliceSelect(sliceMetricId('eventCategory', row.code));
        },
      },
    [rows, onSliceSelect],
  );
  const ratios = useMemo(() => toMinorityRatiosOption(data, theme, ratiosTitle), [data, theme, ratiosTitle]);
  return (
    <div className="panel__stack">
      <div className="panel__split">
        <ChartTabs
          label="活动参与图表"
          tabs={[
            {
              id: 'categories',
              label: '分类',
              render: () => (
                <EChart
                  option={categories}
                  caption={categoriesTitle}
                  ariaLabel={`${categoriesTitle}（条形图）`}
                  onEvents={onEvents || undefined}
                />
              ),
            },
            {
              id: 'trend',
              label: '月度',
              render: () => (
                <MonthlyChart
                  code={code}
                  period={period}
                  meta={meta}
                  regionName={regionName}
                  what="每月活动场次与参与人次"
                  lines={TREND}
                />
              ),
            },
            {
              id: 'minority',
              label: '少数民族',
              render: () => <EChart option={ratios} caption={ratiosTitle} ariaLabel={`${ratiosTitle}（条形图）`} />,
            },
          ]}
        />
        <StatList stats={toEventsStats(data, compared, currentLabel)} label="活动参与主要数字" />
      </div>
      <PanelNotes
        notes={[
          isSmallUnitEvents(data) && SUPPRESSED_EXPLANATION['small-unit'],
          eventsHaveUnreliable(data) && UNRELIABLE_FOOTNOTE,
        ]}
      />
    </div>
  );
}
