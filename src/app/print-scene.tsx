import { useQuery } from '@tanstack/react-query';
import { regionQueries } from '@/api/queries';
import { DisputesPanel } from '@/features/disputes/disputes-panel';
import { EmploymentPanel } from '@/features/employment/employment-panel';
import { EthnicPanel } from '@/features/ethnic/ethnic-panel';
import { EventsPanel } from '@/features/events/events-panel';
import { KeyFigures } from '@/features/key-figures/key-figures';
import { PrintMap } from '@/features/map/print-map';
import type { Scene } from '@/features/presenter/deck-schema';
import type { Meta } from '@/api/meta';
import { resolveView } from './resolve-view';
import { displayName } from '@/lib/region-name';

/**
 * One scene on a printed page: the key figures, and the four indicator panels around the map
 * as on the screen — the map as SVG (print-map.tsx), coloured by the scene's metric. The
 * scene's focus panel is emphasised by print.css through `data-focus` on the page.
 */
export function PrintScene({ scene, meta }: { scene: Scene; meta: Meta }) {
  const { code, period, metric } = resolveView(
    { region: scene.region, period: scene.period, metric: scene.metric, mode: 'present' },
    meta,
  );
  const region = useQuery({ ...regionQueries.detail(code ?? ''), enabled: code !== null });
  const regionName = region.data ? displayName(region.data) : '';
  if (code === null) return <p role="alert">区划代码“{scene.region}”无效。</p>;
  return (
    <div className="print-scene">
      <KeyFigures code={code} period={period} />
      <div className="print-scene__panels">
        <EthnicPanel code={code} regionName={regionName} period={period} />
        <EmploymentPanel code={code} regionName={regionName} period={period} />
        <PrintMap code={code} period={period} metric={metric} />
        <EventsPanel code={code} regionName={regionName} period={period} />
        <DisputesPanel code={code} regionName={regionName} period={period} />
      </div>
    </div>
  );
}
