import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CODE_LENGTH } from '@/api/common';
import type { Meta } from '@/api/meta';
import { metaQueries, regionQueries } from '@/api/queries';
import { config } from '@/config/env';
import { BootStatus } from '@/features/connection/boot-status';
import { ConnectionNotice } from '@/features/connection/connection-notice';
import type { ConnectionState } from '@/features/connection/connection-state';
import { useAutoRefresh } from '@/features/connection/use-auto-refresh';
import { useConnection } from '@/features/connection/use-connection';
import { KeyFigures } from '@/features/key-figures/key-figures';
import { metricSlice } from '@/features/navigation/metric-slice';
import type { Scene } from '@/features/presenter/deck-schema';
import { PresenterHeaderTools } from '@/features/presenter/header-tools';
import { usePresenterState } from '@/features/presenter/presenter-state';
import { SliceChip } from '@/features/navigation/slice-chip';
import { SignInForm } from '@/features/sign-in/sign-in-form';
import { RankingPanel } from '@/features/ranking/ranking-panel';
import { useTour } from '@/features/tour/use-tour';
import { useUserIdle } from '@/features/tour/use-user-idle';
import { ApiError } from '@/lib/api-client';
import { applyTheme, storedTheme } from '@/lib/theme';
import { serializeViewState, useViewState } from '@/lib/view-state';
import { useFullRenderMark } from './full-render';
import { Header } from './header';
import { DisputesPanel, EmploymentPanel, EthnicPanel, EventsPanel, PartLoading, RegionMap } from './lazy-parts';
import { usePageTurns } from './page-turns';
import { resolveView } from './resolve-view';
import { prefetchScene, prefetchTourStop } from './scene-prefetch';
import { readScreenOptions } from './screen-options';
import { ScreenTourCallout } from './screen-tour';
import './dashboard.css';
import { displayName } from '@/lib/region-name';

// Presenter mode (deck editor, presenting, print view) is loaded when first opened: it is not
// needed to see the dashboard, and leaving it out keeps the first screen smaller.
const PrintScene = lazy(() => import('./print-scene').then((m) => ({ default: m.PrintScene })));
const Presenter = lazy(() => import('@/features/presenter/presenter').then((m) => ({ default: m.Presenter })));

export function Dashboard({ signInProblem = null }: { signInProblem?: string | null }) {
  const meta = useQuery(metaQueries.all());
  const queryClient = useQueryClient();
  // Mounted above the boot screen too, so a wall started during an outage retries by itself.
  const connection = useConnection();
  // Served by Shiliu's server and refused (401/403, also a session revoked while on screen):
  // the sign-in form replaces the data. Another API's auth is its own (VITE_API_TOKEN).
  if (config.apiSource === 'same-origin' && meta.error instanceof ApiError && meta.error.kind === 'auth') {
    return (
      <div className="boot">
        <SignInForm reason={signInProblem ?? meta.error.message} onSignedIn={() => void queryClient.resetQueries()} />
      </div>
    );
  }
  // Until the catalogue first loads: what is wrong, which address, retrying (BootStatus).
  // A failed refresh keeps the catalogue already on screen.
  if (meta.data === undefined) return <BootStatus meta={meta} />;
  return <DashboardView meta={meta.data} connection={connection} />;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
  );
}

