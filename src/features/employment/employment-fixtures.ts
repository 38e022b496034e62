import type { Employment } from '@/api/indicators';

/** Test data shaped like the relocation community in the seeds (851 in stable work). */
export const relocationEmployment: Employment = {
  code: '522701101001',
  coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
  labourForce: 1120,
  employed: { outOfProvince: 91, inProvince: 432, inCounty: 328 },
  placements: { outOfProvince: 6, inProvince: 14, inCounty: 9 },
  welfarePosts: [
    { code: 'cleaning', count: 30 },
    { code: 'security', count: 15 },
    { code: 'care', count: 10 },
  ],
  selfEmployedHouseholds: 37,
  training: [
    { code: 'housekeeping', sessions: 3, trainees: 89 },
    { code: 'ecommerce', sessions: 4, trainees: 92 },
    { code: 'embroidery', sessions: 2, trainees: 55 },
  ],
  zeroEmployment: { identified: 3, cleared: 2 },
  jobFairs: { fairs: 1, companies: 82, posts: 800 },
};
