import { z } from 'zod/mini';
import { en } from 'zod/v4/locales';

// zod/mini instead of classic zod: the same parser core with plain functions instead of
// methods, so the bundle keeps only the checks the schemas use (about a quarter of the
// bytes). Classic zod installs the English messages by default and mini does not; installing
// them here keeps every error message identical to what classic zod produced.
z.config(en());

/**
 * Building blocks shared by every response schema. The mock handlers build their
 * responses against these same schemas, so mock and client cannot drift apart.
 *
 * Objects are tolerant (`z.object`, not `z.strictObject`): a field the contract does not know
 * (an `id`, an `updatedAt`, a field of a later v1) is dropped from the parsed data and noted
 * once in the console (src/api/unknown-fields.ts); known fields stay strict on type and value.
 * How the contract evolves: docs/api.md "Evolution".
 */

/** Administrative levels, top to bottom. Buildings are optional leaves below grids. */
export const LEVELS = ['county', 'town', 'community', 'grid', 'building'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** Significant-digit length of a region code at each level (see docs/api.md). */
export const CODE_LENGTH: Record<Level, number> = {
  county: 6,
  town: 9,
  community: 12,
  grid: 15,
  building: 20,
};

/** A region code: digits only, 6/9/12/15/20 long. Codes are strings, never numbers. */
export const RegionCodeSchema = z
  .string()
  .check(z.regex(/^(\d{6}|\d{9}|\d{12}|\d{15}|\d{20})$/, 'region code must be 6, 9, 12, 15 or 20 digits'));
export type RegionCode = z.infer<typeof RegionCodeSchema>;

/** A non-negative whole number of people, households, events… */
export const CountSchema = z.number().check(z.int('must be a whole number'), z.gte(0, 'must not be negative'));

/**
 * Why a cell is not published (privacy rule: docs/indicators.md, src/lib/privacy.ts):
 * - small-count: the true count is 1–4 (shown as "<5");
 * - complementary: hidden so that another hidden cell cannot be worked back out of a total;
 * - small-unit: the unit has fewer than 50 residents, so no ethnic breakdown is published.
 */
export const SuppressionReasonSchema = z.enum(['small-count', 'complementary', 'small-unit']);
export type SuppressionReason = z.infer<typeof SuppressionReasonSchema>;

/**
 * A value object marked `suppressed` is a withheld cell, never a number. With tolerant objects,
 * `{numerator, denominator, value, suppressed: true}` would otherwise read as the number and the
 * `suppressed` be dropped as unknown: `unmarked` refuses it, so in a union with SuppressedSchema
 * it is taken as withheld (or refused), as the privacy rule wants (docs/api.md).
 */
export function unmarked<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.custom<unknown>((v) => !(typeof v === 'object' && v !== null && 'suppressed' in v), {
      message: 'a value must not also carry suppressed',
    }),
    schema,
  );
}

/** An explicitly withheld cell. Never a silent 0. */
export const SuppressedSchema = z.object({
  suppressed: z.literal(true),
  reason: SuppressionReasonSchema,
});
export type Suppressed = z.infer<typeof SuppressedSchema>;

/** A count of people that may be withheld under the privacy rule. */
export const SuppressibleCountSchema = z.union([CountSchema, SuppressedSchema]);
export type SuppressibleCount = z.infer<typeof SuppressibleCountSchema>;

/** Tolerance for `value` against numerator/denominator (servers round to 4–6 decimals). */
const RATE_TOLERANCE = 5e-4;

/**
 * A rate always travels with its basis. `value` is numerator / denominator as a fraction
 * (0.661 = 66.1 %), or null when the denominator is 0. The numerator is part of the
 * denominator, so it can never be larger.
 */
export const RateSchema = unmarked(
  z
    .object({
      numerator: CountSchema,
      denominator: CountSchema,
      value: z.nullable(z.number().check(z.gte(0), z.lte(1))),
    })
    .check(
      z.superRefine((r, ctx) => {
        if (r.numerator > r.denominator) {
          ctx.addIssue({
            code: 'custom',
            message: `numerator ${r.numerator} is larger than denominator ${r.denominator}`,
            path: ['numerator'],
          });
        }
        const expected = r.denominator === 0 ? null : r.numerator / r.denominator;
        if (expected === null ? r.value !== null : r.value === null || Math.abs(r.value - expected) > RATE_TOLERANCE) {
          ctx.addIssue({
            code: 'custom',
            message: `value ${String(r.value)} does not equal numerator/denominator`,
            path: ['value'],
          });
        }
      }),
    ),
);
export type Rate = z.infer<typeof RateSchema>;

/** A rate that may be withheld (e.g. minority share of a unit under 50 residents). */
export const SuppressibleRateSchema = z.union([RateSchema, SuppressedSchema]);
export type SuppressibleRate = z.infer<typeof SuppressibleRateSchema>;

/** A month `YYYY-MM`. */
export const MonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM'));
export type Month = z.infer<typeof MonthSchema>;

/**
 * A period: a month `YYYY-MM`, a quarter `YYYY-Qn`, a year `YYYY`, or an inclusive range of
 * months `YYYY-MM..YYYY-MM`, which may end on a day `YYYY-MM..YYYY-MM-DD` (the same days as a
 * partial current month, for comparisons: docs/api.md "Periods").
 */
export const PeriodSchema = z
  .string()
  .check(
    z.regex(
      /^(\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4]|\d{4}|\d{4}-(0[1-9]|1[0-2])\.\.\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)$/,
      'period must be YYYY-MM, YYYY-Qn, YYYY, YYYY-MM..YYYY-MM or YYYY-MM..YYYY-MM-DD',
    ),
  );
export type Period = z.infer<typeof PeriodSchema>;

/** Names come from data: any text, rendered as text only. Bounded so a hostile payload can't bloat the UI. */
export const NameSchema = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'longer than 200 characters'));

/** The months a response actually covers (a period clipped to the data's range). */
export const CoverageSchema = z.object({
  period: PeriodSchema,
  from: MonthSchema,
  to: MonthSchema,
  /** Number of months with data inside the period. */
  months: z.number().check(z.int(), z.gte(0)),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/**
 * An array whose malformed items are dropped (each named once in the console) instead of
 * failing the whole response: one bad metric must not take the catalogue down (issue 13).
 */
export function lenientArray<T extends z.ZodMiniType>(item: T, where: string) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((items: unknown[]): z.output<T>[] => {
      const kept: z.output<T>[] = [];
      for (const [i, raw] of items.entries()) {
        const parsed = z.safeParse(item, raw);
        if (parsed.success) kept.push(parsed.data);
        else {
          const issue = parsed.error.issues[0];
          console.warn(
            `[shiliu] ${where}[${i}] left out: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}`,
          );
        }
      }
      return kept;
    }),
  );
}
