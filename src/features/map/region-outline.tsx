import { geoJSON } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Boundaries } from '@/api/boundaries';
import type { MapColors } from './palettes';

/**
 * The current region's own boundary as a dashed, non-interactive line under its children.
 * Drawn at grid level, where the children (buildings) are too small to show the grid's shape.
 */
export function RegionOutline({ data, colors }: { data: Boundaries; colors: MapColors }) {
  const map = useMap();
  useEffect(() => {
    const layer = geoJSON(data, {
      interactive: false,
      style: {
        color: colors.highlight,
        weight: 2,
        opacity: 0.9,
        dashArray: '6 4',
        fill: true,
        fillColor: colors.neutralFill,
        fillOpacity: 0.25,
      },
    }).addTo(map);
    layer.bringToBack();
    return () => {
      layer.remove();
    };
  }, [map, data, colors]);
  return null;
}
