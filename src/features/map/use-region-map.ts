import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { BoundaryFeature } from '@/api/boundaries';
import { regionQueries } from '@/api/queries';
import { config } from '@/config/env';
import type { Theme } from '@/lib/theme';
import type { ClassMethod } from './class-breaks';
import { toTileCrs } from './coords';
import { suppressedFillFor } from './feature-style';
import { boundariesBox } from './geometry';
import { checkBoundaries, describeGeometryProblems } from './geometry-checks';
import { buildMapModel } from './map-model';
import { MAP_COLORS } from './palettes';
import { TILE_THRESHOLD } from './scale';
import { prepareBoundaries } from './simplify';
import { configuredTiles } from './tile-settings';
import { useChildValues, type ChildMetricQuery } from '@/lib/use-child-values';
import { gridQueries } from './grid-queries';
import { useGridParents } from './grid-parents';

/** The base map is fixed for the session (build-time configuration). */
export const TILES = configuredTiles();
const TILE_CRS = TILES === null ? 'wgs84' : config.tileCrs;

interface RegionMapInput {
  code: string;
  period: string;
  metric: string;
  method: ClassMethod;
  /** 显示全部网格 asked for; applies from the county and towns only. */
  allGrids: boolean;
  theme: Theme;
}

/**
 * Everything the screen map derives from its data: the checked and simplified boundaries, the
 * frame to fit, and the map model (colours, legend, tooltips, notices). RegionMap hands the
 * result to Leaflet.
 */
export function useRegionMap({ code, period, metric, method, theme, ...input }: RegionMapInput) {
  // Children with broken geometry are left off and named (geometry-checks.ts); the parent's bbox
  // comes from the region query the dashboard has already made.
  const region = useQuery(regionQueries.detail(code));
  // 显示全部网格 applies from the county and towns; below them the children are grids already.
  const level = region.data?.code === code ? region.data.level : null;
  const canShowAllGrids = level === 'county' || level === 'town';
  const allGrids = input.allGrids && canShowAllGrids;
  // Its children, or with 显示全部网格 every grid below it; the old colours stay while another
  // metric or period loads, but never another region's or another level's. Both factories
  // describe the same ChildMetric query (GET …/children-metric); only key, URL and sharing differ.
  const boundaries = useQuery(allGrids ? gridQueries.boundaries(code) : regionQueries.boundaries(code));
  const valuesQuery: ChildMetricQuery = allGrids
    ? gridQueries.metric(code, metric, period)
    : regionQueries.childMetric(code, metric, period);
  const values = useChildValues(valuesQuery, metric, code);
  const parentBox = region.data?.code === code ? region.data.bbox : null;
  const checked = useMemo(
    () => (boundaries.data ? checkBoundaries(boundaries.data, parentBox) : null),
    [boundaries.data, parentBox],
  );
  // In the tiles' coordinate system and simplified for the level, once per dataset (simplify.ts).
  useEffect(() => {
    // Repaired outlines are drawn as they are meant; say so where an installer looks, not on screen.
    if (checked && checked.repaired.length > 0) {
      console.info(
        `[shiliu] ${checked.repaired.length} boundaries of ${checked.drawable.parent} repaired before drawing:`,
        checked.repaired.map((r) => `${r.name} (${r.code}): ${r.repairs.join(', ')}`).join('; '),
      );
    }
  }, [checked]);
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

  const { metric: metricDef, checked: checkedValues } = values;
  const summary = useQuery(regionQueries.summary(code, period));
  const colors = MAP_COLORS[theme];
  const suppressedFill = useMemo(() => suppressedFillFor(theme, colors), [theme, colors]);
  const children = useMemo(
    () => [...features.values()].map((f) => ({ code: f.properties.code, name: f.properties.name })),
    [features],
  );
  const parents = useGridParents(region.data?.code === code ? region.data : undefined, allGrids);
  const geometryProblem = checked && checked.problems.length > 0 ? describeGeometryProblems(checked.problems) : null;
  // One model for colours, legend, tooltips and notices; Leaflet restyles only when it changes
  // (an inline style function would restyle every path on every render).
  const model = useMemo(
    () =>
      buildMapModel({
        code,
        level,
        children,
        geometryProblem,
        metric: metricDef,
        values: values.values.data ?? null,
        checked: checkedValues,
        summary: summary.data ?? null,
        method,
        theme,
        suppressedFill,
        parents,
      }),
    [
      code,
      level,
      children,
      geometryProblem,
      metricDef,
      values.values.data,
      checkedValues,
      summary.data,
      method,
      theme,
      suppressedFill,
      parents,
    ],
  );

  return {
    meta: values.meta,
    level,
    canShowAllGrids,
    allGrids,
    boundaries,
    values: values.values,
    data,
    tiled,
    outline,
    box,
    metricDef,
    model,
  };
}
