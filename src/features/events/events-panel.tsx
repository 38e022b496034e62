import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Events } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { metaQueries } from '@/api/queries';
import { EChart } from '@/components/chart/echart';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import { UNRELIABLE_NOTE } from '@/components/panel/stats';
import {
  EVENTS_CHART_TITLE,
  eventsHaveUnreliable,
  isEventsEmpty,
  toEventRows,
  toEventsOption,
  toEventsStats,
} from './events-options';
import { eventsQueries } from './events-queries';

export interface EventsPanelProps {
  code: string;
  regionName: string;
  period: string;
}

/** 活动参与: events and attendances by category, and who they reach. */
export function EventsPanel({ code, regionName, period }: EventsPanelProps) {
  const data = useQuery(eventsQueries.detail(code, period));
  const meta = useQuery(metaQueries.all());
  return (
    <Panel
      testId="panel-events"
      title="活动参与"
      regionName={regionName}
      period={period}
      sources={[
        { label: '活动参与数据', query: data },
        { label: '代码表', query: meta },
      ]}
      isEmpty={data.data ? isEventsEmpty(data.data) : false}
      emptyText="本期无活动记录"
    >
      {data.data && meta.data && <EventsBody data={data.data} meta={meta.data} />}
    </Panel>
  );
}

function EventsBody({ data, meta }: { data: Events; meta: Meta }) {
  const theme = useChartTheme();
  const option = useMemo(() => toEventsOption(toEventRows(data, meta), theme), [data, meta, theme]);
  return (
    <div className="panel__stack">
      <div className="panel__split">
        <EChart option={option} caption={EVENTS_CHART_TITLE} ariaLabel={`${EVENTS_CHART_TITLE}（条形图）`} />
        <StatList stats={toEventsStats(data)} label="活动参与主要数字" />
      </div>
      <PanelNotes notes={[eventsHaveUnreliable(data) && UNRELIABLE_NOTE]} />
    </div>
  );
}
