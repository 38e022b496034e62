import { describe, expect, it, vi } from 'vitest';
import { datasetFacts } from '@mocks/generator-facts';
import { county } from '@mocks/test-fixtures';
import { metricDefs } from '../../server/answers/metrics';
import { EthnicGroupCountSchema } from './indicators';
import { MetaSchema, type Meta } from './meta';

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

  it('names no metric with a doubled word (文化活动活动…)', () => {
    const names = metricDefs(datasetFacts(county()), []).map((m) => m.name);
    expect(names).toContain('文化活动每千人参与人次');
    expect(names).toContain('志愿服务活动每千人参与人次');
    expect(names.filter((n) => /(.{2,})\1/.test(n))).toEqual([]);
  });
});
