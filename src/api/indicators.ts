import { z } from 'zod/mini';
import {
  CountSchema,
  CoverageSchema,
  NameSchema,
  RateSchema,
  RegionCodeSchema,
  SuppressedSchema,
  SuppressibleCountSchema,
  SuppressibleRateSchema,
  unmarked,
} from './common';

/** Every indicator response names its region and the months it covers. */
const envelope = { code: RegionCodeSchema, coverage: CoverageSchema };

/** The key-figure strip. Stocks are at the end of the period; flows are summed over it. */
export const SummarySchema = z.object({
  ...envelope,
  /** Residents (people), end of period. */
  residents: CountSchema,
  /** Households, end of period. */
  households: CountSchema,
  /** Minority residents / residents. Suppressed for units under 50 residents. */
  minorityShare: SuppressibleRateSchema,
  /** Grids inside the region (a grid counts itself). */
  grids: CountSchema,
  /** Grid heads (网格长), full-time (专职) and part-time (兼职) grid workers. */
  gridHeads: CountSchema,
  gridWorkersFullTime: CountSchema,
  gridWorkersPartTime: CountSchema,
  /** People in transferred employment at the end of the period (stock, people). */
  employed: CountSchema,
  /** New placements into work during the period (people). */
  placements: CountSchema,
  /** Events held (场次) and attendances (参与人次) during the period. */
  events: CountSchema,
  attendances: CountSchema,
  /** Disputes resolved / registered during the period. */
  disputeResolution: RateSchema,
});
export type Summary = z.infer<typeof SummarySchema>;

/** One ethnic group's residents in the region. */
export const EthnicGroupCountSchema = z.object({
  /** GB/T 3304 code: "01".."56", "97" 其他 (未识别民族), "98" 外国血统中国籍人士. */
  code: z.string().check(z.regex(/^(0[1-9]|[1-4]\d|5[0-6]|9[78])$/, 'unknown ethnic group code')),
  count: SuppressibleCountSchema,
});

/**
 * Ethnic composition. For a unit under 50 residents the breakdown is withheld as a whole
 * (`breakdown` is a Suppressed cell with reason small-unit).
 */
export const EthnicSchema = z.object({
  ...envelope,
  residents: CountSchema,
  breakdown: z.union([
    unmarked(
      z.object({
        /** Minority residents (all groups except 01 汉), may be suppressed. */
        minority: SuppressibleCountSchema,
        minorityShare: SuppressibleRateSchema,
        /** Number of groups present (count > 0). */
        groupsPresent: CountSchema,
        /** Gini–Simpson diversity 1 − Σpᵢ² over all groups (0–1), from the unsuppressed server-side counts. */
        diversityIndex: z.number().check(z.gte(0), z.lte(1)),
        /** Groups with residents, largest first; groups with 0 residents are omitted. */
        groups: z.array(EthnicGroupCountSchema),
      }),
    ),
    SuppressedSchema,
  ]),
});
export type Ethnic = z.infer<typeof EthnicSchema>;

/** A category code of meta's code lists. */
const CategoryCodeSchema = z.string().check(z.minLength(1), z.maxLength(40));

const CategoryCountSchema = z.object({ code: CategoryCodeSchema, count: CountSchema });

export const EmploymentSchema = z.object({
  ...envelope,
  /** Labour force (people aged 16–60 able to work), end of period. */
  labourForce: CountSchema,
  /** People in transferred employment at the end of the period by destination. */
  employed: z.object({ outOfProvince: CountSchema, inProvince: CountSchema, inCounty: CountSchema }),
  /** New placements during the period by destination. */
  placements: z.object({ outOfProvince: CountSchema, inProvince: CountSchema, inCounty: CountSchema }),
  /** Public-welfare posts filled at the end of the period, by post type (meta.welfarePostTypes). */
  welfarePosts: z.array(CategoryCountSchema),
  /** Self-employed households (自主创业), end of period. */
  selfEmployedHouseholds: CountSchema,
  /** Skills training by course (meta.trainingCourses): sessions held and trainees. */
  training: z.array(z.object({ code: CategoryCodeSchema, sessions: CountSchema, trainees: CountSchema })),
  /** Zero-employment households identified and cleared during the period. */
  zeroEmployment: z.object({ identified: CountSchema, cleared: CountSchema }),
  /** Job fairs held, companies attending, posts offered. */
  jobFairs: z.object({ fairs: CountSchema, companies: CountSchema, posts: CountSchema }),
});
export type Employment = z.infer<typeof EmploymentSchema>;

