import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Ethnic } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { sliceMetricId } from '@/api/metrics';
import { METRIC_IDS } from '@/api/metrics';
import { panelQueries, regionQueries } from '@/api/queries';
import { usePanelData } from '@/components/panel/use-panel-data';
import { ChartTabs } from '@/components/chart/chart-tabs';
import { chartTitle } from '@/components/chart/chart-title';
import { clickedIndex } from '@/components/chart/clicked-index';
import type { ChartSize } from '@/components/chart/chart-size';
import { EChart } from '@/components/chart/echart';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import { Panel } from '@/components/panel/panel';
import { PanelNotes } from '@/components/panel/panel-notes';
import { StatList } from '@/components/panel/stat-list';
import { anyUnreliable, UNRELIABLE_FOOTNOTE } from '@/lib/privacy';
import { COMPARE_WHAT, toCompareBars, toEthnicCompareOption } from './ethnic-compare';
import { ETHNIC_CHART_TITLE, toEthnicOption } from './ethnic-options';
import { toEthnicStats } from './ethnic-stats';
import { toEthnicTable } from './ethnic-table';
import { hiddenGroupsNote, toEthnicView } from './ethnic-view';
import { displayName } from '@/lib/region-name';

export interface EthnicPanelProps {
  code: string;
  regionName: string;
  period: string;
  /** A single group's slice was clicked: colour the map by it (metric id `ethnic:<code>`). */
  onSliceSelect?(metricId: string): void;
}

/** 民族构成: residents by ethnic group, with the privacy rule applied before anything is drawn. */
/** The table of a breakdown, from the same privacy-safe view the chart draws. */
const ethnicTable = (data: Ethnic, meta: Meta) => toEthnicTable(toEthnicView(data, meta));
const noResidents = (data: Ethnic) => data.residents === 0;

export function EthnicPanel({ code, regionName, period, onSliceSelect }: EthnicPanelProps) {
  // No comparison: a composition is compared with the parent and siblings instead.
  const { loaded, currentLabel, panel } = usePanelData({
    query: panelQueries.ethnic,
    code,
    period,
    label: '民族构成数据',
    compare: false,
    toTable: ethnicTable,
    isEmpty: noResidents,
  });
  return (
    <Panel testId="panel-ethnic" title="民族构成" regionName={regionName} {...panel} emptyText="本期无常住人口数据">
      {loaded && (
        <EthnicBody
          data={loaded.data}
          meta={loaded.meta}
          code={code}
          regionName={regionName}
          period={period}
          currentLabel={currentLabel}
          onSliceSelect={onSliceSelect}
        />
      )}
    </Panel>
  );
}

interface BodyProps {
  data: Ethnic;
  meta: Meta;
  code: string;
  regionName: string;
  period: string;
  currentLabel: string;
  onSliceSelect: EthnicPanelProps['onSliceSelect'];
}

function EthnicBody({ data, meta, code, regionName, period, currentLabel, onSliceSelect }: BodyProps) {
  const theme = useChartTheme();
  const view = useMemo(() => toEthnicView(data, meta), [data, meta]);
  const title = chartTitle(ETHNIC_CHART_TITLE, regionName, currentLabel);
  const option = useMemo(
    // Laid out for the chart's box: labels or a legend with shares (ethnicLayout).
    () => (view.kind === 'breakdown' ? (size: ChartSize) => toEthnicOption(view, theme, title, size) : null),
    [view, theme, title],
  );
  // Only a single group can colour the map; the folded 其他少数民族 slice is several.
  const onEvents = useMemo(
    () =>
      onSliceSelect && {
        click: (params: unknown) => {
          const slices = view.kind === 'breakdown' ? view.slices : [];
          const slice = slices[clickedIndex(params) ?? -1];
          if (slice?.codes.length === 1 && slice.codes[0]) onSliceSelect(sliceMetricId('ethnic', slice.codes[0]));
        },
      },
    [view, onSliceSelect],
  );
  const stats = toEthnicStats(view);
  const notes =
    view.kind === 'breakdown'
      ? [hiddenGroupsNote(view.hidden), anyUnreliable([view.minorityShare]) && UNRELIABLE_FOOTNOTE]
      : [];
  return (
    <div className="panel__stack">
      <div className="panel__split">
        <ChartTabs
          label="民族构成图表"
          tabs={[
            {
              id: 'groups',
              label: '构成',
              render: () =>
                option ? (
                  <EChart
                    option={option}
                    caption={title}
                    ariaLabel={`${title}（环形图）`}
                    onEvents={onEvents || undefined}
                  />
                ) : (
                  <p className="panel__notice" role="note">
                    {view.kind === 'withheld' ? view.message : ''}
                  </p>
                ),
            },
            {
              id: 'compare',
              label: '上级与同级',
              render: () => (
                <EthnicCompare code={code} period={period} regionName={regionName} currentLabel={currentLabel} />
              ),
            },
          ]}
        />
        <StatList stats={stats} label="民族构成主要数字" />
      </div>
      <PanelNotes notes={notes} />
    </div>
  );
}

/** This region's minority share beside its parent's and its siblings' (children of the parent). */
function EthnicCompare({
  code,
  period,
  regionName,
  currentLabel,
}: {
  code: string;
  period: string;
  regionName: string;
  currentLabel: string;
}) {
  const theme = useChartTheme();
  const region = useQuery(regionQueries.detail(code));
  const parent = region.data?.ancestors.at(-1);
  const parentCode = parent?.code ?? '';
  const siblings = useQuery({
    ...regionQueries.childMetric(parentCode, METRIC_IDS.minorityShare, period),
    enabled: Boolean(parent),
  });
  const parentEthnic = useQuery({ ...panelQueries.ethnic(parentCode, period), enabled: Boolean(parent) });
  const title = chartTitle(COMPARE_WHAT, regionName, currentLabel);
  const option = useMemo(() => {
    if (!parent || !siblings.data || !parentEthnic.data) return null;
    const b = parentEthnic.data.breakdown;
    const rate = 'suppressed' in b ? b : b.minorityShare;
    return toEthnicCompareOption(
      toCompareBars({ code: parent.code, name: displayName(parent), rate }, siblings.data, code),
      theme,
      title,
    );
  }, [parent, siblings.data, parentEthnic.data, code, theme, title]);
  if (region.data && !parent) return <p className="panel__notice">{regionName}为最高层级，没有上级和同级区域可比较</p>;
  const failed = siblings.error ?? parentEthnic.error ?? region.error;
  if (failed) {
    return (
      <p className="panel__notice" role="alert">
        比较数据加载失败：{failed.message}
      </p>
    );
  }
  if (!option) return <p className="panel__notice">正在加载比较数据…</p>;
  return <EChart option={option} caption={title} ariaLabel={`${title}（条形图）`} />;
}
