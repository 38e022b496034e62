/**
 * The grid-month fact columns: one typed integer column per field and category, the same in
 * `grid_month` (one row per grid and month) and `region_month` (the rollups written at
 * import). docs/database.md describes them; a test checks that the migrations created
 * exactly these columns.
 *
 * kind: `stock` — the value at the end of a period counts (read the last month);
 *       `flow` — summed over the months of a period;
 *       `month-distinct` — distinct people in the month: adds up over grids, NOT over months.
 */
export type FactKind = 'stock' | 'flow' | 'month-distinct';

/** Sheet-sized groups of fields (the report template has one sheet per group). */
export type FactGroup = 'grid' | 'employment' | 'events' | 'disputes';

export interface FactField {
  column: string;
  kind: FactKind;
  group: FactGroup;
  /** Chinese header with its unit, as the template and the import messages show it. */
  label: string;
}

const EVENT = [
  ['education', '宣传教育'],
  ['culture', '文化活动'],
  ['law', '法治宣传'],
  ['volunteer', '志愿服务'],
  ['party', '党建活动'],
  ['skills', '技能培训'],
] as const;
const DISPUTE = [
  ['neighbour', '邻里纠纷'],
  ['family', '婚姻家庭纠纷'],
  ['land', '土地山林纠纷'],
  ['labour', '劳资纠纷'],
  ['property', '物业纠纷'],
  ['other', '其他纠纷'],
] as const;
const WELFARE = [
  ['cleaning', '保洁'],
  ['patrol', '治安巡逻'],
  ['forest', '生态护林'],
  ['service', '便民服务'],
  ['elderly', '养老护理'],
  ['road', '道路养护'],
] as const;
const COURSE = [
  ['housekeeping', '家政服务'],
  ['ecommerce', '电子商务'],
  ['embroidery', '刺绣'],
  ['catering', '餐饮'],
  ['electrician', '电工'],
  ['farming', '种植养殖'],
] as const;
/** Days-to-resolve bins (inclusive upper bounds 1, 3, 7, 15, 30, 60, then 61 and more). */
const DAYS = [
  ['1', '1天内'],
  ['2_3', '2–3天'],
  ['4_7', '4–7天'],
  ['8_15', '8–15天'],
  ['16_30', '16–30天'],
  ['31_60', '31–60天'],
  ['over_60', '60天以上'],
] as const;

const f = (column: string, kind: FactKind, group: FactGroup, label: string): FactField => ({
  column,
  kind,
  group,
  label,
});

export const FACT_FIELDS: readonly FactField[] = [
  // Grid profile and staffing (stocks).
  f('households', 'stock', 'grid', '户数（户）'),
  f('grid_heads', 'stock', 'grid', '网格长（人）'),
  f('grid_workers_full_time', 'stock', 'grid', '专职网格员（人）'),
  f('grid_workers_part_time', 'stock', 'grid', '兼职网格员（人）'),
  // Employment stocks.
  f('labour_force', 'stock', 'employment', '劳动力（人）'),
  f('employed_out_of_province', 'stock', 'employment', '转移就业·省外（人）'),
  f('employed_in_province', 'stock', 'employment', '转移就业·省内县外（人）'),
  f('employed_in_county', 'stock', 'employment', '转移就业·县内（人）'),
  ...WELFARE.map(([c, n]) => f(`welfare_posts_${c}`, 'stock', 'employment', `公益性岗位·${n}（人）`)),
  f('self_employed_households', 'stock', 'employment', '自主创业（户）'),
  // Employment flows.
  f('placements_out_of_province', 'flow', 'employment', '新增转移就业·省外（人）'),
  f('placements_in_province', 'flow', 'employment', '新增转移就业·省内县外（人）'),
  f('placements_in_county', 'flow', 'employment', '新增转移就业·县内（人）'),
  ...COURSE.map(([c, n]) => f(`training_sessions_${c}`, 'flow', 'employment', `技能培训·${n}·期数（期）`)),
  ...COURSE.map(([c, n]) => f(`trainees_${c}`, 'flow', 'employment', `技能培训·${n}·人数（人次）`)),
  f('zero_employment_identified', 'flow', 'employment', '零就业家庭·新认定（户）'),
  f('zero_employment_cleared', 'flow', 'employment', '零就业家庭·动态清零（户）'),
  f('job_fairs', 'flow', 'employment', '招聘会（场）'),
  f('job_fair_companies', 'flow', 'employment', '招聘会·参会企业（家）'),
  f('job_fair_posts', 'flow', 'employment', '招聘会·提供岗位（个）'),
  // Events.
  ...EVENT.map(([c, n]) => f(`events_${c}`, 'flow', 'events', `${n}·场次（场）`)),
  ...EVENT.map(([c, n]) => f(`attendances_${c}`, 'flow', 'events', `${n}·参与（人次）`)),
  ...EVENT.map(([c, n]) => f(`minority_attendances_${c}`, 'flow', 'events', `${n}·少数民族参与（人次）`)),
  f('minority_reached', 'month-distinct', 'events', '当月参加过活动的少数民族居民（人）'),
  // Disputes.
  f('disputes_in_progress', 'stock', 'disputes', '矛盾纠纷·化解中（件）'),
  ...DISPUTE.map(([c, n]) => f(`disputes_registered_${c}`, 'flow', 'disputes', `${n}·受理（件）`)),
  ...DISPUTE.map(([c, n]) => f(`disputes_resolved_${c}`, 'flow', 'disputes', `${n}·化解（件）`)),
  f('resolved_at_grid', 'flow', 'disputes', '化解层级·网格（件）'),
  f('resolved_at_community', 'flow', 'disputes', '化解层级·社区（件）'),
  f('resolved_at_town', 'flow', 'disputes', '化解层级·乡镇（件）'),
  f('resolved_at_county_and_above', 'flow', 'disputes', '化解层级·县及以上（件）'),
  f('disputes_escalated', 'flow', 'disputes', '矛盾纠纷·上报（件）'),
  f('petitions_above_county', 'flow', 'disputes', '越级上访（件）'),
  ...DAYS.map(([c, n]) => f(`resolved_in_days_${c}`, 'flow', 'disputes', `化解用时·${n}（件）`)),
];

/** Column names of FACT_FIELDS, in order. */
export const FACT_COLUMNS: readonly string[] = FACT_FIELDS.map((x) => x.column);

/** GB/T 3304 codes with a column in the residents tables: 01–56, 97 其他, 98 外国血统中国籍人士. */
export const ETHNIC_CODES: readonly string[] = [
  ...Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
  '97',
  '98',
];

/** The residents table's column for a GB/T 3304 code (`ethnic_07`). */
export function ethnicColumn(code: string): string {
  return `ethnic_${code}`;
}

export const ETHNIC_COLUMNS: readonly string[] = ETHNIC_CODES.map(ethnicColumn);