export const EventsSchema = z.object({
  ...envelope,
  /** Per event category (meta.eventCategories): events (场次), attendances (人次), minority attendances (人次). */
  categories: z.array(
    z.object({
      code: CategoryCodeSchema,
      events: CountSchema,
      attendances: CountSchema,
      /** Withheld (small-unit) for a unit under 50 residents, like every ethnic breakdown of it. */
      minorityAttendances: SuppressibleCountSchema,
    }),
  ),
  /** Minority attendances / all attendances (人次 / 人次); withheld (small-unit) for a unit under 50 residents. */
  minorityShareOfAttendances: SuppressibleRateSchema,
  /** Minority residents in the region / residents — for comparison with the above. */
  minorityShareOfResidents: SuppressibleRateSchema,
  /** Distinct minority residents who attended at least once / minority residents (people / people). */
  minorityCoverage: SuppressibleRateSchema,
});
export type Events = z.infer<typeof EventsSchema>;

export const DisputesSchema = z.object({
  ...envelope,
  /** Disputes registered (受理) in the period. */
  registered: CountSchema,
  /** Resolved (化解) in the period, by the level that resolved them. */
  resolvedByLevel: z.object({
    grid: CountSchema,
    community: CountSchema,
    town: CountSchema,
    countyAndAbove: CountSchema,
  }),
  /** Still open at the end of the period. */
  inProgress: CountSchema,
  /** Passed up to a higher level during the period. */
  escalated: CountSchema,
  /** resolved / registered. */
  resolutionRate: RateSchema,
  /** 小事不出网格: resolved at grid level / resolved. */
  resolvedInGrid: RateSchema,
  /** 大事不出社区: resolved at community level or below / resolved. */
  resolvedInCommunity: RateSchema,
  /** Median days from registration to resolution, null when nothing was resolved. */
  medianDaysToResolve: z.nullable(z.number().check(z.gte(0))),
  /** Registered and resolved by category (meta.disputeCategories). */
  categories: z.array(z.object({ code: CategoryCodeSchema, registered: CountSchema, resolved: CountSchema })),
  /** Petitions above the county level (越级上访); 0 is the goal. */
  petitionsAboveCounty: CountSchema,
});
export type Disputes = z.infer<typeof DisputesSchema>;

/** A metric's value for one region: a ratio with its basis, a plain count, or withheld. */
export const MetricValueSchema = z.union([
  unmarked(
    z.object({
      numerator: CountSchema,
      denominator: CountSchema,
      /** share: numerator/denominator; per-1000: ×1000; count: the numerator. Null when undefined. */
      value: z.nullable(z.number().check(z.gte(0))),
    }),
  ),
  SuppressedSchema,
]);
export type MetricValue = z.infer<typeof MetricValueSchema>;

/** One metric for every child of a region — the choropleth and the ranking. */
export const ChildMetricSchema = z.object({
  ...envelope,
  metric: z.string().check(z.minLength(1), z.maxLength(60)),
  values: z.array(
    z.object({
      code: RegionCodeSchema,
      name: NameSchema,
      /** Display name, as in RegionRefSchema. */
      shortName: z.optional(NameSchema),
      value: MetricValueSchema,
    }),
  ),
});
export type ChildMetric = z.infer<typeof ChildMetricSchema>;

/** Monthly series of several metrics for one region, for trend charts. */
export const SeriesSchema = z
  .object({
    code: RegionCodeSchema,
    months: z.array(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
    series: z.record(z.string(), z.array(MetricValueSchema)),
  })
  .check(
    z.superRefine((s, ctx) => {
      for (const [id, values] of Object.entries(s.series)) {
        if (values.length !== s.months.length) {
          ctx.addIssue({
            code: 'custom',
            message: `has ${values.length} values for ${s.months.length} months`,
            path: ['series', id],
          });
        }
      }
    }),
  );
export type Series = z.infer<typeof SeriesSchema>;
