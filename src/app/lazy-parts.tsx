/* eslint-disable react-refresh/only-export-components -- the parts are made by lazyPart(), which
   the rule cannot see as components; Fast Refresh of this small file does not matter. */
import { useEffect, useState, type ComponentType } from 'react';
import { holdRender } from '@/components/chart/chart-ready';
import { loadMap, loadPanels } from './part-loaders';

/**
 * The map and the panels come from chunks of their own (part-loaders.ts says why). They are
 * not `React.lazy` + `<Suspense>`: React holds back the content of a Suspense boundary that
 * has shown its fallback for at least 300 ms (FALLBACK_THROTTLE_MS), which kept the whole
 * first screen waiting ~300 ms after its code and data were in (docs/performance.md). Here a
 * part shows a placeholder until its chunk is in and then renders in an ordinary update; once
 * a chunk is loaded, every later mount renders the part at once. A chunk that fails to load
 * (network gone, or a new release replaced the files of an open screen) shows an error in the
 * part's place, with a reload button, and the rest of the screen keeps working.
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  label: string,
  className?: string,
): ComponentType<P> {
  let Loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const get = () =>
    (loading ??= load().then(
      (module) => (Loaded = pick(module)),
      (error: unknown) => {
        loading = null; // a later mount may try again
        throw error;
      },
    ));

  function Part(props: P) {
    const [, setArrived] = useState(false);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      get().then(
        () => live && setArrived(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (Loaded) return <Loaded {...props} />;
    if (failed) return <PartFailed label={label} className={className} />;
    return <PartLoading label={label} className={className} />;
  }
  Part.displayName = `LazyPart(${label})`;
  return Part;
}

export const EthnicPanel = lazyPart(loadPanels, (m) => m.EthnicPanel, '民族构成');
export const EmploymentPanel = lazyPart(loadPanels, (m) => m.EmploymentPanel, '就业安置');
export const EventsPanel = lazyPart(loadPanels, (m) => m.EventsPanel, '活动参与');
export const DisputesPanel = lazyPart(loadPanels, (m) => m.DisputesPanel, '矛盾纠纷化解');
export const RegionMap = lazyPart(loadMap, (m) => m.RegionMap, '地图', 'part-loading part-loading--map');

/**
 * Placeholder while a part's code arrives (also the Suspense fallback of the rarely used lazy
 * views): an empty frame of the part's size that holds the first-full-render mark back
 * (chart-ready registry) until the part has arrived and registered its own holds.
 */
export function PartLoading({ label, className }: { label: string; className?: string | undefined }) {
  useEffect(() => holdRender(`loading:${label}`), [label]);
  return (
    <section className={className ?? 'panel part-loading'} role="status" aria-label={`${label}加载中`}>
      <p className="part-loading__text">{label}加载中…</p>
    </section>
  );
}

function PartFailed({ label, className }: { label: string; className?: string | undefined }) {
  return (
    <section className={className ?? 'panel part-loading'} aria-label={label}>
      <div className="panel__error" role="alert">
        <p className="panel__error-title">{label}的程序文件未能加载</p>
        <p className="panel__error-message">网络中断，或系统已更新。</p>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          重新加载页面
        </button>
      </div>
    </section>
  );
}
