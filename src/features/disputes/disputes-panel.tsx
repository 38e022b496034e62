import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Disputes } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { metaQueries } from '@/api/queries';
import { EChart } from '@/components/chart/echart';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import { UNRELIABLE_NOTE } from '@/components/panel/stats';
import {
  DISPUTES_CHART_TITLE,
  disputesFlowNote,
  disputesHaveUnreliable,
  isDisputesEmpty,
  resolvedTotal,
  toDisputesOption,
  toDisputesStats,
} from './disputes-options';
import { disputesQueries } from './disputes-queries';

export interface DisputesPanelProps {
  code: string;
  regionName: string;
  period: string;
}

/** 矛盾纠纷化解: how many disputes were resolved, at which level, how fast. */
export function DisputesPanel({ code, regionName, period }: DisputesPanelProps) {
  const data = useQuery(disputesQueries.detail(code, period));
  const meta = useQuery(metaQueries.all());
  return (
    <Panel
      testId="panel-disputes"
      title="矛盾纠纷化解"
      regionName={regionName}
      period={period}
      sources={[
        { label: '矛盾纠纷数据', query: data },
        { label: '代码表', query: meta },
      ]}
      isEmpty={data.data ? isDisputesEmpty(data.data) : false}
      emptyText="本期无受理的矛盾纠纷，也无越级上访"
    >
      {data.data && meta.data && <DisputesBody data={data.data} meta={meta.data} />}
    </Panel>
  );
}

function DisputesBody({ data, meta }: { data: Disputes; meta: Meta }) {
  const theme = useChartTheme();
  const option = useMemo(() => toDisputesOption(data, theme), [data, theme]);
  return (
    <div className="panel__stack">
      <div className="panel__split">
        {resolvedTotal(data) > 0 ? (
          <EChart option={option} caption={DISPUTES_CHART_TITLE} ariaLabel={`${DISPUTES_CHART_TITLE}（环形图）`} />
        ) : (
          <p className="panel__notice">本期尚无已化解的纠纷</p>
        )}
        <StatList stats={toDisputesStats(data, meta)} label="矛盾纠纷化解主要数字" />
      </div>
      <PanelNotes notes={[disputesFlowNote(data), disputesHaveUnreliable(data) && UNRELIABLE_NOTE]} />
    </div>
  );
}
