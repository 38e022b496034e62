// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChildMetric, MetricValue } from '@/api/indicators';
import { toCsv } from '@/components/table/csv';
import type { Cell } from '@/components/table/table-model';
import type { MetricInfo } from '@/lib/metric-value';
import { checkChildValues } from '@/lib/value-checks';
import { toRankingRows } from './ranking-model';
import { toRankingTable } from './ranking-table';

const share: MetricInfo = { id: 'minorityShare', name: '少数民族人口占比', kind: 'share', unit: '%' };
/** Not an ethnic metric: a small denominator is marked, not withheld. */
const resolution: MetricInfo = { id: 'resolutionRate', name: '化解率', kind: 'share', unit: '%' };
const perThousand: MetricInfo = { id: 'attendanceRate', name: '每千人参与', kind: 'per-1000', unit: '人次/千人' };
const rate = (numerator: number, denominator: number, per = 1): MetricValue => ({
  numerator,
  denominator,
  value: denominator > 0 ? (per * numerator) / denominator : null,
});
const plain = (c: Cell) => (c.kind === 'text' ? c.text : c.kind === 'suppressed' ? `withheld:${c.reason}` : c.value);

/** A children-metric answer as the client receives it, read as the ranking reads it. */
function tableOf(metric: MetricInfo, answer: ChildMetric['values']) {
  const { values, problems } = checkChildValues(answer, metric);
  const impossible = new Map(problems.map((p) => [p.code, p.reason]));
  const rows = toRankingRows(metric, answer, values, impossible);
  return toRankingTable(metric, rows, values);
}

describe('toRankingTable', () => {
  const answer: ChildMetric['values'] = [
    { code: '532398101', name: '甲镇', value: rate(30, 100) },
    { code: '532398102', name: '乙镇', value: rate(60, 100) },
    { code: '532398103', name: '丙镇', value: { suppressed: true, reason: 'small-count' } },
    { code: '532398104', name: '丁镇', value: rate(9, 12) },
    { code: '532398105', name: '戊镇', value: rate(120, 100) },
  ];
  const table = tableOf(resolution, answer);
  const section = table.sections[0]!;

  it('lists every child in the ranking order with rank, code, value and its basis', () => {
    expect(section.columns).toEqual(['区域', '名次', '区划代码', '化解率', '分子', '分母', '说明']);
    expect(section.rows.map((r) => r.map(plain))).toEqual([
      ['丁镇', 1, '532398104', 0.75, 9, 12, '分母不足 20，仅供参考'],
      ['乙镇', 2, '532398102', 0.6, 60, 100, ''],
      ['甲镇', 3, '532398101', 0.3, 30, 100, ''],
      [
        '丙镇',
        '—',
        '532398103',
        'withheld:small-count',
        'withheld:small-count',
        'withheld:small-count',
        expect.any(String),
      ],
      ['戊镇', '—', '532398105', '数据有误', '', '', '分子 120 大于分母 100'],
    ]);
  });

  it('keeps a small unit a server failed to withhold out of the file, numerator and denominator too', () => {
    // 46 residents: an ethnic share of a unit under 50 is never published (src/lib/privacy.ts).
    const leaky = tableOf(share, [
      { code: '532398101001', name: '第一网格', value: rate(19, 46) },
      { code: '532398101002', name: '第二网格', value: rate(30, 120) },
    ]);
    const csv = toCsv(leaky, ['区域：甲镇（532398101）']);
    const line = csv.split('\r\n').find((l) => l.startsWith('第一网格,'));
    expect(line).toBe(
      '第一网格,—,532398101001,不公开（隐私保护）,不公开（隐私保护）,不公开（隐私保护）,该单位常住人口不足 50 人，不公开民族构成',
    );
    expect(csv).not.toMatch(/,19,|,46,|41\.3/);
    expect(csv).toContain('区域,名次,区划代码,少数民族人口占比（%）,分子,分母,说明');
  });

  it('gives a rate per thousand its unit and one decimal', () => {
    const t = tableOf(perThousand, [{ code: '532398101', name: '甲镇', value: rate(25, 2000, 1000) }]);
    expect(t.sections[0]!.columns[3]).toBe('每千人参与（人次/千人）');
    expect(t.sections[0]!.rows[0]![3]).toEqual({ kind: 'number', value: 12.5, digits: 1 });
  });
});
