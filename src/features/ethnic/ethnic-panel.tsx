import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Ethnic } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { metaQueries } from '@/api/queries';
import { EChart } from '@/components/chart/echart';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import { anyUnreliable, UNRELIABLE_NOTE } from '@/components/panel/stats';
import { ETHNIC_CHART_TITLE, toEthnicOption, toEthnicStats } from './ethnic-options';
import { ethnicQueries } from './ethnic-queries';
import { hiddenGroupsNote, toEthnicView } from './ethnic-view';

export interface EthnicPanelProps {
  code: string;
  regionName: string;
  period: string;
}

/** 民族构成: residents by ethnic group, with the privacy rule applied before anything is drawn. */
export function EthnicPanel({ code, regionName, period }: EthnicPanelProps) {
  const data = useQuery(ethnicQueries.detail(code, period));
  const meta = useQuery(metaQueries.all());
  return (
    <Panel
      testId="panel-ethnic"
      title="民族构成"
      regionName={regionName}
      period={period}
      sources={[
        { label: '民族构成数据', query: data },
        { label: '代码表', query: meta },
      ]}
      isEmpty={data.data?.residents === 0}
      emptyText="本期无常住人口数据"
    >
      {data.data && meta.data && <EthnicBody data={data.data} meta={meta.data} />}
    </Panel>
  );
}

function EthnicBody({ data, meta }: { data: Ethnic; meta: Meta }) {
  const theme = useChartTheme();
  const view = useMemo(() => toEthnicView(data, meta), [data, meta]);
  const option = useMemo(() => (view.kind === 'breakdown' ? toEthnicOption(view, theme) : null), [view, theme]);
  const stats = toEthnicStats(view);
  const notes =
    view.kind === 'breakdown'
      ? [hiddenGroupsNote(view.hidden), anyUnreliable([view.minorityShare]) && UNRELIABLE_NOTE]
      : [];
  return (
    <div className="panel__stack">
      <div className="panel__split">
        {option ? (
          <EChart option={option} caption={ETHNIC_CHART_TITLE} ariaLabel={`${ETHNIC_CHART_TITLE}（环形图）`} />
        ) : (
          <p className="panel__notice" role="note">
            {view.kind === 'withheld' ? view.message : ''}
          </p>
        )}
        <StatList stats={stats} label="民族构成主要数字" />
      </div>
      <PanelNotes notes={notes} />
    </div>
  );
}
