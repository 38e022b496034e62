import { describe, expect, it } from 'vitest';
import type { MetricValue } from '@/api/indicators';
import { buildChoropleth } from './choropleth';
import { featureStyle, highlightStyle } from './feature-style';
import type { MetricInfo } from '@/lib/metric-value';
import { MAP_COLORS, sequentialColors } from './palettes';

const share: MetricInfo = { id: 'minorityShare', name: '少数民族占比', kind: 'share', unit: '%' };
const rate = (numerator: number, denominator: number): MetricValue => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

const codes = ['532398101', '532398102', '532398103', '532398104', '532398105', '532398106', '532398107'];
const values = new Map<string, MetricValue>([
  ['532398101', rate(10, 100)],
  ['532398102', rate(30, 100)],
  ['532398103', rate(60, 100)],
  ['532398104', rate(3, 10)], // unreliable: denominator under 20
  ['532398105', { suppressed: true, reason: 'small-unit' }],
  ['532398106', rate(0, 0)], // zero denominator: no value
  // 532398107 missing: no data
  ['999999999', rate(1, 2)], // not drawn: ignored
]);

describe('buildChoropleth', () => {
  const result = buildChoropleth({ codes, values, metric: share, method: 'quantile', theme: 'dark' });

  it('classes the drawn values and colours them low to high from the palette', () => {
    const colors = sequentialColors('dark', result.legend.classes.length);
    const e1 = result.entries.get('532398101');
    const e3 = result.entries.get('532398103');
    expect(e1).toMatchObject({ kind: 'class', classIndex: 0, color: colors[0] });
    expect(e3).toMatchObject({ kind: 'class', color: colors.at(-1) });
    expect(result.legend.classes.map((c) => c.count).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('marks suppressed, no-data and unreliable children, and counts them for the legend', () => {
    expect(result.entries.get('532398105')).toEqual({ kind: 'suppressed', reason: 'small-unit' });
    expect(result.entries.get('532398106')).toEqual({ kind: 'no-data' });
    expect(result.entries.get('532398107')).toEqual({ kind: 'no-data' });
    expect(result.entries.get('532398104')).toMatchObject({ kind: 'class', unreliable: true });
    expect(result.entries.has('999999999')).toBe(false);
    expect(result.legend).toMatchObject({ noData: 2, suppressed: 1, unreliable: 1 });
  });

  it('gives ties one class and a legend range from the actual values', () => {
    const tied = buildChoropleth({
      codes: ['1', '2', '3'].map((c) => `53239810${c}`),
      values: new Map([
        ['532398101', rate(1, 2)],
        ['532398102', rate(1, 2)],
        ['532398103', rate(1, 2)],
      ]),
      metric: share,
      method: 'jenks',
      theme: 'light',
    });
    expect(tied.legend.classes).toEqual([{ lower: 0.5, upper: 0.5, count: 3, color: sequentialColors('light', 1)[0] }]);
  });

  it('does not count unreliable for plain counts', () => {
    const count: MetricInfo = { id: 'residents', name: '常住人口', kind: 'count', unit: '人' };
    const r = buildChoropleth({
      codes: ['532398101'],
      values: new Map([['532398101', { numerator: 5, denominator: 5, value: 5 }]]),
      metric: count,
      method: 'quantile',
      theme: 'dark',
    });
    expect(r.legend.unreliable).toBe(0);
  });
});

describe('palettes', () => {
  it('gives k distinct colours per theme, different between themes', () => {
    for (const k of [1, 3, 5, 7]) {
      const dark = sequentialColors('dark', k);
      expect(new Set(dark).size).toBe(k);
      expect(dark.every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    }
    expect(sequentialColors('dark', 5)).not.toEqual(sequentialColors('light', 5));
    expect(sequentialColors('dark', 0)).toEqual([]);
  });
});

describe('featureStyle', () => {
  const colors = MAP_COLORS.dark;
  it('draws no-data, suppressed and classed children differently', () => {
    const classed = featureStyle(
      { kind: 'class', classIndex: 0, value: 1, color: '#123456', unreliable: false },
      colors,
      'HATCH',
    );
    const noData = featureStyle({ kind: 'no-data' }, colors, 'HATCH');
    const suppressed = featureStyle({ kind: 'suppressed', reason: 'small-count' }, colors, 'HATCH');
    const uncoloured = featureStyle(undefined, colors, 'HATCH');
    expect(classed.fillColor).toBe('#123456');
    expect(suppressed.fillColor).toBe('HATCH');
    expect(noData.dashArray).toBeTruthy();
    expect(classed.dashArray).toBeUndefined();
    expect(new Set([classed.fillColor, noData.fillColor, suppressed.fillColor, uncoloured.fillColor]).size).toBe(4);
  });

  it('sets the same keys in every state, so restoring a base style undoes a highlight', () => {
    const keys = Object.keys(featureStyle({ kind: 'no-data' }, colors, 'x')).sort();
    expect(Object.keys(featureStyle(undefined, colors, 'x')).sort()).toEqual(keys);
    for (const k of Object.keys(highlightStyle(colors))) expect(keys).toContain(k);
  });
});
