// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChildMetric, Summary } from '@/api/indicators';
import type { MetricInfo } from '@/lib/metric-value';
import { checkChildValues } from '@/lib/value-checks';
import { buildMapModel, valuesStatus, type MapModelInput } from './map-model';
import { MAP_COLORS, sequentialColors } from './palettes';

const share: MetricInfo = { id: 'minorityShare', name: '少数民族人口占比', kind: 'share', unit: '%' };
const children = [
  { code: '532398101', name: '团结镇' },
  { code: '532398102', name: '和谐乡' },
  { code: '532398103', name: '石榴镇' },
  { code: '532398104', name: '新村乡' },
];
const values: ChildMetric = {
  code: '532398',
  coverage: { period: '2026-10', from: '2026-10', to: '2026-10', months: 1 },
  metric: 'minorityShare',
  values: [
    { code: '532398101', name: '团结镇', value: { numerator: 600, denominator: 1000, value: 0.6 } },
    { code: '532398102', name: '和谐乡', value: { suppressed: true, reason: 'small-unit' } },
    // A share over 100 %: cannot be true, so it is not coloured.
    { code: '532398103', name: '石榴镇', value: { numerator: 30, denominator: 20, value: 1.5 } },
    // A minority share of a 12-resident unit the server failed to withhold: the client withholds it.
    { code: '532398104', name: '新村乡', value: { numerator: 3, denominator: 12, value: 0.25 } },
  ],
};

function input(patch: Partial<MapModelInput> = {}): MapModelInput {
  return {
    code: '532398',
    level: 'county',
    children,
    geometryProblem: null,
    metric: share,
    values,
    checked: checkChildValues(values.values, share),
    summary: null,
    method: 'quantile',
    theme: 'dark',
    suppressedFill: 'url(#hatch)',
    ...patch,
  };
}

describe('buildMapModel', () => {
  it('colours each child by its class, hatches withheld ones and dashes those without a value', () => {
    const model = buildMapModel(input());
    const palette = sequentialColors('dark', model.legend?.classes.length ?? 0);
    expect(palette).toContain(model.styleFor('532398101').fillColor);
    expect(model.styleFor('532398102')).toMatchObject({ fillColor: 'url(#hatch)', fillOpacity: 0.9 });
    expect(model.styleFor('532398103')).toMatchObject({ dashArray: '4 4', fillColor: MAP_COLORS.dark.noData });
    expect(model.styleFor('532398104')).toMatchObject({ fillColor: 'url(#hatch)' });
    expect(model.legend).toMatchObject({ suppressed: 2, noData: 1, unreliable: 0 });
  });

  it('draws every child neutral while there are no values, and buildings plain', () => {
    const loading = buildMapModel(input({ values: null, checked: null }));
    expect(loading.legend).toBeNull();
    expect(loading.styleFor('532398101').fillColor).toBe(MAP_COLORS.dark.neutralFill);
    expect(loading.tooltip('532398101')).toEqual({
      name: '团结镇',
      code: '532398101',
      parent: null,
      metricName: null,
      value: null,
    });
    const grid = buildMapModel(input({ level: 'grid', theme: 'light' }));
    expect(grid.styleFor('532398101')).toMatchObject({ fillColor: MAP_COLORS.light.highlight, weight: 2 });
  });

  it('names each grid’s community and town in its tooltip when all grids are shown', () => {
    const grids = [
      { code: '532398101001001', name: '第二网格' },
      { code: '532398102203001', name: '第二网格' },
    ];
    const parents = new Map([
      ['532398101001', '红土田社区 · 团结镇'],
      ['532398102203', '狮高村 · 和谐乡'],
    ]);
    const model = buildMapModel(input({ children: grids, values: null, checked: null, parents }));
    expect(model.tooltip('532398101001001')).toMatchObject({ name: '第二网格', parent: '红土田社区 · 团结镇' });
    expect(model.tooltip('532398102203001')).toMatchObject({ name: '第二网格', parent: '狮高村 · 和谐乡' });
    // The map's own children (towns here) need no parent line.
    expect(buildMapModel(input({ parents })).tooltip('532398101').parent).toBeNull();
  });

  it('says in the tooltip what a value is, why it is withheld, or why it is not coloured', () => {
    const model = buildMapModel(input());
    expect(model.tooltip('532398101').value).toEqual({ value: '60.0%', basis: '依据：600 / 1,000', note: null });
    expect(model.tooltip('532398102').value?.note).toBe('该单位常住人口不足 50 人，不公开民族构成');
    expect(model.tooltip('532398103').value).toEqual({
      value: '数据异常',
      basis: null,
      note: '分子 30 大于分母 20，未着色',
    });
    expect(model.tooltip('532398104').value?.value).toBe('不公开');
    expect(model.tooltip('unknown').name).toBe('unknown');
  });

  it('lists the data problems: geometry, impossible values, children adding up to more than the parent', () => {
    const summary = {
      code: '532398',
      coverage: values.coverage,
      residents: 1000,
      minorityShare: { numerator: 500, denominator: 1000, value: 0.5 },
    } as Summary;
    const model = buildMapModel(input({ geometryProblem: '1 个区域边界无效', summary }));
    expect(model.problems).toEqual([
      '1 个区域边界无效',
      '1 个区域的指标数值不合理，未着色：石榴镇（分子 30 大于分母 20）',
      '下级区域合计 633 大于本级总数 500，各区域数值可能有误',
    ]);
    // Another period's totals say nothing about these values.
    const other = { ...summary, coverage: { ...values.coverage, period: '2026-09' } };
    expect(buildMapModel(input({ summary: other })).problems).toHaveLength(1);
  });

  it('labels children only while there are few enough', () => {
    expect(buildMapModel(input()).labels).toBe(true);
    const many = Array.from({ length: 2001 }, (_, i) => ({ code: String(i), name: `区域${i}` }));
    expect(buildMapModel(input({ children: many })).labels).toBe(false);
  });
});

describe('valuesStatus', () => {
  it('tells loading from a failure without data, and says nothing over kept data', () => {
    expect(valuesStatus({ isError: false, isPending: true })).toBe('正在加载指标…');
    expect(valuesStatus({ isError: true, isPending: false })).toBe('暂无指标数据');
    expect(valuesStatus({ isError: true, isPending: false, data: values })).toBeNull();
  });
});
