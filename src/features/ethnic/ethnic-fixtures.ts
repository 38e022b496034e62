import type { Ethnic } from '@/api/indicators';

/** Test data shaped like the relocation community in the seeds: 1,881 people, 66 % minority. */
export const relocationCommunity: Ethnic = {
  code: '522701101001',
  coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
  residents: 1881,
  breakdown: {
    minority: 1241,
    minorityShare: { numerator: 1241, denominator: 1881, value: 0.6598 },
    groupsPresent: 9,
    diversityIndex: 0.7297,
    groups: [
      { code: '01', count: 640 },
      { code: '06', count: 600 },
      { code: '09', count: 400 },
      { code: '18', count: 150 },
      { code: '15', count: 60 },
      { code: '07', count: 20 },
      { code: '03', count: 8 },
      { code: '08', count: { suppressed: true, reason: 'small-count' } },
      { code: '02', count: { suppressed: true, reason: 'complementary' } },
    ],
  },
};

/** A grid of 36 residents: no ethnic breakdown may be published. */
export const smallGrid: Ethnic = {
  code: '522701101001003',
  coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
  residents: 36,
  breakdown: { suppressed: true, reason: 'small-unit' },
};
