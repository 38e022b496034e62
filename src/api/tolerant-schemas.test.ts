// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { createMockAnswers } from '@mocks/handlers';
import { AS_OF, SEED } from '@mocks/test-fixtures';
import { formatPath } from '@/lib/api-client';
import { parseExact } from '@/testing/contract';
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
import { endpointPattern, unknownFields } from './unknown-fields';

/**
 * Issue 13, point 6: a back end that adds a field (an `id`, an `updatedAt`, a field of a later
 * v1) must not break a panel. Every response schema ignores unknown fields, top-level and
 * nested, and stays strict on the known ones.
 */
const answers = createMockAnswers({ size: 'county', seed: SEED, asOf: AS_OF });
const town = '532398101';
const period = '2026-Q3';

/** What a richer back end sends: `id` on the body, `updatedAt` on every object inside it. */
function withExtras(body: unknown): unknown {
  const nested = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) return v.map((item) => nested(item));
    if (typeof v !== 'object' || v === null) return v;
    const entries = Object.entries(v).map(([k, item]) => [k, nested(item, k)] as const);
    // `series` is a record keyed by metric id: a key there is data, not a field.
    return key === 'series'
      ? Object.fromEntries(entries)
      : { ...Object.fromEntries(entries), updatedAt: '2026-11-30T08:00:00+08:00' };
  };
  return { id: 'rec-7f3a', ...(nested(body) as object), schemaVersion: '1.4' };
}

/** Sets the value at `path` (`a.b[0].c`) of a deep copy. */
function setAt(body: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy;
}

type Case = [
  endpoint: string,
  schema: z.ZodMiniType,
  body: () => Promise<unknown>,
  wrong: [path: string, value: unknown],
];
const cases: Case[] = [
  ['meta', MetaSchema, () => answers.meta(), ['lastMonthDays', '22']],
  ['region', RegionSchema, () => answers.region(town), ['children[0].level', 'city']],
  ['boundaries', BoundariesSchema, () => answers.boundaries(town, null), ['features[0].properties.code', 532398101001]],
  ['summary', SummarySchema, () => answers.summary(town, period), ['coverage.months', '3']],
  ['ethnic', EthnicSchema, () => answers.ethnic(town, period), ['residents', -1]],
  ['employment', EmploymentSchema, () => answers.employment(town, period), ['employed.inCounty', '12']],
  ['events', EventsSchema, () => answers.events(town, period), ['categories[0].events', 1.5]],
  ['disputes', DisputesSchema, () => answers.disputes(town, period), ['resolvedByLevel.grid', null]],
  [
    'children-metric',
    ChildMetricSchema,
    () => answers.childMetric(town, 'minorityShare', period, null),
    ['values[0].name', ''],
  ],
  [
    'series',
    SeriesSchema,
    () => answers.series(town, 'events,minorityShare', '2026-01', '2026-06'),
    ['months[0]', '2026-13'],
  ],
];

describe.each(cases)('%s response', (_endpoint, schema, body, [wrongPath, wrongValue]) => {
  it('with unknown fields, top-level and nested, parses to exactly what it would without them', async () => {
    const plain = JSON.parse(JSON.stringify(await body())) as unknown;
    const rich = withExtras(plain);
    const parsed = z.safeParse(schema, rich);
    expect(parsed.success ? null : parsed.error.message).toBeNull();
    expect(parsed.data).toEqual(parseExact(schema, plain, 'plain'));
    const fields = unknownFields(rich, parsed.data);
    expect(fields).toEqual(expect.arrayContaining(['id', 'schemaVersion']));
    expect(fields.filter((f) => f.includes('.')).length).toBeGreaterThan(0);
    expect(() => parseExact(schema, rich, 'rich')).toThrow(/fields not in the contract: .*\bid\b/);
  });

  it('ignores any unknown key with any JSON value (property)', async () => {
    const plain = JSON.parse(JSON.stringify(await body())) as Record<string, unknown>;
    const expected = parseExact(schema, plain, 'plain');
    const unknownKey = fc.string({ minLength: 1 }).filter((k) => !Object.hasOwn(plain, k) && k !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(unknownKey, fc.jsonValue(), { minKeys: 1, maxKeys: 4 }), (extra) => {
        expect(z.parse(schema, { ...plain, ...extra })).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('with a wrong type on a known field still fails and names that field', async () => {
    const rich = withExtras(JSON.parse(JSON.stringify(await body())));
    const parsed = z.safeParse(schema, setAt(rich, wrongPath, wrongValue));
    expect(parsed.success).toBe(false);
    expect(formatPath(parsed.error?.issues[0]?.path ?? [])).toBe(wrongPath);
  });
});

describe('unknown fields', () => {
  it('are listed once per path, array positions folded, coordinates not walked', () => {
    const raw = {
      type: 'FeatureCollection',
      parent: '532398',
      bbox: [1, 2, 3, 4],
      features: [
        { id: 'a', extra: 1, properties: { code: '532398101', name: '甲', level: 'town', area: 3 } },
        { extra: 2, properties: { code: '532398102', name: '乙', level: 'town' } },
      ],
    };
    const parsed = {
      type: 'FeatureCollection',
      parent: '532398',
      features: [
        { id: 'a', properties: { code: '532398101', name: '甲', level: 'town' } },
        { properties: { code: '532398102', name: '乙', level: 'town' } },
      ],
    };
    expect(unknownFields(raw, parsed)).toEqual(['bbox', 'features[].extra', 'features[].properties.area']);
  });

  it('are noted per endpoint, not per region', () => {
    expect(endpointPattern('/api/v1/regions/532398101/summary')).toBe('/api/v1/regions/{code}/summary');
    expect(endpointPattern('/api/v1/regions/532398')).toBe('/api/v1/regions/{code}');
    expect(endpointPattern('/api/v1/meta')).toBe('/api/v1/meta');
  });
});

describe('a value that also says suppressed (privacy)', () => {
  const marked = { numerator: 3, denominator: 60, value: 0.05, suppressed: true, reason: 'small-count' };

  it('is read as withheld where a cell may be withheld, never as its number', async () => {
    const summary = { ...(await answers.summary(town, period)), minorityShare: marked };
    expect(SummarySchema.parse(summary).minorityShare).toEqual({ suppressed: true, reason: 'small-count' });
  });

  it('is refused where a cell may not be withheld', async () => {
    const summary = { ...(await answers.summary(town, period)), disputeResolution: marked };
    const parsed = SummarySchema.safeParse(summary);
    expect(formatPath(parsed.error?.issues[0]?.path ?? [])).toBe('disputeResolution');
  });
});
