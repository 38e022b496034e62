import { z } from 'zod/mini';
import { CountSchema, lenientArray, MonthSchema, NameSchema, RegionCodeSchema } from './common';

/** A code and its display name, e.g. an ethnic group ("03", "回族") or a dispute category. */
export const CodeNameSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  name: NameSchema,
});
export type CodeName = z.infer<typeof CodeNameSchema>;

/**
 * How a metric's value reads: a share (fraction 0–1, numerator ⊆ denominator), a rate per
 * 1,000 (numerator can exceed denominator), or a plain count.
 */
export const MetricKindSchema = z.enum(['share', 'per-1000', 'count']);
export type MetricKind = z.infer<typeof MetricKindSchema>;

/** A metric the map can be coloured by and children can be ranked by. */
export const MetricDefSchema = z.object({
  /**
   * `name` or `family:code`, where code is a category or group code as `meta` lists it: letters,
   * digits, `_` and `-` (e.g. `disputeCategory:land_forest`, docs/api.md).
   */
  id: z
    .string()
    .check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*(:[A-Za-z0-9_-]{1,40})?$/, 'metric id must be name or family:code')),
  name: NameSchema,
  kind: MetricKindSchema,
  /** Display unit, e.g. "%", "人/千人", "人". */
  unit: z.string().check(z.maxLength(20)),
  /** Whether a larger value is the good direction (used for arrows' colour). */
  higherIsBetter: z.nullable(z.boolean()),
  /** Ethnic metrics obey the privacy rule and may come back suppressed. */
  sensitive: z.boolean(),
});
export type MetricDef = z.infer<typeof MetricDefSchema>;

export const MetaSchema = z.object({
  /** Dataset name shown in the title bar. */
  datasetName: NameSchema,
  /** True for generated demo data: the screen shows 演示数据. */
  demo: z.boolean(),
  /** When the data was last updated (ISO 8601 with offset). */
  lastUpdated: z.iso.datetime({ offset: true }),
  /** The region the dashboard opens on (usually the county). */
  rootCode: RegionCodeSchema,
  /** First and last month with data; `lastMonth` may be partial (see `lastMonthDays`). */
  firstMonth: MonthSchema,
  lastMonth: MonthSchema,
  /** Days of `lastMonth` covered so far (equal to the month's length when complete). */
  lastMonthDays: z.number().check(z.int(), z.gte(1), z.lte(31)),
  /** GB/T 3304 ethnic group codes used by the data, plus "97" 其他 and "98" 外国血统中国籍人士. */
  ethnicGroups: z.array(CodeNameSchema).check(z.minLength(1)),
  eventCategories: z.array(CodeNameSchema).check(z.minLength(1)),
  disputeCategories: z.array(CodeNameSchema).check(z.minLength(1)),
  welfarePostTypes: z.array(CodeNameSchema),
  trainingCourses: z.array(CodeNameSchema),
  /** One malformed metric is left out (with a console warning), not the whole catalogue. */
  metrics: lenientArray(MetricDefSchema, 'meta.metrics').check(z.minLength(1)),
  /** Target dispute resolution rate drawn as a line on the trend (fraction). */
  resolutionTarget: z.number().check(z.gte(0), z.lte(1)),
  /** Total grids in the dataset (informational). */
  gridCount: CountSchema,
});
export type Meta = z.infer<typeof MetaSchema>;
