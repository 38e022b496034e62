import 'leaflet/dist/leaflet.css';
import './region-map.css';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { Boundaries, BoundaryFeature } from '@/api/boundaries';
import { metaQueries, regionQueries } from '@/api/queries';
import { config } from '@/config/env';
import type { ClassMethod } from './class-breaks';
import { buildChoropleth } from './choropleth';
import { buildingStyle, featureStyle, highlightStyle, suppressedFillFor } from './feature-style';
import { boundariesBox } from './geometry';
import { checkBoundaries, describeGeometryProblems } from './geometry-checks';
import { AllGridsToggle } from './all-grids-toggle';
import { ClassMethodToggle, MetricSelect } from './map-controls';
import { useChartTheme } from '@/components/chart/use-chart-theme';
import { MapLegend } from './map-legend';
import { MapViewController } from './map-view-controller';
import { describeValue, findMetric } from './metric-format';
import { MAP_COLORS } from './palettes';
import { toTileCrs } from './coords';
import { RegionLabels } from './region-labels';
import { RegionOutline } from './region-outline';
import { RegionLayer } from './region-layer';
import { LABEL_LIMIT, TILE_THRESHOLD } from './scale';
import { prepareBoundaries } from './simplify';
import { TiledRegionLayer } from './tiled-region-layer';
import { BaseTileLayer } from './tile-layer';
import { configuredTiles } from './tile-settings';
import type { TooltipInfo } from './tooltip-content';
import { useMapSource } from './use-map-source';
import { useTheme } from '@/lib/theme';
import { checkChildTotals, checkChildValues, parentBasis } from '@/lib/value-checks';

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
  const theme = useTheme();
  const meta = useQuery(metaQueries.all());

  const [ownMethod, setOwnMethod] = useState<ClassMethod>('quantile');
  const method = props.classMethod ?? ownMethod;
  const setMethod = props.onClassMethodChange ?? setOwnMethod;

  // Children with broken geometry are left off and named (geometry-checks.ts); the parent's bbox
  // comes from the region query the dashboard has already made.
  const region = useQuery(regionQueries.detail(code));
  // 显示全部网格 applies from the county and towns; below them the children are grids already.
  const level = region.data?.code === code ? region.data.level : null;
  const canShowAllGrids = level === 'county' || level === 'town';
  const allGrids = props.allGrids === true && canShowAllGrids;
  const { boundaries, values } = useMapSource(code, metric, period, allGrids);
  const parentBox = region.data?.code === code ? region.data.bbox : null;
  const checked = useMemo(
    () => (boundaries.data ? checkBoundaries(boundaries.data, parentBox) : null),
    [boundaries.data, parentBox],
  );
  useEffect(() => {
    // Repaired outlines are drawn as they are meant; say so where an installer looks, not on screen.
    if (checked && checked.repaired.length > 0) {
      console.info(
        `[shiliu] ${checked.repaired.length} boundaries of ${checked.drawable.parent} repaired before drawing:`,
        checked.repaired.map((r) => `${r.name} (${r.code}): ${r.repairs.join(', ')}`).join('; '),
      );
    }
  }, [checked]);
  // In the tiles' coordinate system and simplified for the level, once per dataset (simplify.ts).
  const data = useMemo(() => (checked ? prepareBoundaries(checked.drawable, TILE_CRS).data : null), [checked]);
  const tiled = data !== null && data.features.length > TILE_THRESHOLD;
  const features = useMemo(() => {
    const byCode = new Map<string, BoundaryFeature>();
    for (const f of data?.features ?? []) byCode.set(f.properties.code, f);
    return byCode;
  }, [data]);
  // A grid's children are buildings: its own outline (from its parent's boundaries, usually
  // cached by the drill) frames them, and the map fits the grid rather than the buildings.
  const gridParent = level === 'grid' ? region.data?.ancestors.at(-1)?.code : undefined;
  const parentBoundaries = useQuery({ ...regionQueries.boundaries(gridParent ?? ''), enabled: !!gridParent });
  const outline = useMemo(() => {
    const siblings = parentBoundaries.data;
    const own = siblings?.features.find((f) => f.properties.code === code);
    return gridParent && siblings && own ? toTileCrs({ ...siblings, features: [own] }, TILE_CRS) : null;
  }, [parentBoundaries.data, code, gridParent]);
  const box = useMemo(() => (outline ? boundariesBox(outline) : data ? boundariesBox(data) : null), [outline, data]);

  const metricData = values.data;
  const shownMetricId = metricData?.metric ?? metric;
  const metricDef = useMemo(() => findMetric(meta.data?.metrics, shownMetricId), [meta.data, shownMetricId]);
  // Impossible values are not coloured; children adding up to more than the parent are flagged.
  const checkedValues = useMemo(
    () => (metricData ? checkChildValues(metricData.values, metricDef) : null),
    [metricData, metricDef],
  );
  const valueMap = checkedValues?.values ?? null;
  const valueProblems = useMemo(
    () => new Map((checkedValues?.problems ?? []).map((p) => [p.code, p.reason])),
    [checkedValues],
  );
  const summary = useQuery(regionQueries.summary(code, period));
  const totalsProblem = useMemo(() => {
    const s = summary.data;
    if (!metricData || !s || s.code !== code || s.coverage.period !== metricData.coverage.period) return null;
    return checkChildTotals(metricData.values, parentBasis(metricData.metric, s));
  }, [metricData, summary.data, code]);
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
    if (level === 'grid') {
      const building = buildingStyle(colors);
      return () => building;
    }
    const suppressedFill = suppressedFillFor(theme, colors);
    return (c: string) =>
      featureStyle(choropleth ? (choropleth.entries.get(c) ?? { kind: 'no-data' }) : undefined, colors, suppressedFill);
  }, [choropleth, colors, theme, level]);
  // The root font follows the screen (theme.css); the chart theme re-reads it on resize.
  const rem = useChartTheme().rem;
  const highlight = useMemo(() => highlightStyle(colors, rem), [colors, rem]);

  const describe = useCallback(
    (c: string): TooltipInfo => ({
      name: features.get(c)?.properties.name ?? c,
      code: c,
      metricName: valueMap ? metricDef.name : null,
      value: !valueMap
        ? null
        : valueProblems.has(c)
          ? { value: '数据异常', basis: null, note: `${valueProblems.get(c)}，未着色` }
          : describeValue(metricDef, valueMap.get(c)),
    }),
    [features, valueMap, valueProblems, metricDef],
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
  // Tens of thousands of polygons go to vector tiles; a few hundred stay plain canvas paths.
  const FeatureLayer = tiled ? TiledRegionLayer : RegionLayer;

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

  const dataProblems = [
    checked && checked.problems.length > 0 ? describeGeometryProblems(checked.problems) : null,
    valueProblems.size > 0
      ? `${valueProblems.size} 个区域的指标数值不合理，未着色：${[...(checkedValues?.problems ?? [])]
          .slice(0, 4)
          .map((p) => `${p.name}（${p.reason}）`)
          .join('、')}`
      : null,
    totalsProblem,
  ].filter((t): t is string => t !== null);

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
          {outline && <RegionOutline key={`outline:${code}`} data={outline} colors={colors} />}
          {showFeatures && layerKey !== null && (
            <FeatureLayer
              key={`layer:${tiled ? 'tiled' : 'geojson'}:${layerKey}`}
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
          {showFeatures && layerKey !== null && data.features.length <= LABEL_LIMIT && (
            <RegionLabels key={`labels:${layerKey}`} data={data} />
          )}
        </MapContainer>
        {overlay}
        {(notice !== null || dataProblems.length > 0) && showFeatures && (
          <div className="region-map__notices">
            {notice}
            {dataProblems.length > 0 && (
              <ul className="region-map__notice region-map__problems" role="alert" aria-label="数据问题">
                {dataProblems.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {showFeatures && level === 'grid' && (
          <div className="map-legend" role="group" aria-label="图例：楼栋">
            <div className="map-legend__title">楼栋 {data.features.length} 栋</div>
            <p className="map-legend__status">楼栋不单独提供统计数据</p>
          </div>
        )}
        {showFeatures && level !== 'grid' && (
          <MapLegend metric={metricDef} legend={choropleth?.legend ?? null} status={legendStatus} />
        )}
      </div>
    </section>
  );
}
