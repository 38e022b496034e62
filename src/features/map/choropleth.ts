import type { MetricValue } from '@/api/indicators';
import type { Suppressed } from '@/api/common';
import { isSuppressed } from '@/lib/privacy';
import { binValues, classBreaks, classOf, DEFAULT_CLASS_COUNT, type ClassMethod } from './class-breaks';
import { isUnreliableValue, type MetricInfo } from '@/lib/metric-value';
import type { Theme } from '@/lib/theme';
import { sequentialColors } from './palettes';

/** How one child is drawn. */
export type ChoroplethEntry =
  | {
      kind: 'class';
      classIndex: number;
      value: number;
      color: string;
      /** Denominator under 20: coloured, but flagged in the tooltip and legend. */
      unreliable: boolean;
    }
  | { kind: 'no-data' }
  | { kind: 'suppressed'; reason: Suppressed['reason'] };

export interface LegendClass {
  /** Lowest and highest value in the class (metric units: a fraction for shares). */
  lower: number;
  upper: number;
  /** Children in the class. */
  count: number;
  color: string;
}

/** Everything the legend lists. */
export interface LegendModel {
  classes: LegendClass[];
  /** Children without a value (not reported, or a zero denominator). */
  noData: number;
  /** Children whose value is withheld under the privacy rule (不公开). */
  suppressed: number;
  /** Children whose rate rests on a denominator under 20. */
  unreliable: number;
}

export interface Choropleth {
  entries: ReadonlyMap<string, ChoroplethEntry>;
  legend: LegendModel;
}

export interface ChoroplethInput {
  /** Codes of the children drawn on the map; values for other codes are ignored. */
  codes: readonly string[];
  /** The metric's values by child code. */
  values: ReadonlyMap<string, MetricValue>;
  metric: MetricInfo;
  method: ClassMethod;
  theme: Theme;
  classCount?: number;
}

function numericValue(v: MetricValue | undefined): number | null {
  if (v === undefined || isSuppressed(v) || v.value === null || !Number.isFinite(v.value)) return null;
  return v.value;
}

/** Classifies the drawn children's values and gives each its colour or special state. */
export function buildChoropleth(input: ChoroplethInput): Choropleth {
  const { codes, values, metric, method, theme } = input;
  const numbers: number[] = [];
  for (const code of codes) {
    const n = numericValue(values.get(code));
    if (n !== null) numbers.push(n);
  }
  const uppers = classBreaks(numbers, method, input.classCount ?? DEFAULT_CLASS_COUNT);
  const colors = sequentialColors(theme, uppers.length);
  const bins = binValues(numbers, uppers);

  const entries = new Map<string, ChoroplethEntry>();
  const legend: LegendModel = {
    classes: bins.map((b, i) => ({ lower: b.lower, upper: b.upper, count: b.count, color: colors[i]! })),
    noData: 0,
    suppressed: 0,
    unreliable: 0,
  };
  for (const code of codes) {
    const v = values.get(code);
    const n = numericValue(v);
    if (v !== undefined && isSuppressed(v)) {
      entries.set(code, { kind: 'suppressed', reason: v.reason });
      legend.suppressed += 1;
    } else if (v === undefined || n === null) {
      entries.set(code, { kind: 'no-data' });
      legend.noData += 1;
    } else {
      const classIndex = classOf(n, uppers);
      const unreliable = isUnreliableValue(metric, v);
      if (unreliable) legend.unreliable += 1;
      entries.set(code, { kind: 'class', classIndex, value: n, color: colors[classIndex]!, unreliable });
    }
  }
  return { entries, legend };
}
