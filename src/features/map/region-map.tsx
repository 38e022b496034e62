import 'leaflet/dist/leaflet.css';
import './region-map.css';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Boundaries } from '@/api/boundaries';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { ClassMethod } from './class-breaks';
import { highlightStyle } from './feature-style';
import { valuesStatus } from './map-model';
import { BoundariesOverlay, MapNotices } from './map-overlays';
import { AllGridsToggle } from './all-grids-toggle';
import { ClassMethodToggle, MetricSelect } from './map-controls';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import { MapLegend } from './map-legend';
import { MapViewController } from './map-view-controller';
import { TILES, useRegionMap } from './use-region-map';
import { RegionLabels } from './region-labels';
import { RegionOutline } from './region-outline';
import { RegionLayer } from './region-layer';
import { TiledRegionLayer } from './tiled-region-layer';
import { BaseTileLayer } from './tile-layer';
import { useTheme } from '@/lib/theme';

export interface RegionMapProps {
  /** The region whose children are drawn. */
  code: string;
  period: string;
  /** Metric id the children are coloured by (meta.metrics). */
  metric: string;
  onMetricChange(id: string): void;
  /** A child was clicked (drill down). */
  onSelect?(childCode: string): void;
  /** A child to outline, e.g. the row hovered in a ranking. */
  highlightedCode?: string | null;
  /** The pointer entered a child (its code) or left the children (null). */
  onHover?(code: string | null): void;
  /** The region's boundaries are on screen (or it has none); once per region. */
  onDrawn?(): void;
  /** Class method when the caller owns it (URL state); otherwise the map keeps its own. */
  classMethod?: ClassMethod;
  onClassMethodChange?(method: ClassMethod): void;
  /** Draw every grid below the region at once (显示全部网格) instead of its children. */
  allGrids?: boolean;
  /** Shows the 显示全部网格 switch (county and town levels, or while it is on). */
  onAllGridsChange?(on: boolean): void;
  /** Extra controls at the end of the map's bar, e.g. the chip that clears a chart slice. */
  toolbar?: ReactNode;
}

/** Any valid view, so the map is ready before the first fit (no tiles are in view without a base map). */
const INITIAL_CENTER: [number, number] = [35, 105];
const INITIAL_ZOOM = 4;

/** A distinct key per boundaries object, so replaced data means a new `<GeoJSON>`. */
const dataIds = new WeakMap<object, number>();
let nextDataId = 1;
function dataKey(fc: Boundaries): string {
  let id = dataIds.get(fc);
  if (id === undefined) {
    id = nextDataId++;
    dataIds.set(fc, id);
  }
  return `${fc.parent}#${id}`;
}

/**
 * The screen map: owns Leaflet and hands it what the map model says. A child's colour comes
 * from `model.styleFor` (map-model.ts), whose class and palette colour are chosen in
 * choropleth.ts, from the values use-region-map.ts asks for with regionQueries.childMetric
 * (api/queries.ts: GET /api/v1/regions/{code}/children-metric?metric=&period=).
 */
export function RegionMap(props: RegionMapProps) {
  const { code, period, metric, onMetricChange, onSelect, highlightedCode, onHover, onDrawn } = props;
  const theme = useTheme();

  const [ownMethod, setOwnMethod] = useState<ClassMethod>('quantile');
  const method = props.classMethod ?? ownMethod;
  const setMethod = props.onClassMethodChange ?? setOwnMethod;

  const { meta, level, canShowAllGrids, allGrids, boundaries, values, data, tiled, outline, box, metricDef, model } =
    useRegionMap({ code, period, metric, method, allGrids: props.allGrids === true, theme });
  // The root font follows the screen (theme.css); the chart theme re-reads it on resize.
  const rem = useChartTheme().rem;
  const highlight = useMemo(() => highlightStyle(model.colors, rem), [model.colors, rem]);

  // data-boundaries and onDrawn: once the current region's features are on screen.
  const [drawn, setDrawn] = useState<{ key: string; count: number } | null>(null);
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  }, [onDrawn]);
  const layerKey = data ? dataKey(data) : null;
  const handleDrawn = useCallback(
    (count: number) => {
      if (layerKey === null) return;
      setDrawn({ key: layerKey, count });
      onDrawnRef.current?.();
    },
    [layerKey],
  );
  const isEmpty = data !== null && data.features.length === 0;
  useEffect(() => {
    if (isEmpty) onDrawnRef.current?.();
  }, [isEmpty, code]);
  const drawnCount = isEmpty ? 0 : drawn !== null && drawn.key === layerKey ? drawn.count : undefined;

  const showFeatures = data !== null && !isEmpty;
  // Tens of thousands of polygons go to vector tiles; a few hundred stay plain canvas paths.
  const FeatureLayer = tiled ? TiledRegionLayer : RegionLayer;

  return (
    <section
      className="region-map"
      data-testid="map"
      data-boundaries={drawnCount}
      data-highlight-weight={highlight.weight}
      aria-label="区域地图"
    >
      <div className="region-map__bar">
        <MetricSelect metrics={meta.data?.metrics ?? []} value={metric} onChange={onMetricChange} />
        <ClassMethodToggle value={method} onChange={setMethod} />
        {props.onAllGridsChange && canShowAllGrids && (
          <AllGridsToggle checked={allGrids} onChange={props.onAllGridsChange} />
        )}
        {props.toolbar}
      </div>
      <div className="region-map__stage">
        <MapContainer
          className="region-map__leaflet"
          center={INITIAL_CENTER}
          zoom={INITIAL_ZOOM}
          preferCanvas
          zoomSnap={0.1}
          zoomDelta={0.5}
          wheelPxPerZoomLevel={120}
          zoomControl={false}
          attributionControl={false}
        >
          <ZoomControl position="topright" zoomInTitle="放大" zoomOutTitle="缩小" />
          <BaseTileLayer tiles={TILES} />
          <MapViewController box={box} regionKey={layerKey ?? code} />
          {outline && <RegionOutline key={`outline:${code}`} data={outline} colors={model.colors} />}
          {showFeatures && layerKey !== null && (
            <FeatureLayer
              key={`layer:${tiled ? 'tiled' : 'geojson'}:${layerKey}`}
              data={data}
              styleFor={model.styleFor}
              highlight={highlight}
              describe={model.tooltip}
              highlightedCode={highlightedCode}
              onHover={onHover}
              onSelect={onSelect}
              onDrawn={handleDrawn}
            />
          )}
          {showFeatures && layerKey !== null && model.labels && (
            <RegionLabels key={`labels:${layerKey}`} data={data} inkFor={model.labelInk} />
          )}
        </MapContainer>
        <BoundariesOverlay boundaries={boundaries} isEmpty={isEmpty} />
        {showFeatures && <MapNotices values={values} problems={model.problems} />}
        {showFeatures && level === 'grid' && (
          <div className="map-legend" role="group" aria-label="图例：楼栋">
            <div className="map-legend__title">楼栋 {data.features.length} 栋</div>
            <p className="map-legend__status">楼栋不单独提供统计数据</p>
          </div>
        )}
        {showFeatures && level !== 'grid' && (
          <MapLegend metric={metricDef} legend={model.legend} status={valuesStatus(values)} />
        )}
      </div>
    </section>
  );
}
