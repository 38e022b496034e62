// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testMeta } from '@/testing/render';
import type { Cell, TableModel } from '@/components/table/table-model';
import type { Comparison } from '@/lib/period';
import { urbanEvents } from '@/testing/fixtures/events';
import { toEventsTable } from './events-table';

const plain = (c: Cell) => (c.kind === 'text' ? c.text : c.kind === 'suppressed' ? `withheld:${c.reason}` : c.value);
const rowsOf = (table: TableModel, title: string) =>
  table.sections.find((s) => s.title === title)?.rows.map((r) => r.map(plain));

const yearAgo: Comparison = {
  kind: 'yearAgo',
  name: '同比',
  period: '2025-10..2025-11-22',
  span: { from: '2025-10', to: '2025-11' },
  lastDay: 22,
  label: '上年同期 2025年10月1日—11月22日',
  basis: '同比：2025年10月1日—11月22日',
  note: '11月件数、人数按 22/30 天折算（月度数据）',
};

describe('toEventsTable', () => {
  it('keeps the three minority ratios apart, each with its numerator and denominator', () => {
    expect(rowsOf(toEventsTable(urbanEvents, testMeta), '少数民族参与')).toEqual([
      ['少数民族参与占比（按人次）', 480, 2000, 0.24, '少数民族参与人次 ÷ 全部参与人次', ''],
      ['少数民族人口占比（按人口）', 1650, 7056, 0.2338, '少数民族人口 ÷ 常住人口（人）', ''],
      ['少数民族覆盖率（参与人数）', 410, 1650, 0.24848, '至少参加过一次活动的少数民族居民 ÷ 少数民族居民（人）', ''],
    ]);
  });

  it('withholds a minority ratio on 1–4 people even when the server sent the numbers', () => {
    const rows = rowsOf(
      toEventsTable(
        {
          ...urbanEvents,
          minorityShareOfResidents: { suppressed: true, reason: 'small-unit' },
          minorityCoverage: { numerator: 3, denominator: 40, value: 0.075 },
        },
        testMeta,
      ),
      '少数民族参与',
    );
    expect(rows?.[1]).toEqual([
      '少数民族人口占比（按人口）',
      'withheld:small-unit',
      'withheld:small-unit',
      'withheld:small-unit',
      '少数民族人口 ÷ 常住人口（人）',
      '按隐私规则不公开',
    ]);
    // A unit under 50 residents: every ethnic figure withheld as small-unit, attendances included.
    expect(rows?.[0]?.slice(1, 4)).toEqual(['withheld:small-unit', 'withheld:small-unit', 'withheld:small-unit']);
    expect(rows?.[2]?.slice(1, 4)).toEqual(['withheld:small-unit', 'withheld:small-unit', 'withheld:small-unit']);
    const published = rowsOf(
      toEventsTable({ ...urbanEvents, minorityCoverage: { numerator: 3, denominator: 40, value: 0.075 } }, testMeta),
      '少数民族参与',
    );
    expect(published?.[2]?.slice(1, 4)).toEqual([
      'withheld:small-count',
      'withheld:small-count',
      'withheld:small-count',
    ]);
  });

  it('lists every category in meta order with its minority share, marking a share on fewer than 20', () => {
    const data = {
      ...urbanEvents,
      categories: [...urbanEvents.categories, { code: 'sports', events: 1, attendances: 12, minorityAttendances: 3 }],
    };
    expect(rowsOf(toEventsTable(data, testMeta), '按活动类别')).toEqual([
      ['宣传教育', 18, 620, 140, 140 / 620, ''],
      ['文化活动', 12, 540, 160, 160 / 540, ''],
      ['法治宣传', 6, 210, 40, 40 / 210, ''],
      ['志愿服务', 20, 380, 90, 90 / 380, ''],
      ['党建活动', 8, 160, 20, 20 / 160, ''],
      ['技能培训', 4, 90, 30, 30 / 90, ''],
      ['代码 sports', 1, 12, 3, 0.25, '分母不足 20，仅供参考'],
    ]);
  });

  it('totals events and attendances for this period and last year, saying how a partial period was pro-rated', () => {
    const lastYear = {
      ...urbanEvents,
      categories: [{ code: 'culture', events: 50, attendances: 1500, minorityAttendances: 300 }],
      minorityShareOfAttendances: { numerator: 300, denominator: 1500, value: 0.2 },
    };
    const table = toEventsTable(urbanEvents, testMeta, '2026年第4季度（截至11月22日）', [
      { cmp: yearAgo, data: lastYear },
    ]);
    expect(table.sections[0]?.columns).toEqual([
      '统计期',
      '活动场次（场）',
      '参与人次（人次）',
      '少数民族参与占比（按人次）',
      '说明',
    ]);
    expect(rowsOf(table, '与上期、上年同期比较')).toEqual([
      ['本期 2026年第4季度（截至11月22日）', 68, 2000, 0.24, ''],
      ['同比 上年同期 2025年10月1日—11月22日', 50, 1500, 0.2, '11月件数、人数按 22/30 天折算（月度数据）'],
    ]);
  });

  it('has empty category rows and zero totals when nothing was held', () => {
    const none = {
      ...urbanEvents,
      categories: [],
      minorityShareOfAttendances: { numerator: 0, denominator: 0, value: null },
    };
    const table = toEventsTable(none, testMeta, '2026年1月');
    expect(rowsOf(table, '按活动类别')).toEqual([]);
    expect(rowsOf(table, '与上期、上年同期比较')).toEqual([['本期 2026年1月', 0, 0, null, '']]);
  });
});
