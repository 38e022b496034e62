import { AttributionControl, TileLayer } from 'react-leaflet';
import type { TileSettings } from './tile-settings';

/** Leaflet renders attributions as HTML; the configured text is shown as text. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function BaseTileLayer({ tiles }: { tiles: TileSettings | null }) {
  if (tiles === null) return null;
  return (
    <>
      <AttributionControl position="bottomright" prefix={false} />
      <TileLayer
        url={tiles.url}
        attribution={escapeHtml(tiles.attribution)}
        subdomains={tiles.subdomains}
        maxZoom={18}
      />
    </>
  );
}
