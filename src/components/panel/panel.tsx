import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { holdRender } from '@/components/chart/chart-ready';
import { DataTable } from '@/components/table/data-table';
import type { TableModel } from '@/components/table/table-model';
import { ApiError } from '@/lib/api-client';
import { formatPeriod } from '@/lib/period';
import { PanelExports } from './panel-exports';
import { PanelPngButton } from './panel-png-button';
import './panel.css';

/** One query a panel depends on, with what it is called in an error message (e.g. 民族构成数据). */
export interface PanelSource {
  label: string;
  query: Pick<UseQueryResult<unknown>, 'data' | 'error' | 'isFetching' | 'refetch'>;
}

export interface PanelProps {
  /** `data-testid` of the section, e.g. `panel-ethnic`. */
  testId: string;
  /** Panel name shown as its heading, e.g. 民族构成. */
  title: string;
  regionName: string;
  period: string;
  /** The panel's own queries: a failure here never affects other panels. */
  sources: readonly PanelSource[];
  /** True when loaded but there is nothing to show for the period. */
  isEmpty?: boolean;
  emptyText?: string;
  /** The body, rendered only once every source has data. */
  children: ReactNode;
  /** Region code, written into exported files and their names. */
  code?: string;
  /** The exact numbers behind the body: enables the 图表/表格 switch and CSV/Excel export. */
  table?: TableModel | null;
  /** The covered span ("2026年第4季度（截至11月22日）"), in the subtitle and files; defaults to the period's name. */
  periodLabel?: string;
  /**
   * What the panel's 同比/环比 compare with ("同比：2025年1月1日—12月1日"), one per comparison
   * (Comparison.basis): written into exported files. On screen the header says it once for the
   * whole view (every panel shares its period), so subtitles stay one line on a projector.
   */
  basis?: readonly string[];
}

function retry(sources: readonly PanelSource[]) {
  for (const s of sources) if (s.query.error) void s.query.refetch();
}

/**
 * The frame every indicator panel shares: heading, region + period subtitle, and the body's
 * states — skeleton while loading, a specific alert with 重试 on failure, an empty state, and
 * the last good data (with a quiet notice) when a refresh fails on the unattended screen.
 */
export function Panel({
  testId,
  title,
  regionName,
  period,
  sources,
  isEmpty,
  emptyText,
  children,
  code,
  table,
  periodLabel,
  basis = [],
}: PanelProps) {
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const failed = sources.find((s) => s.query.error && s.query.data === undefined);
  const loading = !failed && sources.some((s) => s.query.data === undefined);
  const stale = !failed && !loading && sources.find((s) => s.query.error);
  const retrying = sources.some((s) => s.query.error && s.query.isFetching);

  // Counts as "not drawn yet" for the first-full-render mark until data arrives (then the chart
  // holds its own token) or the panel settles on an alert/empty state without a chart.
  useEffect(() => (loading ? holdRender(`panel:${testId}`) : undefined), [loading, testId]);

  const state = failed ? 'error' : loading ? 'loading' : isEmpty ? 'empty' : 'ready';
  const subtitle = [regionName, periodLabel ?? formatPeriod(period)].filter(Boolean).join(' · ');

  let body: ReactNode;
  if (failed) {
    const error = failed.query.error as Error;
    body = (
      <div className="panel__error" role="alert">
        <p className="panel__error-title">{failed.label}加载失败</p>
        <p className="panel__error-message">{error.message}</p>
        {error instanceof ApiError && <p className="panel__error-endpoint">{error.endpoint}</p>}
        <button type="button" className="btn" onClick={() => retry(sources)} disabled={retrying}>
          {retrying ? '正在重试…' : '重试'}
        </button>
      </div>
    );
  } else if (loading) {
    body = (
      <div className="panel__skeleton" role="status" aria-busy="true" aria-label={`正在加载${title}`}>
        <span className="panel__skeleton-block" />
        <span className="panel__skeleton-lines">
          <span />
          <span />
          <span />
        </span>
      </div>
    );
  } else if (isEmpty) {
    body = <p className="panel__empty">{emptyText ?? '本期暂无数据'}</p>;
  } else if (view === 'table' && table) {
    body = <DataTable model={table} />;
  } else {
    body = children;
  }
  const canTable = state === 'ready' && table;

  return (
    <section
      ref={sectionRef}
      className="panel"
      data-testid={testId}
      data-panel-state={state}
      aria-labelledby={headingId}
      aria-busy={loading}
    >
      <header className="panel__header">
        <h2 className="panel__title" id={headingId}>
          {title}
        </h2>
        <p className="panel__subtitle">{subtitle}</p>
        {state === 'ready' && (
          <div className="panel__tools">
            <PanelPngButton target={sectionRef} nameParts={[regionName, code ?? '', period, title]} />
          </div>
        )}
        {canTable && (
          <div className="panel__tools panel__tools--table">
            <div className="panel__switch" role="group" aria-label={`${title}显示方式`}>
              <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
                图表
              </button>
              <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
                表格
              </button>
            </div>
            <PanelExports
              target={{
                model: table,
                regionName,
                code: code ?? '',
                period,
                periodLabel: periodLabel ?? formatPeriod(period),
                basis,
              }}
            />
          </div>
        )}
      </header>
      <div className="panel__body">{body}</div>
      {stale && (
        <p className="panel__stale" role="status">
          数据更新失败（{stale.query.error?.message}），显示的是上次成功加载的数据
          <button type="button" className="btn btn--small" onClick={() => retry(sources)} disabled={retrying}>
            重试
          </button>
        </p>
      )}
    </section>
  );
}
