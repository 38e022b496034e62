import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { BoundariesSchema } from './boundaries';
import {
  ChildMetricSchema,
  DisputesSchema,
  EmploymentSchema,
  EthnicSchema,
  EventsSchema,
  SeriesSchema,
  SummarySchema,
} from './indicators';
import { MetaSchema } from './meta';
import { RegionSchema } from './region';

/**
 * Property: whatever JSON arrives, a schema either yields data or a ZodError with a path —
 * it never throws anything else. Mutations of a valid-looking skeleton reach deeper than
 * random JSON alone.
 */
const schemas: [string, z.ZodMiniType][] = [
  ['meta', MetaSchema],
  ['region', RegionSchema],
  ['boundaries', BoundariesSchema],
  ['summary', SummarySchema],
  ['ethnic', EthnicSchema],
  ['employment', EmploymentSchema],
  ['events', EventsSchema],
  ['disputes', DisputesSchema],
  ['children-metric', ChildMetricSchema],
  ['series', SeriesSchema],
];

const hostile = fc.constantFrom(
  null,
  undefined,
  NaN,
  Infinity,
  -1,
  0.5,
  1e300,
  '',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  [],
  {},
  { suppressed: true, reason: 'small-count' },
  { numerator: 5, denominator: 2, value: 2.5 },
);
const anyJson = fc.oneof(fc.jsonValue(), hostile);

describe.each(schemas)('%s schema under fuzzing', (_name, schema) => {
  it('parses or fails with a ZodError, never anything else', () => {
    fc.assert(
      fc.property(anyJson, (value) => {
        const result = schema.safeParse(value);
        if (!result.success) {
          expect(result.error).toBeInstanceOf(z.core.$ZodError);
          expect(result.error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects objects with hostile values in every position', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), anyJson), (value) => {
        const result = schema.safeParse(value);
        expect(result.success || result.error instanceof z.core.$ZodError).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
