import { describe, expect, it } from 'vitest';
import { describeValue, formatMetricValue, type MetricInfo } from '@/lib/metric-value';
import { buildLabelContent, buildTooltipContent } from './tooltip-content';

const HOSTILE = '<img src=x onerror=alert(1)>';
const share: MetricInfo = { id: 'minorityShare', name: '少数民族占比', kind: 'share', unit: '%' };
const per1000: MetricInfo = { id: 'attendancesPer1000', name: '千人参与人次', kind: 'per-1000', unit: '人次/千人' };

describe('buildTooltipContent', () => {
  it('puts a hostile name in as text, never as markup', () => {
    const el = buildTooltipContent({
      name: HOSTILE,
      code: '532398101001',
      metricName: '<b>指标</b>',
      value: { value: '66.1%', basis: '依据：1,243 / 1,881', note: null },
    });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toContain(HOSTILE);
    expect(el.textContent).toContain('532398101001');
    expect(el.textContent).toContain('依据：1,243 / 1,881');
    expect(el.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows only name and code when no metric is shown', () => {
    const el = buildTooltipContent({ name: '团结镇', code: '532398101', metricName: null, value: null });
    expect(el.textContent).toBe('团结镇532398101');
  });

  it('names where a grid lies under its name, as text', () => {
    const el = buildTooltipContent({
      name: '第二网格',
      code: '532398101001002',
      parent: `红土田社区 · ${HOSTILE}`,
      metricName: null,
      value: null,
    });
    expect(el.querySelector('.region-map-tip__parent')?.textContent).toBe(`红土田社区 · ${HOSTILE}`);
    expect(el.querySelector('img')).toBeNull();
  });

  it('builds labels as text too', () => {
    const el = buildLabelContent(HOSTILE);
    expect(el.children).toHaveLength(0);
    expect(el.textContent).toBe(HOSTILE);
  });
});

describe('describeValue', () => {
  it('gives a share with its basis', () => {
    expect(describeValue(share, { numerator: 1243, denominator: 1881, value: 1243 / 1881 })).toEqual({
      value: '66.1%',
      basis: '依据：1,243 / 1,881',
      note: null,
    });
  });

  it('marks a rate on a denominator under 20 as unreliable', () => {
    const d = describeValue(share, { numerator: 3, denominator: 12, value: 0.25 });
    expect(d.value).toBe('25.0%*');
    expect(d.note).toMatch(/分母不足 20/);
  });

  it('says why a value is withheld', () => {
    const d = describeValue(share, { suppressed: true, reason: 'small-unit' });
    expect(d).toMatchObject({ value: '不公开', basis: null });
    expect(d.note).toMatch(/不足 50 人/);
    expect(describeValue(share, { suppressed: true, reason: 'small-count' }).value).toBe('<5');
  });

  it('says 无数据 for a missing value or a zero denominator', () => {
    expect(describeValue(share, undefined).value).toBe('无数据');
    expect(describeValue(share, { numerator: 0, denominator: 0, value: null }).value).toBe('无数据');
  });

  it('formats rates per 1,000 and counts with their units', () => {
    expect(formatMetricValue(per1000, 12.345)).toBe('12.3 人次/千人');
    expect(formatMetricValue({ id: 'residents', name: '常住人口', kind: 'count', unit: '人' }, 12345)).toBe(
      '12,345 人',
    );
  });
});
