import 'leaflet/dist/leaflet.css';
import './region-map.css';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { Boundaries, BoundaryFeature } from '@/api/boundaries';
import { metaQueries, regionQueries } from '@/api/queries';
import { config } from '@/config/env';
import type { ClassMethod } from './class-breaks';
import { buildChoropleth, valuesByCode } from './choropleth';
import { toTileCrs } from './coords';
import { featureStyle, highlightStyle, suppressedFillFor } from './feature-style';
import { boundariesBox } from './geometry';
import { ClassMethodToggle, MetricSelect } from './map-controls';
import { MapLegend } from './map-legend';
import { MapViewController } from './map-view-controller';
import { describeValue, findMetric } from './metric-format';
import { MAP_COLORS } from './palettes';
import { RegionLabels } from './region-labels';
import { RegionLayer } from './region-layer';
import { BaseTileLayer } from './tile-layer';
import { configuredTiles } from './tile-settings';
import type { TooltipInfo } from './tooltip-content';
import { useMapTheme } from './use-map-theme';

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
}

/** The base map is fixed for the session (build-time configuration). */
const TILES = configuredTiles();
const TILE_CRS = TILES === null ? 'wgs84' : config.tileCrs;

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

export function RegionMap(props: RegionMapProps) {
  const { code, period, metric, onMetricChange, onSelect, highlightedCode, onHover, onDrawn } = props;
  const theme = useMapTheme();
  const meta = useQuery(metaQueries.all());
  const boundaries = useQuery(regionQueries.boundaries(code));
  const values = useQuery({
    ...regionQueries.childMetric(code, metric, period),
    // Keep the old colours while another metric or period loads, but never another region's.
    placeholderData: (previous) => (previous?.code === code ? previous : undefined),
  });

  const [ownMethod, setOwnMethod] = useState<ClassMethod>('quantile');
  const method = props.classMethod ?? ownMethod;
  const setMethod = props.onClassMethodChange ?? setOwnMethod;

  // Geometry in the tiles' coordinate system (a copy; the cached data is never mutated).
  const data = useMemo(() => (boundaries.data ? toTileCrs(boundaries.data, TILE_CRS) : null), [boundaries.data]);
  const features = useMemo(() => {
    const byCode = new Map<string, BoundaryFeature>();
    for (const f of data?.features ?? []) byCode.set(f.properties.code, f);
    return byCode;
  }, [data]);
  const box = useMemo(() => (data ? boundariesBox(data) : null), [data]);

  const metricData = values.data;
  const shownMetricId = metricData?.metric ?? metric;
  const metricDef = useMemo(() => findMetric(meta.data?.metrics, shownMetricId), [meta.data, shownMetricId]);
  const valueMap = useMemo(() => (metricData ? valuesByCode(metricData.values) : null), [metricData]);
  const choropleth = useMemo(
    () =>
      valueMap === null
        ? null
        : buildChoropleth({ codes: [...features.keys()], values: valueMap, metric: metricDef, method, theme }),
    [valueMap, features, metricDef, method, theme],
  );

  // Restyle only when the colouring changes (PITFALLS: an inline style fn restyles on every render).
  const colors = MAP_COLORS[theme];
  const styleFor = useMemo(() => {
    const suppressedFill = suppressedFillFor(theme, colors);
    return (c: string) =>
      featureStyle(choropleth ? (choropleth.entries.get(c) ?? { kind: 'no-data' }) : undefined, colors, suppressedFill);
  }, [choropleth, colors, theme]);
  const highlight = useMemo(() => highlightStyle(colors), [colors]);

  const describe = useCallback(
    (c: string): TooltipInfo => ({
      name: features.get(c)?.properties.name ?? c,
      code: c,
      metricName: valueMap ? metricDef.name : null,
      value: valueMap ? describeValue(metricDef, valueMap.get(c)) : null,
    }),
    [features, valueMap, metricDef],
  );

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

  let overlay: ReactNode = null;
  if (boundaries.isPending) {
    overlay = (
      <div className="region-map__overlay" role="status">
        <span className="region-map__spinner" aria-hidden="true" />
        正在加载边界…
      </div>
    );
  } else if (boundaries.isError) {
    overlay = (
      <div className="region-map__overlay region-map__overlay--error" role="alert">
        <strong>边界数据加载失败</strong>
        <span>{boundaries.error.message}</span>
        <button type="button" className="btn" onClick={() => void boundaries.refetch()}>
          重试
        </button>
      </div>
    );
  } else if (isEmpty) {
    overlay = (
      <div className="region-map__overlay" role="status">
        该区域没有下级区划
      </div>
    );
  }

  const showFeatures = data !== null && !isEmpty;
  let legendStatus: string | null = null;
  let notice: ReactNode = null;
  if (values.isError && !metricData) {
    notice = (
      <div className="region-map__notice" role="alert">
        <span>指标数据加载失败（{values.error.message}），地图暂不着色</span>
        <button type="button" className="btn btn--small" onClick={() => void values.refetch()}>
          重试
        </button>
      </div>
    );
    legendStatus = '暂无指标数据';
  } else if (values.isError) {
    notice = (
      <div className="region-map__notice" role="status">
        指标刷新失败，显示的是上次成功获取的数据
      </div>
    );
  } else if (values.isPending) {
    legendStatus = '正在加载指标…';
  }

  return (
    <section className="region-map" data-testid="map" data-boundaries={drawnCount} aria-label="区域地图">
      <div className="region-map__bar">
        <MetricSelect metrics={meta.data?.metrics ?? []} value={metric} onChange={onMetricChange} />
        <ClassMethodToggle value={method} onChange={setMethod} />
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
          {showFeatures && layerKey !== null && (
            <RegionLayer
              key={`layer:${layerKey}`}
              data={data}
              styleFor={styleFor}
              highlight={highlight}
              describe={describe}
              highlightedCode={highlightedCode}
              onHover={onHover}
              onSelect={onSelect}
              onDrawn={handleDrawn}
            />
          )}
          {showFeatures && layerKey !== null && <RegionLabels key={`labels:${layerKey}`} data={data} />}
        </MapContainer>
        {overlay}
        {showFeatures && notice}
        {showFeatures && <MapLegend metric={metricDef} legend={choropleth?.legend ?? null} status={legendStatus} />}
      </div>
    </section>
  );
}
