import type { ReactNode } from 'react';
import type { Meta } from '@/api/meta';
import type { Region } from '@/api/region';
import { Breadcrumb } from '@/features/navigation/breadcrumb';
import { PeriodSelect } from '@/features/period/period-select';
import { formatTimestamp } from '@/lib/format';
import { comparePeriods, youngPeriodNote } from '@/lib/period';
import { Clock } from './clock';
import { displayName } from '@/lib/region-name';

interface HeaderProps {
  meta: Meta;
  region: Region | undefined;
  period: string;
  onPeriodChange(period: string): void;
  onNavigate(code: string): void;
  hrefFor(code: string): string;
  /** Big-screen mode: no editing controls (the period is shown in the title). */
  screen?: boolean;
  /** Connection status shown beside the data timestamp (e.g. 连接中断，正在重试). */
  status?: ReactNode;
  /** Presenter tools (deck editor, whole-view PNG, theme); not on the big screen. */
  tools?: ReactNode;
}

/** What the key figures' 同比/环比 compare with ("同比：2025年1月1日—12月1日"), like with like. */
function comparisonBasis(meta: Meta, period: string): string {
  const { previous, yearAgo } = comparePeriods(period, meta);
  return [yearAgo, previous]
    .filter((c) => c !== null)
    .map((c) => c.basis)
    .join(' · ');
}

export function Header({
  meta,
  region,
  period,
  onPeriodChange,
  onNavigate,
  hrefFor,
  screen,
  status,
  tools,
}: HeaderProps) {
  const basis = comparisonBasis(meta, period);
  const young = youngPeriodNote(period, meta);
  return (
    <header className="dash-header">
      <div className="dash-header__brand">
        <span className="dash-header__logo" aria-hidden="true" />
        <div>
          <h1 className="dash-header__title">
            <span className="dash-header__name">{region ? displayName(region) : '…'} · 网格治理数据大屏</span>
            <span className="dash-header__period">{comparePeriods(period, meta).current.label}</span>
          </h1>
          <div className="dash-header__sub">
            {region && <Breadcrumb region={region} onNavigate={onNavigate} hrefFor={hrefFor} />}
            {young && (
              <span className="dash-header__note" role="note" data-testid="young-period-note">
                {young}
              </span>
            )}
            {basis && (
              <span className="dash-header__basis" data-testid="comparison-basis">
                {basis}
              </span>
            )}
          </div>
        </div>
      </div>
      <div className="dash-header__tools">
        {status}
        {!screen && <PeriodSelect meta={meta} period={period} onChange={onPeriodChange} />}
        {!screen && tools}
        <div className="dash-header__stamp">
          <span className="dash-header__dataset">{meta.datasetName}</span>
          <span>
            数据更新于 <time dateTime={meta.lastUpdated}>{formatTimestamp(meta.lastUpdated)}</time>
          </span>
        </div>
        {meta.demo && (
          <span className="demo-badge" title="当前显示的是内置模拟数据，并非真实统计">
            演示数据
          </span>
        )}
        <Clock />
      </div>
    </header>
  );
}
