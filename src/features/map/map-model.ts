import type { PathOptions } from 'leaflet';
import type { Level } from '@/api/common';
import type { ChildMetric, Summary } from '@/api/indicators';
import { describeValue, type MetricInfo } from '@/lib/metric-value';
import type { Theme } from '@/lib/theme';
import type { CheckedValues } from '@/lib/value-checks';
import { checkChildTotals, parentBasis } from '@/lib/value-checks';
import { buildChoropleth, type Choropleth, type LegendModel } from './choropleth';
import type { ClassMethod } from './class-breaks';
import { buildingStyle, featureStyle, highlightStyle } from './feature-style';
import { labelInk, type LabelInk } from './label-ink';
import { MAP_COLORS, type MapColors } from './palettes';
import { LABEL_LIMIT } from './scale';
import { gridParentOf, type GridParents } from './grid-parents';
import type { TooltipInfo } from './tooltip-content';

/**
 * The map as data: which colour, legend, tooltip, labels and notices follow from the boundaries,
 * the values, the metric, the class method and the theme. Pure (no DOM, no Leaflet instance), so
 * the screen map, the print map and the tests share it; RegionMap only hands it to Leaflet.
 */
export interface MapModelInput {
  /** The region whose children are drawn. */
  code: string;
  /** Its level; a grid's children are buildings, drawn plain. Null while unknown. */
  level: Level | null;
  /** The drawn children (after the geometry checks), in drawing order. */
  children: readonly { code: string; name: string }[];
  /** What the geometry checks left off, in words (geometry-checks.ts), or null. */
  geometryProblem: string | null;
  metric: MetricInfo;
  /** The children-metric response and its checked values; null while not loaded. */
  values: ChildMetric | null;
  checked: CheckedValues | null;
  /** The region's own totals, to check that the children add up; null when not loaded. */
  summary: Summary | null;
  method: ClassMethod;
  theme: Theme;
  /** Fill of withheld children: a hatch (canvas pattern, SVG url) or a flat colour. */
  suppressedFill: string;
  /** With 显示全部网格, each grid's community and town (grid-parents.ts); else null. */
  parents?: GridParents | null;
}

export interface MapModel {
  colors: MapColors;
  /** Null while there are no values (loading or failed): children are drawn neutral. */
  choropleth: Choropleth | null;
  legend: LegendModel | null;
  /** Each child's path style; a new function only when the colouring changes. */
  styleFor(code: string): PathOptions;
  highlight: PathOptions;
  tooltip(code: string): TooltipInfo;
  /** Whether every child gets a permanent name label (too many would cover the map). */
  labels: boolean;
  /** Colours of a child's name over its fill (label-ink.ts); changes with `styleFor`. */
  labelInk(code: string): LabelInk;
  /** Data problems to show over the map: broken geometry, impossible values, totals. */
  problems: string[];
}

/** At most this many children with impossible values are named in the notice. */
const NAMED_PROBLEMS = 4;

function totalsProblem(input: MapModelInput): string | null {
  const { values, summary, code } = input;
  if (!values || !summary || summary.code !== code || summary.coverage.period !== values.coverage.period) return null;
  return checkChildTotals(values.values, parentBasis(values.metric, summary));
}

function valuesProblem(checked: CheckedValues | null): string | null {
  const problems = checked?.problems ?? [];
  if (problems.length === 0) return null;
  const named = problems
    .slice(0, NAMED_PROBLEMS)
    .map((p) => `${p.name}（${p.reason}）`)
    .join('、');
  return `${problems.length} 个区域的指标数值不合理，未着色：${named}`;
}

export function buildMapModel(input: MapModelInput): MapModel {
  const { children, metric, checked, method, theme, level, suppressedFill } = input;
  const colors = MAP_COLORS[theme];
  const valueMap = checked?.values ?? null;
  const impossible = new Map((checked?.problems ?? []).map((p) => [p.code, p.reason]));
  const codes = children.map((c) => c.code);
  const names = new Map(children.map((c) => [c.code, c.name]));
  const choropleth = valueMap === null ? null : buildChoropleth({ codes, values: valueMap, metric, method, theme });

  const building = buildingStyle(colors);
  const styleFor =
    level === 'grid'
      ? () => building
      : (c: string) =>
          featureStyle(
            choropleth ? (choropleth.entries.get(c) ?? { kind: 'no-data' }) : undefined,
            colors,
            suppressedFill,
          );

  const tooltip = (c: string): TooltipInfo => {
    const reason = impossible.get(c);
    return {
      name: names.get(c) ?? c,
      code: c,
      parent: gridParentOf(c, input.parents ?? null),
      metricName: valueMap ? metric.name : null,
      value: !valueMap
        ? null
        : reason !== undefined
          ? { value: '数据异常', basis: null, note: `${reason}，未着色` }
          : describeValue(metric, valueMap.get(c)),
    };
  };

  return {
    colors,
    choropleth,
    legend: choropleth?.legend ?? null,
    styleFor,
    highlight: highlightStyle(colors),
    tooltip,
    labels: children.length <= LABEL_LIMIT,
    labelInk: (c: string) => labelInk(styleFor(c), colors),
    problems: [input.geometryProblem, valuesProblem(checked), totalsProblem(input)].filter(
      (t): t is string => t !== null,
    ),
  };
}

/** The legend's line about the values while they load or after they failed; null otherwise. */
export function valuesStatus(values: { isError: boolean; isPending: boolean; data?: unknown }): string | null {
  if (values.isError && values.data === undefined) return '暂无指标数据';
  return values.isPending ? '正在加载指标…' : null;
}
