import { describe, expect, it, vi } from 'vitest';
import { datasetFacts } from '@mocks/generator-facts';
import { county } from '@mocks/test-fixtures';
import { metricDefs } from '../../server/answers/metrics';
import { BoundariesSchema } from './boundaries';
import { ChildMetricSchema, EthnicGroupCountSchema } from './indicators';
import { MetaSchema, type Meta } from './meta';
import { RegionSchema } from './region';

/** Real codes and names a county's back end sends (issue 13, point 5). */
describe('codes and names from real back ends', () => {
  it('accepts every code of GB/T 3304: 01–56, 97 and 98 (外国血统中国籍人士)', () => {
    const codes = [...Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')), '97', '98'];
    for (const code of codes) expect(EthnicGroupCountSchema.safeParse({ code, count: 10 }).success, code).toBe(true);
    for (const code of ['00', '57', '96', '99', '1']) {
      expect(EthnicGroupCountSchema.safeParse({ code, count: 10 }).success, code).toBe(false);
    }
  });

  it('accepts a category code with _ in metric ids, and one bad metric does not take /meta down', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const meta: Meta = {
      datasetName: '某县网格数据',
      demo: false,
      lastUpdated: '2026-11-30T08:00:00+08:00',
      rootCode: '532398',
      firstMonth: '2025-01',
      lastMonth: '2026-11',
      lastMonthDays: 30,
      ethnicGroups: [{ code: '98', name: '外国血统中国籍人士' }],
      eventCategories: [{ code: 'culture', name: '文化活动' }],
      disputeCategories: [{ code: 'land_forest', name: '土地山林' }],
      welfarePostTypes: [],
      trainingCourses: [],
      metrics: metricDefs(datasetFacts(county()), []).slice(0, 3),
      resolutionTarget: 0.95,
      gridCount: 304,
    };
    const metric = meta.metrics[0]!;
    const withUnderscore = { ...metric, id: 'disputeCategory:land_forest' };
    const bad = { ...metric, id: 'disputeCategory:土地 山林' };
    const parsed = MetaSchema.safeParse({ ...meta, metrics: [...meta.metrics, withUnderscore, bad] });
    expect(parsed.success).toBe(true);
    const ids = parsed.data!.metrics.map((m) => m.id);
    expect(ids).toContain('disputeCategory:land_forest');
    expect(ids).not.toContain('disputeCategory:土地 山林');
    expect(ids).toHaveLength(meta.metrics.length + 1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`meta.metrics[${meta.metrics.length + 1}]`));
    warn.mockRestore();
  });

  it('accepts town and village codes outside the neat ranges (4xx/5xx farms and zones, 598 virtual communities)', () => {
    const farm = '532398401'; // a state farm under the county
    const zone = '532398502'; // a development zone
    const virtual = `${zone}598`; // a virtual community
    const region = {
      code: zone,
      name: '石榴经济开发区管理委员会',
      level: 'town',
      ancestors: [{ code: '532398', name: '石榴县', level: 'county' }],
      children: [
        { code: virtual, name: '开发区虚拟社区', level: 'community' },
        { code: `${zone}401`, name: '园区村', level: 'community' },
      ],
      bbox: [102, 25, 103, 26],
    };
    expect(RegionSchema.safeParse(region).success).toBe(true);
    const square = [
      [
        [102, 25],
        [102.1, 25],
        [102.1, 25.1],
        [102, 25],
      ],
    ];
    const boundaries = {
      type: 'FeatureCollection',
      parent: '532398',
      features: [farm, zone].map((code) => ({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: square },
        properties: { code, name: code, level: 'town' },
      })),
    };
    expect(BoundariesSchema.safeParse(boundaries).success).toBe(true);
    const childMetric = {
      code: zone,
      coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
      metric: 'residents',
      values: [{ code: virtual, name: '开发区虚拟社区', value: { numerator: 812, denominator: 1, value: 812 } }],
    };
    expect(ChildMetricSchema.safeParse(childMetric).success).toBe(true);
  });

  it('names no metric with a doubled word (文化活动活动…)', () => {
    const names = metricDefs(datasetFacts(county()), []).map((m) => m.name);
    expect(names).toContain('文化活动每千人参与人次');
    expect(names).toContain('志愿服务活动每千人参与人次');
    expect(names.filter((n) => /(.{2,})\1/.test(n))).toEqual([]);
  });
});
