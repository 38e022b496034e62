import type { Employment } from '@/api/indicators';
import type { Meta } from '@/api/meta';
import { axisStyle, baseChartOption, legendStyle, type ChartOption } from '@/components/chart/chart-option';
import { escapeHtml } from '@/components/chart/escape-html';
import { codeName } from '@/components/panel/code-name';
import { toCategoryBarOption } from '@/components/chart/bar-option';
import type { Compared } from '@/components/panel/compared';
import { countDelta } from '@/components/panel/delta';
import type { Stat } from '@/components/panel/stats';
import { chartFontSizes, type ChartTheme } from '@/lib/chart-theme';
import { formatCompact, formatCount, formatPercent } from '@/lib/format';

export const EMPLOYMENT_CHART_TITLE = '转移就业去向：期末在岗与本期新增（人）';

/** Destinations in the order they are drawn, with their Chinese labels. */
export const DESTINATIONS = [
  { key: 'outOfProvince', label: '省外' },
  { key: 'inProvince', label: '省内县外' },
  { key: 'inCounty', label: '县内' },
] as const;

const SERIES = [
  { key: 'employed', name: '期末在岗' },
  { key: 'placements', name: '本期新增' },
] as const;

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Tooltip HTML for one destination: both counts, exact. */
export function employmentTooltip(data: Employment, index: number): string {
  const dest = DESTINATIONS[index];
  if (!dest) return '';
  return [
    `<strong>${escapeHtml(dest.label)}</strong>`,
    `期末在岗 ${formatCount(data.employed[dest.key])} 人`,
    `本期新增安置 ${formatCount(data.placements[dest.key])} 人`,
  ].join('<br/>');
}

/** Grouped bars: people in transferred employment (stock) and new placements (flow) by destination. */
export function toEmploymentOption(data: Employment, theme: ChartTheme, title = EMPLOYMENT_CHART_TITLE): ChartOption {
  const fs = chartFontSizes(theme);
  const axis = axisStyle(theme);
  const base = baseChartOption(theme, title);
  return {
    ...base,
    grid: { left: 8, right: 8, top: fs.md * 2.2, bottom: 4 },
    legend: { ...legendStyle(theme), top: 0, left: 'center' },
    tooltip: {
      ...base.tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        return p ? employmentTooltip(data, p.dataIndex) : '';
      },
    },
    xAxis: { ...axis, type: 'category', data: DESTINATIONS.map((d) => d.label), splitLine: { show: false } },
    yAxis: {
      ...axis,
      type: 'value',
      minInterval: 1,
      axisLabel: { ...axis.axisLabel, formatter: (v: number) => formatCompact(v) },
    },
    series: SERIES.map((s, i) => ({
      type: 'bar' as const,
      name: s.name,
      barMaxWidth: theme.rem * 1.6,
      itemStyle: { color: theme.pair[i] },
      label: {
        show: true,
        position: 'top' as const,
        color: theme.textDim,
        fontSize: fs.xs,
        formatter: (p: { value: unknown }) => formatCount(Number(p.value)),
      },
      data: DESTINATIONS.map((d) => data[s.key][d.key]),
    })),
  };
}

function breakdown(
  list: readonly { code: string; n: number }[],
  names: Meta['welfarePostTypes'],
  unit: string,
): string {
  return list.map((x) => `${codeName(names, x.code)} ${formatCount(x.n)} ${unit}`).join('；');
}

/** Public-welfare posts by type (bars, 个). */
export function toWelfarePostsOption(
  data: Employment,
  meta: Pick<Meta, 'welfarePostTypes'>,
  theme: ChartTheme,
  title: string,
): ChartOption {
  return toCategoryBarOption(
    title,
    data.welfarePosts.map((p) => codeName(meta.welfarePostTypes, p.code)),
    [{ name: '公益性岗位', unit: '个', data: data.welfarePosts.map((p) => p.count) }],
    theme,
  );
}

/** Trainees and sessions by course (bars). */
export function toTrainingOption(
  data: Employment,
  meta: Pick<Meta, 'trainingCourses'>,
  theme: ChartTheme,
  title: string,
): ChartOption {
  return toCategoryBarOption(
    title,
    data.training.map((t) => codeName(meta.trainingCourses, t.code)),
    [
      { name: '培训人次', unit: '人次', data: data.training.map((t) => t.trainees) },
      { name: '培训期数', unit: '期', data: data.training.map((t) => t.sessions) },
    ],
    theme,
  );
}

