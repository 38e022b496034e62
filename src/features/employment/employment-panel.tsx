import { useMemo } from 'react';
import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { panelQueries } from '@/api/queries';
import { ChartTabs } from '@/components/chart/chart-tabs';
import { chartTitle } from '@/components/chart/chart-title';
import type { ChartSize } from '@/components/chart/chart-size';
import { EChart } from '@/components/chart/echart';
import { MonthlyChart } from '@/components/chart/monthly-chart';
import type { TrendLine } from '@/components/chart/trend-option';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import type { Compared } from '@/components/panel/compared';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import { usePanelData } from '@/components/panel/use-panel-data';
import { isEmploymentEmpty, jobFairNote, zeroEmploymentNote } from './employment-notes';
import {
  EMPLOYMENT_CHART_TITLE,
  toEmploymentOption,
  toTrainingOption,
  toWelfarePostsOption,
  toZeroEmploymentOption,
} from './employment-options';
import { toEmploymentStats } from './employment-stats';
import { toEmploymentTable } from './employment-table';

export interface EmploymentPanelProps {
  code: string;
  regionName: string;
  period: string;
}

/** The series endpoint has monthly placements in total only (not by destination). */
const TREND: readonly TrendLine[] = [{ id: 'placements', name: '新增安置', unit: '人', as: 'bar' }];

/** 就业安置: transferred employment by destination, plus the exact figures of the programme. */
export function EmploymentPanel({ code, regionName, period }: EmploymentPanelProps) {
  const { loaded, compared, currentLabel, panel } = usePanelData({
    query: panelQueries.employment,
    code,
    period,
    label: '就业安置数据',
    toTable: toEmploymentTable,
    isEmpty: isEmploymentEmpty,
  });
  return (
    <Panel
      testId="panel-employment"
      title="就业安置"
      regionName={regionName}
      {...panel}
      emptyText="本期暂无就业安置数据"
    >
      {loaded && (
        <EmploymentBody
          data={loaded.data}
          meta={loaded.meta}
          code={code}
          regionName={regionName}
          period={period}
          currentLabel={currentLabel}
          compared={compared}
        />
      )}
    </Panel>
  );
}

interface BodyProps {
  data: Employment;
  meta: Meta;
  code: string;
  regionName: string;
  period: string;
  currentLabel: string;
  compared: readonly Compared<Employment>[];
}

function EmploymentBody({ data, meta, code, regionName, period, currentLabel, compared }: BodyProps) {
  const theme = useChartTheme();
  const titles = {
    destinations: chartTitle(EMPLOYMENT_CHART_TITLE, regionName, currentLabel),
    posts: chartTitle('公益性岗位按类型（个）', regionName, currentLabel),
    training: chartTitle('技能培训按课程', regionName, currentLabel),
    zero: chartTitle('零就业家庭认定与清零（户）', regionName, currentLabel),
  };
  const { destinations, posts, training, zero } = titles;
  const options = useMemo(
    () => ({
      // Numbers on the bars only where they fit the chart's box (employmentLabelled).
      destinations: (size: ChartSize) => toEmploymentOption(data, theme, destinations, size),
      posts: (size: ChartSize) => toWelfarePostsOption(data, meta, theme, posts, size),
      training: (size: ChartSize) => toTrainingOption(data, meta, theme, training, size),
      zero: (size: ChartSize) => toZeroEmploymentOption(data, theme, zero, size),
    }),
    [data, meta, theme, destinations, posts, training, zero],
  );
  const chart = (key: keyof typeof options, kind: string) => (
    <EChart option={options[key]} caption={titles[key]} ariaLabel={`${titles[key]}（${kind}）`} />
  );
  return (
    <div className="panel__stack">
      <div className="panel__split">
        <ChartTabs
          label="就业安置图表"
          tabs={[
            { id: 'destinations', label: '去向', render: () => chart('destinations', '柱状图') },
            {
              id: 'trend',
              label: '月度',
              render: () => (
                <MonthlyChart
                  code={code}
                  period={period}
                  meta={meta}
                  regionName={regionName}
                  what="每月新增安置（人）"
                  lines={TREND}
                />
              ),
            },
            { id: 'posts', label: '公益岗位', render: () => chart('posts', '条形图') },
            { id: 'training', label: '培训', render: () => chart('training', '条形图') },
            { id: 'zero', label: '零就业', render: () => chart('zero', '条形图') },
          ]}
        />
        <StatList stats={toEmploymentStats(data, meta, compared, currentLabel)} label="就业安置主要数字" />
      </div>
      <PanelNotes notes={[zeroEmploymentNote(data), jobFairNote(data)]} />
    </div>
  );
}
