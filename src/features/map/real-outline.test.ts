import { describe, expect, it } from 'vitest';
import type { Boundaries } from '@/api/boundaries';
import { ringArea } from '@/lib/geometry-repair';
import { cutRealCounty } from '../../../tests/fixtures/real-outlines/real-county';
import { geometryBox, type LngLatBox } from './geometry';
import { checkBoundaries, describeGeometryProblems } from './geometry-checks';
import { buildMapModel } from './map-model';
import { prepareBoundaries } from './simplify';
import type { MetricInfo } from '@/lib/metric-value';

const metric: MetricInfo = { id: 'residents', name: '常住人口', kind: 'count', unit: '人' };

/** What the map draws of `fc`, and what it says it left off. */
function drawn(fc: Boundaries, parentBox: LngLatBox | null) {
  const checked = checkBoundaries(fc, parentBox);
  const geometryProblem = checked.problems.length > 0 ? describeGeometryProblems(checked.problems) : null;
  const data = prepareBoundaries(checked.drawable, 'gcj02').data;
  const model = buildMapModel({
    code: fc.parent,
    level: null,
    children: data.features.map((f) => ({ code: f.properties.code, name: f.properties.name })),
    geometryProblem,
    metric,
    values: null,
    checked: null,
    summary: null,
    method: 'quantile',
    theme: 'dark',
    suppressedFill: '#333',
  });
  // Every drawn child keeps a ring with area after repair and simplification.
  const empty = data.features.filter((f) => {
    const g = f.geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    return !rings.some((r) => r.length >= 4 && Math.abs(ringArea(r)) > 0);
  });
  return { checked, data, model, empty };
}

describe('a real published county outline (双江, 530925) cut into towns and communities', () => {
  const cut = cutRealCounty();

  it('draws every town of the county, with no 边界自相交 or other geometry notice', () => {
    expect(cut.towns.features).toHaveLength(17);
    const { checked, data, model, empty } = drawn(cut.towns, geometryBox(cut.county.geometry));
    expect(checked.problems).toEqual([]);
    expect(model.problems).toEqual([]);
    expect(data.features.map((f) => f.properties.code)).toEqual(cut.towns.features.map((f) => f.properties.code));
    expect(empty).toEqual([]);
  });

  it('draws every community of every town', () => {
    expect(cut.communities.size).toBe(17);
    for (const town of cut.towns.features) {
      const fc = cut.communities.get(town.properties.code);
      if (!fc) throw new Error(`no communities for ${town.properties.code}`);
      const { checked, model, data, empty } = drawn(fc, geometryBox(town.geometry));
      expect({ town: town.properties.code, problems: checked.problems, notices: model.problems }).toEqual({
        town: town.properties.code,
        problems: [],
        notices: [],
      });
      expect(data.features).toHaveLength(fc.features.length);
      expect(empty).toEqual([]);
    }
  });
});
