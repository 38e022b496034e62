import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { metaQueries } from '@/api/queries';
import { EChart } from '@/components/chart/echart';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import {
  EMPLOYMENT_CHART_TITLE,
  isEmploymentEmpty,
  jobFairNote,
  toEmploymentOption,
  toEmploymentStats,
} from './employment-options';
import { employmentQueries } from './employment-queries';

export interface EmploymentPanelProps {
  code: string;
  regionName: string;
  period: string;
}

/** 就业安置: transferred employment by destination, plus the exact figures of the programme. */
export function EmploymentPanel({ code, regionName, period }: EmploymentPanelProps) {
  const data = useQuery(employmentQueries.detail(code, period));
  const meta = useQuery(metaQueries.all());
  return (
    <Panel
      testId="panel-employment"
      title="就业安置"
      regionName={regionName}
      period={period}
      sources={[
        { label: '就业安置数据', query: data },
        { label: '代码表', query: meta },
      ]}
      isEmpty={data.data ? isEmploymentEmpty(data.data) : false}
      emptyText="本期暂无就业安置数据"
    >
      {data.data && meta.data && <EmploymentBody data={data.data} meta={meta.data} />}
    </Panel>
  );
}

function EmploymentBody({ data, meta }: { data: Employment; meta: Meta }) {
  const theme = useChartTheme();
  const option = useMemo(() => toEmploymentOption(data, theme), [data, theme]);
  return (
    <div className="panel__stack">
      <div className="panel__split">
        <EChart option={option} caption={EMPLOYMENT_CHART_TITLE} ariaLabel={`${EMPLOYMENT_CHART_TITLE}（柱状图）`} />
        <StatList stats={toEmploymentStats(data, meta)} label="就业安置主要数字" />
      </div>
      <PanelNotes notes={[jobFairNote(data)]} />
    </div>
  );
}
