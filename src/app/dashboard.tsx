import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Meta } from '@/api/meta';
import { metaQueries, regionQueries } from '@/api/queries';
import { config } from '@/config/env';
import { DisputesPanel } from '@/features/disputes/disputes-panel';
import { EmploymentPanel } from '@/features/employment/employment-panel';
import { EthnicPanel } from '@/features/ethnic/ethnic-panel';
import { EventsPanel } from '@/features/events/events-panel';
import { KeyFigures } from '@/features/key-figures/key-figures';
import { RegionMap } from '@/features/map/region-map';
import { ApiError } from '@/lib/api-client';
import { serializeViewState, useViewState } from '@/lib/view-state';
import { useFullRenderMark } from './full-render';
import { Header } from './header';
import { resolveView } from './resolve-view';
import './dashboard.css';

export function Dashboard() {
  const meta = useQuery(metaQueries.all());
  if (meta.isPending) {
    return (
      <div className="boot" role="status">
        正在加载数据目录…
      </div>
    );
  }
  if (meta.isError) {
    return (
      <div className="boot boot--error" role="alert">
        <h1>无法加载数据目录</h1>
        <p>{meta.error.message}</p>
        {meta.error instanceof ApiError && <p className="boot__endpoint">{meta.error.endpoint}</p>}
        <button type="button" className="btn" onClick={() => void meta.refetch()}>
          重试
        </button>
      </div>
    );
  }
  return <DashboardView meta={meta.data} />;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
  );
}

function DashboardView({ meta }: { meta: Meta }) {
  const [view, setView] = useViewState();
  const resolved = useMemo(() => resolveView(view, meta), [view, meta]);
  const { code, period, metric } = resolved;
  const region = useQuery({ ...regionQueries.detail(code ?? ''), enabled: code !== null });
  const [mapDrawn, setMapDrawn] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  useFullRenderMark(mapDrawn);

  const hrefFor = useCallback((c: string) => serializeViewState({ ...view, region: c }) || '?', [view]);
  const navigate = useCallback((c: string) => setView({ region: c }), [setView]);
  const goTop = useCallback(() => setView({ region: null }), [setView]);

  // Backspace goes up one level (Escape is kept for leaving presenter mode).
  const parent = region.data?.ancestors.at(-1)?.code;
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== 'Backspace' || isTyping(e.target) || !parent) return;
      e.preventDefault();
      navigate(parent);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, parent]);

  const regionName = region.data?.name ?? '';
  const regionFailed = resolved.regionProblem ?? (region.isError ? regionErrorText(code ?? '', region.error) : null);

  return (
    <div className="dash" data-mode={view.mode}>
      <Header
        meta={meta}
        region={region.data}
        period={period}
        onPeriodChange={(p) => setView({ period: p }, { replace: true })}
        onNavigate={navigate}
        hrefFor={hrefFor}
      />
      {(resolved.notices.length > 0 || config.problems.length > 0) && (
        <ul className="dash-notices" role="status">
          {[...config.problems, ...resolved.notices].map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {regionFailed || code === null ? (
        <main className="dash-problem" role="alert">
          <h2>无法显示该区域</h2>
          <p>{regionFailed}</p>
          <button type="button" className="btn" onClick={goTop}>
            返回{meta.datasetName}首页
          </button>
          {region.isError && region.error instanceof ApiError && region.error.retryable && (
            <button type="button" className="btn" onClick={() => void region.refetch()}>
              重试
            </button>
          )}
        </main>
      ) : (
        <>
          <KeyFigures code={code} period={period} />
          <main className="dash-grid">
            <div className="dash-col dash-col--left">
              <EthnicPanel code={code} regionName={regionName} period={period} />
              <EmploymentPanel code={code} regionName={regionName} period={period} />
            </div>
            <div className="dash-centre">
              <RegionMap
                code={code}
                period={period}
                metric={metric}
                onMetricChange={(m) => setView({ metric: m }, { replace: true })}
                onSelect={navigate}
                highlightedCode={hovered}
                onHover={setHovered}
                onDrawn={() => setMapDrawn(true)}
              />
            </div>
            <div className="dash-col dash-col--right">
              <EventsPanel code={code} regionName={regionName} period={period} />
              <DisputesPanel code={code} regionName={regionName} period={period} />
            </div>
          </main>
        </>
      )}
    </div>
  );
}

function regionErrorText(code: string, error: Error): string {
  if (error instanceof ApiError && error.kind === 'not-found') return `未找到区划代码“${code}”对应的区域。`;
  return `区域信息加载失败：${error.message}`;
}
