import { describe, expect, it } from 'vitest';
import { formatPath } from '@/lib/api-client';
import { BoundariesSchema } from './boundaries';
import { RateSchema, SuppressibleCountSchema } from './common';
import { EthnicSchema, SummarySchema } from './indicators';
import { RegionSchema } from './region';

const coverage = { period: '2026', from: '2026-01', to: '2026-11', months: 11 };
const rate = (n: number, d: number) => ({ numerator: n, denominator: d, value: d === 0 ? null : n / d });

const summary = {
  code: '532398',
  coverage,
  residents: 120_000,
  households: 40_000,
  minorityShare: rate(60_000, 120_000),
  grids: 304,
  gridHeads: 304,
  gridWorkersFullTime: 304,
  gridWorkersPartTime: 2073,
  employed: 30_000,
  placements: 3_000,
  events: 4_100,
  attendances: 150_000,
  disputeResolution: rate(950, 1000),
};

function firstIssuePath(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string {
  expect(result.success).toBe(false);
  return formatPath(result.error?.issues[0]?.path ?? []);
}

describe('contract schemas', () => {
  it('accepts a well-formed summary', () => {
    expect(SummarySchema.safeParse(summary).success).toBe(true);
  });

  it.each([
    ['a missing field', { ...summary, residents: undefined }, 'residents'],
    ['a string count', { ...summary, grids: '304' }, 'grids'],
    ['a negative count', { ...summary, events: -1 }, 'events'],
    ['a fractional count', { ...summary, households: 10.5 }, 'households'],
    ['a null count', { ...summary, attendances: null }, 'attendances'],
    [
      'numerator above denominator',
      { ...summary, disputeResolution: { numerator: 11, denominator: 10, value: 1 } },
      'disputeResolution',
    ],
    [
      'a value that disagrees with its basis',
      { ...summary, disputeResolution: { numerator: 1, denominator: 10, value: 0.5 } },
      'disputeResolution',
    ],
    ['a malformed code', { ...summary, code: '53A398' }, 'code'],
  ])('rejects %s and names the field', (_label, payload, field) => {
    expect(firstIssuePath(SummarySchema.safeParse(payload))).toContain(field);
  });

  it('ignores a field the contract does not know and stays strict on the known ones', () => {
    const parsed = SummarySchema.safeParse({ ...summary, updatedAt: '2026-11-30', coverage: { ...coverage, id: 7 } });
    expect(parsed.data).toEqual(summary);
    expect(firstIssuePath(SummarySchema.safeParse({ ...summary, updatedAt: 1, grids: '304' }))).toBe('grids');
  });

  it('keeps suppressed cells explicit and never accepts a silent placeholder', () => {
    expect(SuppressibleCountSchema.safeParse({ suppressed: true, reason: 'small-count' }).success).toBe(true);
    expect(SuppressibleCountSchema.safeParse({ suppressed: true, reason: 'because' }).success).toBe(false);
    expect(SuppressibleCountSchema.safeParse({ suppressed: false }).success).toBe(false);
  });

  it('treats a rate on an empty denominator as null, not 0', () => {
    expect(RateSchema.safeParse({ numerator: 0, denominator: 0, value: null }).success).toBe(true);
    expect(RateSchema.safeParse({ numerator: 0, denominator: 0, value: 0 }).success).toBe(false);
  });

  it('rejects an unknown ethnic group code', () => {
    const ethnic = {
      code: '532398',
      coverage,
      residents: 100,
      breakdown: {
        minority: 60,
        minorityShare: rate(60, 100),
        groupsPresent: 2,
        diversityIndex: 0.48,
        groups: [{ code: '99', count: 60 }],
      },
    };
    expect(firstIssuePath(EthnicSchema.safeParse(ethnic))).toBe('breakdown.groups[0].code');
  });

  it('rejects a region whose child is not inside it', () => {
    const region = {
      code: '532398101',
      name: '团结镇',
      level: 'town',
      ancestors: [{ code: '532398', name: '石榴县', level: 'county' }],
      children: [{ code: '532399101001', name: '外村', level: 'community' }],
      bbox: [102, 25, 103, 26],
    };
    expect(firstIssuePath(RegionSchema.safeParse(region))).toBe('children[0].code');
  });

  describe('geometry', () => {
    const feature = (coordinates: unknown) => ({
      type: 'FeatureCollection',
      parent: '532398',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates },
          properties: { code: '532398101', name: '甲', level: 'town' },
        },
      ],
    });
    const square = [
      [
        [102, 25],
        [102.1, 25],
        [102.1, 25.1],
        [102, 25.1],
        [102, 25],
      ],
    ];

    it('accepts a closed ring', () => {
      expect(BoundariesSchema.safeParse(feature(square)).success).toBe(true);
    });
    it('leaves an unclosed or short ring to the per-region repair; rejects an empty polygon and out-of-range coordinates', () => {
      const open = [square[0]!.slice(0, 4)];
      expect(BoundariesSchema.safeParse(feature(open)).success).toBe(true);
      expect(BoundariesSchema.safeParse(feature([square[0]!.slice(0, 2)])).success).toBe(true);
      expect(BoundariesSchema.safeParse(feature([])).success).toBe(false);
      // lat/lng swapped far outside the range of a latitude
      expect(
        BoundariesSchema.safeParse(
          feature([
            [
              [25, 102],
              [25, 102.1],
              [25.1, 102.1],
              [25, 102],
            ],
          ]),
        ).success,
      ).toBe(false);
    });
  });
});
