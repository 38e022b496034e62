// @vitest-environment node
// Pure functions: no DOM needed.
import { describe, expect, it } from 'vitest';
import type { PieSeriesOption } from 'echarts/charts';
import { HOSTILE_NAME, testMeta } from '@/testing/render';
import { defaultChartTheme } from '@/lib/chart-theme';
import { relocationCommunity } from '@/testing/fixtures/ethnic';
import { ethnicTooltip, toEthnicOption } from './ethnic-options';
import { toEthnicView } from './ethnic-view';

const theme = defaultChartTheme('dark', 16);

function breakdownView(meta = testMeta) {
  const view = toEthnicView(relocationCommunity, meta);
  if (view.kind !== 'breakdown') throw new Error('expected a breakdown');
  return view;
}

function pieOf(option: ReturnType<typeof toEthnicOption>): PieSeriesOption {
  const series = option.series as PieSeriesOption[];
  return series[0] as PieSeriesOption;
}

describe('toEthnicOption', () => {
  it('draws one ring with the visible groups as values', () => {
    const pie = pieOf(toEthnicOption(breakdownView(), theme));
    expect(pie.type).toBe('pie');
    expect((pie.data as { name: string; value: number }[]).map((d) => [d.name, d.value])).toEqual([
      ['汉族', 640],
      ['苗族', 600],
      ['布依族', 400],
      ['水族', 150],
      ['土家族', 60],
      ['彝族', 20],
      ['回族', 8],
    ]);
  });

  it('labels slices with the share of all residents, not of the drawn slices', () => {
    const pie = pieOf(toEthnicOption(breakdownView(), theme));
    const label = pie.label?.formatter as (p: { dataIndex: number }) => string;
    // 640 / 1,881 residents (the drawn slices sum to 1,878).
    expect(label({ dataIndex: 0 })).toBe('汉族\n34.0%');
  });

  it('sizes text from the root font size (crisp and legible on 4K)', () => {
    const at4k = toEthnicOption(breakdownView(), defaultChartTheme('dark', 32));
    expect((at4k.textStyle as { fontSize: number }).fontSize).toBe(28);
  });

  it('escapes names from data in the HTML tooltip', () => {
    const view = breakdownView({
      ...testMeta,
      ethnicGroups: [
        { code: '01', name: '汉族' },
        { code: '06', name: HOSTILE_NAME },
      ],
    });
    const option = toEthnicOption(view, theme);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ dataIndex: 1 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('600 人，占常住人口 31.9%');
  });

  it('lists the members of the fold in its tooltip, escaped', () => {
    const html = ethnicTooltip(
      { name: '其他少数民族', count: 42, codes: ['02', '05'], members: ['蒙古族', HOSTILE_NAME], folded: true },
      1000,
    );
    expect(html).toBe(
      '<strong>其他少数民族</strong><br/>42 人，占常住人口 4.2%<br/>含：蒙古族、&lt;img src=x onerror=alert(1)&gt;',
    );
  });
});
