import { lazy, useEffect } from 'react';
import { holdRender } from '@/components/chart/chart-ready';
import { loadMap, loadPanels } from './part-loaders';

// Lazy components of the map and panel chunks (part-loaders.ts says why).
export const EthnicPanel = lazy(() => loadPanels().then((m) => ({ default: m.EthnicPanel })));
export const EmploymentPanel = lazy(() => loadPanels().then((m) => ({ default: m.EmploymentPanel })));
export const EventsPanel = lazy(() => loadPanels().then((m) => ({ default: m.EventsPanel })));
export const DisputesPanel = lazy(() => loadPanels().then((m) => ({ default: m.DisputesPanel })));
export const RegionMap = lazy(() => loadMap().then((m) => ({ default: m.RegionMap })));

/**
 * Suspense fallback: an empty frame of the part's size that also holds the first-full-render
 * mark back (chart-ready registry) until the part has arrived and registered its own holds.
 */
export function PartLoading({ label, className }: { label: string; className?: string }) {
  useEffect(() => holdRender(`loading:${label}`), [label]);
  return (
    <section className={className ?? 'panel part-loading'} role="status" aria-label={`${label}加载中`}>
      <p className="part-loading__text">{label}加载中…</p>
    </section>
  );
}