function DashboardView({ meta, connection }: { meta: Meta; connection: ConnectionState }) {
  const [view, setView] = useViewState();
  const resolved = useMemo(() => resolveView(view, meta), [view, meta]);
  const { code, period, metric } = resolved;
  const region = useQuery({ ...regionQueries.detail(code ?? ''), enabled: code !== null });
  const [mapDrawn, setMapDrawn] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  useFullRenderMark(mapDrawn);

  // Big-screen mode (?mode=screen): no editing controls, auto-refresh and the tour.
  const screen = view.mode === 'screen';
  const screenOptions = useMemo(
    () => readScreenOptions(window.location.search, screen, config.refreshIntervalMs),
    [screen],
  );
  // Never while presenting: a refresh mid-sentence would redraw the numbers being talked about.
  useAutoRefresh(screenOptions.refreshMs, view.mode !== 'present');
  const children = region.data?.code === code ? region.data.children : undefined;
  const tourSteps = useMemo(() => (children ?? []).map((c) => c.code), [children]);
  const tour = useTour({
    steps: tourSteps,
    dwellMs: screenOptions.dwellMs,
    idleMs: screenOptions.idleMs,
    enabled: screenOptions.tour,
  });
  // On a window below the big-screen breakpoint the page is taller than the window: it turns
  // its own pages (page-turns.ts) while nobody is using the wall.
  const wallIdle = useUserIdle(screenOptions.idleMs, screen);
  usePageTurns(screenOptions.dwellMs, screen && wallIdle);
  const toured = children?.find((c) => c.code === tour.code);
  const touredName = toured ? displayName(toured) : undefined;
  const queryClientForTour = useQueryClient();
  // The next stop's data loads during this one: at the step the panels update in place.
  const nextStop =
    screenOptions.tour && tourSteps.length > 0 ? tourSteps[(tour.position + 1) % tourSteps.length] : null;
  useEffect(() => {
    if (nextStop) prefetchTourStop(queryClientForTour, meta, nextStop, period);
  }, [queryClientForTour, meta, nextStop, period]);

  const hrefFor = useCallback((c: string) => serializeViewState({ ...view, region: c }) || '?', [view]);
  const navigate = useCallback((c: string) => setView({ region: c }), [setView]);
  const goTop = useCallback(() => setView({ region: null }), [setView]);
  // Buildings carry no statistics of their own: clicking one on a grid's map stays on the grid.
  const drill = useCallback(
    (c: string) => {
      if (c.length !== CODE_LENGTH.building) navigate(c);
    },
    [navigate],
  );

  // A click on a chart category colours the map by that slice; the chip clears it back to
  // the metric chosen before.
  const slice = useMemo(() => metricSlice(metric, meta), [metric, meta]);
  const baseMetric = useRef<string | null>(null);
  useEffect(() => {
    if (!slice) baseMetric.current = view.metric;
  }, [slice, view.metric]);
  const selectSlice = useCallback(
    (id: string) => {
      if (meta.metrics.some((m) => m.id === id)) setView({ metric: id }, { replace: true });
    },
    [meta, setView],
  );
  const clearSlice = useCallback(() => setView({ metric: baseMetric.current }, { replace: true }), [setView]);

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

  const presenterUi = usePresenterState();
  const presenterActive = presenterUi.editorOpen || presenterUi.printDeckId !== null || view.mode === 'present';
  // The user's own theme; while presenter mode is open it applies each scene's (the big screen
  // keeps the theme its URL or settings gave it).
  useEffect(() => {
    if (!presenterActive && view.mode !== 'screen') applyTheme(storedTheme());
  }, [presenterActive, view.mode]);

  const regionName = region.data ? displayName(region.data) : '';
  const queryClient = useQueryClient();
  const prefetch = useCallback((scene: Scene) => prefetchScene(queryClient, meta, scene), [queryClient, meta]);
  const renderPrintScene = useCallback(
    (scene: Scene) => (
      <Suspense fallback={<PartLoading label="页面" />}>
        <PrintScene scene={scene} meta={meta} />
      </Suspense>
    ),
    [meta],
  );
  // The panels follow the tour (they show the highlighted child); the map, the key-figure strip
  // and the header stay on the region, so the wall never loses its context.
  const panelName = touredName ?? regionName;
  const regionFailed = resolved.regionProblem ?? (region.isError ? regionErrorText(code ?? '', region.error) : null);

  return (
    <div className="dash" data-mode={view.mode} data-tour={tour.code ?? ''} data-tour-paused={tour.paused}>
      <Header
        meta={meta}
        region={region.data}
        period={period}
        onPeriodChange={(p) => setView({ period: p }, { replace: true })}
        onNavigate={navigate}
        hrefFor={hrefFor}
        screen={screen || view.mode === 'present'}
        status={<ConnectionNotice failing={connection.failing} lastGoodAt={connection.lastGoodAt} />}
        tools={<PresenterHeaderTools nameParts={[regionName, code ?? '', period]} />}
      />
      {(resolved.notices.length > 0 || config.problems.length > 0) && (
        <ul className="dash-notices" role="status">
          {[...config.problems, ...resolved.notices].map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {region.data?.level === 'building' && region.data.code === code ? (
        <main className="dash-problem" role="alert">
          <h2>楼栋不单独提供统计数据</h2>
          <p>“{displayName(region.data)}”的数据包含在所在网格中。</p>
          {parent && (
            <button type="button" className="btn" onClick={() => navigate(parent)}>
              查看所在网格（{region.data.ancestors.at(-1)?.name}）
            </button>
          )}
          <button type="button" className="btn" onClick={goTop}>
            返回{meta.datasetName}首页
          </button>
        </main>
      ) : regionFailed || code === null ? (
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
              <EthnicPanel
                code={tour.code ?? code}
                regionName={panelName}
                period={period}
                onSliceSelect={selectSlice}
              />
              <EmploymentPanel code={tour.code ?? code} regionName={panelName} period={period} />
            </div>
            <div className="dash-centre">
              <RegionMap
                code={code}
                period={period}
                metric={metric}
                onMetricChange={(m) => setView({ metric: m }, { replace: true })}
                onSelect={drill}
                highlightedCode={hovered ?? tour.code}
                onHover={setHovered}
                onDrawn={() => setMapDrawn(true)}
                allGrids={view.grids === true}
                onAllGridsChange={(on) => setView({ grids: on })}
                classMethod={view.classes ?? 'quantile'}
                onClassMethodChange={(m) => setView({ classes: m }, { replace: true })}
                toolbar={slice && <SliceChip slice={slice} onClear={clearSlice} />}
              />
              <RankingPanel
                code={code}
                regionName={regionName}
                period={period}
                metric={metric}
                childRegions={children ?? []}
                highlightedCode={hovered ?? tour.code}
                onHover={setHovered}
                onSelect={drill}
                // Nobody scrolls a wall, and a clicker cannot scroll a slide: both page the list.
                autoPage={screen || view.mode === 'present'}
              />
              {tour.code && touredName && (
                <ScreenTourCallout
                  code={tour.code}
                  name={touredName}
                  period={period}
                  index={tour.position + 1}
                  total={tourSteps.length}
                  paused={tour.paused}
                />
              )}
            </div>
            <div className="dash-col dash-col--right">
              <EventsPanel
                code={tour.code ?? code}
                regionName={panelName}
                period={period}
                onSliceSelect={selectSlice}
              />
              <DisputesPanel
                code={tour.code ?? code}
                regionName={panelName}
                period={period}
                onSliceSelect={selectSlice}
              />
            </div>
          </main>
        </>
      )}
      {presenterActive && (
        <Suspense fallback={null}>
          <Presenter
            meta={meta}
            view={view}
            // Nothing to save while the region cannot be shown (an error page made a scene titled
            // " · 2026年第3季度").
            current={{
              code: regionFailed || region.data?.code !== code ? null : code,
              period,
              metric: view.metric,
              regionName,
              unavailable: regionFailed ?? (region.data?.code !== code ? '区域信息尚未加载完成' : null),
            }}
            setView={setView}
            prefetch={prefetch}
            renderPrintScene={renderPrintScene}
          />
        </Suspense>
      )}
    </div>
  );
}

function regionErrorText(code: string, error: Error): string {
  if (error instanceof ApiError && error.kind === 'not-found') return `未找到区划代码“${code}”对应的区域。`;
  return `区域信息加载失败：${error.message}`;
}
