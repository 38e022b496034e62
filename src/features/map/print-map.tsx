import './print-map.css';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { PathOptions } from 'leaflet';
import { regionQueries } from '@/api/queries';
import { useChildValues } from '@/lib/use-child-values';
import type { ClassMethod } from './class-breaks';
import { checkBoundaries } from './geometry-checks';
import { MapLegend } from './map-legend';
import { buildMapModel } from './map-model';
import { toSvgMap } from './svg-map';

/** The frame the boundaries are fitted into (SVG user units; the page scales it). */
const WIDTH = 600;
const HEIGHT = 720;
/** Above this many children, names would cover the map on paper. */
const MAX_PRINTED_LABELS = 60;

interface PrintMapProps {
  code: string;
  period: string;
  metric: string;
  classMethod?: ClassMethod;
}

/** A child's SVG attributes, from the same style the screen's Leaflet layers use. */
function svgStyle(style: PathOptions) {
  return {
    fill: style.fillColor,
    fillOpacity: style.fillOpacity,
    stroke: style.color,
    strokeWidth: style.weight,
    strokeDasharray: Array.isArray(style.dashArray) ? style.dashArray.join(' ') : style.dashArray,
  };
}

/**
 * The map of a printed scene: the region's children coloured by the scene's metric, as SVG, so
 * it prints as vectors like the charts beside it. Same data, same geometry checks, same classes
 * and colours as the screen (light theme), without Leaflet: paper needs no panning, and a
 * captured canvas would blur. While its data loads it is `aria-busy`, which holds printing back.
 */
export function PrintMap({ code, period, metric, classMethod = 'quantile' }: PrintMapProps) {
  // One pattern per page (a deck prints many maps); useId's punctuation kept out of url(#…).
  const hatch = `print-map-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const region = useQuery(regionQueries.detail(code));
  const boundaries = useQuery(regionQueries.boundaries(code));
  const {
    meta,
    values,
    metric: metricDef,
    checked: checkedValues,
  } = useChildValues(regionQueries.childMetric(code, metric, period), metric);

  const parentBox = region.data?.code === code ? region.data.bbox : null;
  const checked = useMemo(
    () => (boundaries.data ? checkBoundaries(boundaries.data, parentBox) : null),
    [boundaries.data, parentBox],
  );
  const svg = useMemo(() => (checked ? toSvgMap(checked.drawable, WIDTH, HEIGHT) : null), [checked]);
  // Paper is light; no colour before both the shapes and the values are in.
  const model = useMemo(
    () =>
      buildMapModel({
        code,
        level: null,
        children: (checked?.drawable.features ?? []).map((f) => f.properties),
        geometryProblem: null,
        metric: metricDef,
        values: values.data ?? null,
        checked: checked ? checkedValues : null,
        summary: null,
        method: classMethod,
        theme: 'light',
        suppressedFill: `url(#${hatch})`,
      }),
    [code, checked, metricDef, values.data, checkedValues, classMethod, hatch],
  );
  const colors = model.colors;

  if (boundaries.isError) {
    return (
      <figure className="print-map print-map--empty" aria-label="区域地图">
        <p role="alert">地图未能加载：{boundaries.error.message}</p>
      </figure>
    );
  }
  const loading = boundaries.isPending || values.isPending || meta.isPending;
  const labels = svg !== null && svg.shapes.length <= MAX_PRINTED_LABELS;

  return (
    <figure className="print-map" aria-label="区域地图" aria-busy={loading}>
      {svg && (
        <svg
          className="print-map__svg"
          viewBox={`0 0 ${svg.width} ${svg.height}`}
          role="img"
          aria-label={`${metricDef.name}分级着色，共 ${svg.shapes.length} 个区域`}
          data-testid="print-map"
        >
          <defs>
            <pattern id={hatch} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill={colors.suppressedGround} />
              <path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" stroke={colors.suppressedLine} strokeWidth="1.5" />
            </pattern>
          </defs>
          {svg.shapes.map((s) => {
            const style = svgStyle(model.styleFor(s.code));
            return s.d !== null ? (
              <path key={s.code} d={s.d} fillRule="evenodd" {...style} data-code={s.code} />
            ) : (
              s.at && <circle key={s.code} cx={s.at[0]} cy={s.at[1]} r={4} {...style} />
            );
          })}
          {labels &&
            svg.shapes.map(
              (s) =>
                s.at &&
                s.d !== null && (
                  <text key={`label-${s.code}`} x={s.at[0]} y={s.at[1]} className="print-map__label">
                    {s.name}
                  </text>
                ),
            )}
        </svg>
      )}
      <MapLegend
        metric={metricDef}
        legend={model.legend}
        status={values.isError ? `指标数据未能加载：${values.error.message}` : null}
      />
    </figure>
  );
}
