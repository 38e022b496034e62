import { describe, expect, it } from 'vitest';
import type { MetricDef } from '@/api/meta';
import { metricSlice } from './metric-slice';

const def = (id: string, name: string): MetricDef => ({
  id,
  name,
  kind: 'share',
  unit: '%',
  higherIsBetter: null,
  sensitive: true,
});
const meta = {
  metrics: [
    def('minorityShare', '少数民族人口占比'),
    def('ethnic:03', '回族人口占比'),
    def('disputeCategory:land', '土地山林每千人受理件数'),
  ],
  ethnicGroups: [{ code: '03', name: '回族' }],
  eventCategories: [{ code: 'culture', name: '文化活动' }],
  disputeCategories: [{ code: 'land', name: '土地山林' }],
};

describe('metricSlice', () => {
  it('names the category a slice metric colours by', () => {
    expect(metricSlice('ethnic:03', meta)).toEqual({
      prefix: 'ethnic',
      code: '03',
      name: '回族',
      metricName: '回族人口占比',
    });
    expect(metricSlice('disputeCategory:land', meta)?.name).toBe('土地山林');
  });

  it('is null for base metrics, unknown prefixes and slices meta does not offer', () => {
    expect(metricSlice('minorityShare', meta)).toBeNull();
    expect(metricSlice('evil:03', meta)).toBeNull();
    expect(metricSlice('eventCategory:culture', meta)).toBeNull();
  });
});
