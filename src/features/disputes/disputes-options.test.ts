// @vitest-environment node
// Pure functions: no DOM needed.
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import { describe, expect, it } from 'vitest';
import { DisputesSchema } from '@/api/indicators';
import { HOSTILE_NAME, testMeta } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { communityDisputes } from '@/testing/fixtures/disputes';
import { disputeCategoryRows } from './disputes-model';
import { disputesTooltip, toDisputeCategoriesOption, toDisputesOption } from './disputes-options';

const theme = defaultChartTheme('dark', 16);
type Formatter = (p: unknown) => string;
const tooltipOf = (o: { tooltip?: unknown }) => (o.tooltip as { formatter: Formatter }).formatter;

describe('toDisputesOption', () => {
  it('fixture parses with the contract', () => {
    expect(() => DisputesSchema.parse(communityDisputes)).not.toThrow();
  });

  it('draws resolved disputes by level, grid first, in ordered colours', () => {
    const option = toDisputesOption(communityDisputes, theme);
    const pie = (option.series as PieSeriesOption[])[0];
    expect((pie?.data as { name: string; value: number }[]).map((d) => [d.name, d.value])).toEqual([
      ['网格', 70],
      ['社区（村）', 30],
      ['乡镇（街道）', 8],
      ['县级及以上', 2],
    ]);
    expect(option.color).toEqual([...theme.sequential]);
    const titles = option.title as { text: string; show?: boolean }[];
    expect(titles[0]).toMatchObject({ show: false, text: '已化解纠纷按化解层级（件）' });
    expect(titles[1]?.text).toBe('110');
  });

  it('gives count, share and basis in the tooltip', () => {
    expect(disputesTooltip(communityDisputes, 0)).toBe(
      '<strong>本期网格化解</strong><br/>70 件，占已化解 63.6%（70 / 110 件）',
    );
    const option = toDisputesOption(communityDisputes, theme);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 3 })).toContain('县级及以上化解');
  });
});

describe('toDisputeCategoriesOption', () => {
  const withUnknown = {
    ...communityDisputes,
    categories: [{ code: 'boundary', registered: 4, resolved: 1 }, ...communityDisputes.categories],
  };

  it('lists categories in meta order by name, unknown codes last as their code', () => {
    expect(disputeCategoryRows(withUnknown, testMeta)).toEqual([
      { code: 'neighbour', name: '邻里', registered: 50, resolved: 48 },
      { code: 'family', name: '婚姻家庭', registered: 30, resolved: 27 },
      { code: 'property', name: '物业', registered: 40, resolved: 35 },
      { code: 'boundary', name: '代码 boundary', registered: 4, resolved: 1 },
    ]);
  });

  it('draws registered and resolved side by side for each category', () => {
    const option = toDisputeCategoriesOption(withUnknown, testMeta, theme);
    expect((option.yAxis as { data: string[] }).data).toEqual(['邻里', '婚姻家庭', '物业', '代码 boundary']);
    expect((option.series as BarSeriesOption[]).map((s) => [s.name, s.data])).toEqual([
      ['受理', [50, 30, 40, 4]],
      ['化解', [48, 27, 35, 1]],
    ]);
    expect(tooltipOf(option)([{ dataIndex: 0 }])).toBe('<strong>邻里</strong><br/>本期受理 50 件，化解 48 件（96.0%）');
  });

  it('escapes category names in the tooltip and gives no rate for a category with nothing registered', () => {
    const meta = { disputeCategories: [{ code: 'neighbour', name: HOSTILE_NAME }] };
    const data = { ...communityDisputes, categories: [{ code: 'neighbour', registered: 0, resolved: 0 }] };
    expect(tooltipOf(toDisputeCategoriesOption(data, meta, theme))([{ dataIndex: 0 }])).toBe(
      '<strong>&lt;img src=x onerror=alert(1)&gt;</strong><br/>本期受理 0 件，化解 0 件（—）',
    );
  });
});
