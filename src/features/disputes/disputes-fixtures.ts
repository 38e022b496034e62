import type { Disputes } from '@/api/indicators';

/** Test data for a community over a quarter. */
export const communityDisputes: Disputes = {
  code: '522701001002',
  coverage: { period: '2026-Q3', from: '2026-07', to: '2026-09', months: 3 },
  registered: 120,
  resolvedByLevel: { grid: 70, community: 30, town: 8, countyAndAbove: 2 },
  inProgress: 8,
  escalated: 3,
  resolutionRate: { numerator: 110, denominator: 120, value: 0.9167 },
  resolvedInGrid: { numerator: 70, denominator: 110, value: 0.6364 },
  resolvedInCommunity: { numerator: 100, denominator: 110, value: 0.9091 },
  medianDaysToResolve: 4.5,
  categories: [
    { code: 'neighbour', registered: 50, resolved: 48 },
    { code: 'family', registered: 30, resolved: 27 },
    { code: 'property', registered: 40, resolved: 35 },
  ],
  petitionsAboveCounty: 0,
};