/** Zero-employment households identified vs cleared, and job fairs (bars, each with its unit). */
export function toZeroEmploymentOption(data: Employment, theme: ChartTheme, title: string): ChartOption {
  return toCategoryBarOption(
    title,
    ['零就业家庭认定', '零就业家庭清零'],
    [{ name: '户数', unit: '户', data: [data.zeroEmployment.identified, data.zeroEmployment.cleared] }],
    theme,
  );
}

/** The exact figures beside the chart; deltas on transferred employment and training. */
export function toEmploymentStats(
  data: Employment,
  meta: Pick<Meta, 'welfarePostTypes' | 'trainingCourses'>,
  compared: readonly Compared<Employment>[] = [],
  currentLabel = '',
): Stat[] {
  const placementsOf = (d: Employment) => sum(DESTINATIONS.map((x) => d.placements[x.key]));
  const employed = sum(DESTINATIONS.map((d) => data.employed[d.key]));
  const posts = sum(data.welfarePosts.map((p) => p.count));
  const trainees = sum(data.training.map((t) => t.trainees));
  const sessions = sum(data.training.map((t) => t.sessions));
  const { identified, cleared } = data.zeroEmployment;
  const share = data.labourForce > 0 && employed <= data.labourForce ? employed / data.labourForce : null;
  return [
    { label: '劳动力', value: formatCount(data.labourForce), unit: '人', title: '16–60 岁有劳动能力的人数（期末）' },
    {
      label: '转移就业（期末）',
      value: formatCount(employed),
      unit: '人',
      detail: share === null ? undefined : `占劳动力 ${formatPercent(share)}`,
      title: `转移就业 ÷ 劳动力：${formatCount(employed)} / ${formatCount(data.labourForce)} 人`,
    },
    {
      label: '本期新增安置',
      value: formatCount(placementsOf(data)),
      unit: '人',
      deltas: compared.map((c) =>
        countDelta('新增安置', '人', placementsOf(data), placementsOf(c.data), c.cmp, currentLabel, {
          flow: true,
          higherIsBetter: true,
        }),
      ),
    },
    {
      label: '公益性岗位',
      value: formatCount(posts),
      unit: '个',
      title: `公益性岗位（期末在岗）：${
        breakdown(
          data.welfarePosts.map((p) => ({ code: p.code, n: p.count })),
          meta.welfarePostTypes,
          '个',
        ) || '无'
      }`,
    },
    { label: '自主创业', value: formatCount(data.selfEmployedHouseholds), unit: '户' },
    {
      label: '技能培训',
      value: formatCount(trainees),
      unit: '人次',
      detail: `${formatCount(sessions)} 期`,
      title: `技能培训：${
        breakdown(
          data.training.map((t) => ({ code: t.code, n: t.trainees })),
          meta.trainingCourses,
          '人次',
        ) || '无'
      }`,
    },
    {
      label: '零就业家庭 清零 / 认定',
      value: `${formatCount(cleared)} / ${formatCount(identified)}`,
      unit: '户',
      tone: cleared >= identified ? 'good' : 'warn',
      title: `本期认定零就业家庭 ${formatCount(identified)} 户，已清零 ${formatCount(cleared)} 户`,
    },
  ];
}

/** "招聘会 2 场：企业 82 家，岗位 800 个" when fairs were held. */
export function jobFairNote(data: Employment): string | null {
  const { fairs, companies, posts } = data.jobFairs;
  if (fairs === 0) return null;
  return `招聘会 ${formatCount(fairs)} 场：参会企业 ${formatCount(companies)} 家，提供岗位 ${formatCount(posts)} 个`;
}

/** Nothing at all to show for the period. */
export function isEmploymentEmpty(data: Employment): boolean {
  const counts = [
    data.labourForce,
    ...DESTINATIONS.flatMap((d) => [data.employed[d.key], data.placements[d.key]]),
    data.selfEmployedHouseholds,
    data.zeroEmployment.identified,
  ];
  return counts.every((n) => n === 0) && data.welfarePosts.length === 0 && data.training.length === 0;
}
