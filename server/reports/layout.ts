import {
  DAYS_BIN_UPPER,
  DISPUTE_CATEGORIES,
  EVENT_CATEGORIES,
  TRAINING_COURSES,
  WELFARE_POST_TYPES,
} from '@mocks/generator/categories';
import { ETHNIC_GROUPS } from '@mocks/generator/ethnic-groups';

/**
 * The monthly report workbook: one sheet per indicator group, one row per grid per month,
 * one column per field the API answers (docs/api.md). The template writer, the readers and
 * the database writer all read this one list, so a field cannot be in one and not the other.
 * docs/import.md prints the same definitions.
 */

/** Stocks are read at the end of a period, flows are summed over it (docs/api.md "Periods"). */
export type FieldKind = 'stock' | 'flow';

export interface FieldSpec {
  /** Stable key of the field in the validated model and the database (ascii). */
  key: string;
  /** Header group (a merged header cell above several columns may hold it). */
  group: string;
  /** Header text under the group; the full header is `group·label（unit）`. */
  label: string;
  /** Unit shown in the header (人, 户, 场…). */
  unit: string;
  kind: FieldKind;
  /** 口径: what is counted, in Chinese. */
  definition: string;
}

export interface SheetSpec {
  /** Sheet name in the workbook (also the CSV file's suffix). */
  name: string;
  /** Title row above the headers. */
  title: string;
  fields: readonly FieldSpec[];
}

/** The row-identifying columns every sheet starts with. */
export const KEY_COLUMNS = {
  gridCode: '网格代码',
  gridName: '网格名称',
  town: '乡镇（街道）',
  community: '社区（村）',
  month: '统计月份',
} as const;
export const KEY_HEADERS: readonly string[] = Object.values(KEY_COLUMNS);

function fields(
  group: string,
  unit: string,
  kind: FieldKind,
  items: readonly { key: string; label: string; definition: string }[],
): FieldSpec[] {
  return items.map((i) => ({ ...i, group, unit, kind }));
}

const DESTINATIONS = [
  { code: 'outOfProvince', name: '省外' },
  { code: 'inProvince', name: '省内县外' },
  { code: 'inCounty', name: '县内' },
] as const;

export const LEVEL_KEYS = [
  { code: 'grid', name: '网格' },
  { code: 'community', name: '社区（村）' },
  { code: 'town', name: '乡镇（街道）' },
  { code: 'countyAndAbove', name: '县级及以上' },
] as const;

/** Days-to-resolve bins: labels from the bins' inclusive upper bounds (the last bin is open-ended). */
const DAYS_LABELS = DAYS_BIN_UPPER.map((upper, i) => {
  const lower = i === 0 ? 0 : (DAYS_BIN_UPPER[i - 1] ?? 0) + 1;
  if (i === DAYS_BIN_UPPER.length - 1) return `${lower}天及以上`;
  return lower === 0 ? `${upper}天以内` : `${lower}至${upper}天`;
});

/** GB/T 3304 groups: the 56 groups, 97 其他 and 98 外国血统中国籍人士. */
export const REPORT_ETHNIC_GROUPS = ETHNIC_GROUPS.some((g) => g.code === '98')
  ? ETHNIC_GROUPS
  : [...ETHNIC_GROUPS, { code: '98', name: '外国血统中国籍人士' }];

export const GRID_SHEET: SheetSpec = {
  name: '网格基本情况',
  title: '网格基本情况月报表（户数、人员配备为月末数）',
  fields: [
    ...fields('户数', '户', 'stock', [
      { key: 'households', label: '常住户数', definition: '月末网格内常住户数（以户籍或居住登记为准，一户计一次）' },
    ]),
    ...fields('网格人员', '人', 'stock', [
      { key: 'gridHeads', label: '网格长', definition: '月末在岗网格长人数' },
      { key: 'gridWorkersFullTime', label: '专职网格员', definition: '月末在岗专职网格员人数' },
      { key: 'gridWorkersPartTime', label: '兼职网格员', definition: '月末在岗兼职网格员人数' },
    ]),
  ],
};

export const ETHNIC_SHEET: SheetSpec = {
  name: '民族构成',
  title: '常住人口民族构成月报表（月末数，民族代码依 GB/T 3304）',
  fields: [
    ...fields('常住人口', '人', 'stock', [
      { key: 'residents', label: '合计', definition: '月末网格内常住人口；等于各民族人数之和' },
    ]),
    ...fields(
      '分民族人口',
      '人',
      'stock',
      REPORT_ETHNIC_GROUPS.map((g) => ({
        key: `ethnic.${g.code}`,
        label: `${g.code}${g.name}`,
        definition: `月末常住人口中${g.name}人数（GB/T 3304 代码 ${g.code}）；没有填 0`,
      })),
    ),
  ],
};

export const EMPLOYMENT_SHEET: SheetSpec = {
  name: '就业安置',
  title: '就业安置月报表',
  fields: [
    ...fields('劳动力', '人', 'stock', [
      { key: 'labourForce', label: '劳动力人数', definition: '月末 16 至 60 周岁有劳动能力的常住人口' },
    ]),
    ...fields('转移就业人数（月末）', '人', 'stock', [
      { key: 'employedTotal', label: '合计', definition: '月末处于转移就业状态的人数；等于省外、省内县外、县内之和' },
      ...DESTINATIONS.map((d) => ({
        key: `employed.${d.code}`,
        label: d.name,
        definition: `月末在${d.name}转移就业的人数`,
      })),
    ]),
    ...fields('本月新增转移就业', '人', 'flow', [
      { key: 'placementsTotal', label: '合计', definition: '本月新实现转移就业的人数；等于省外、省内县外、县内之和' },
      ...DESTINATIONS.map((d) => ({
        key: `placements.${d.code}`,
        label: d.name,
        definition: `本月新实现${d.name}转移就业的人数`,
      })),
    ]),
    ...fields(
      '公益性岗位在岗（月末）',
      '人',
      'stock',
      WELFARE_POST_TYPES.map((t) => ({
        key: `welfarePosts.${t.code}`,
        label: t.name,
        definition: `月末在${t.name}类公益性岗位上岗的人数`,
      })),
    ),
    ...fields('自主创业', '户', 'stock', [
      { key: 'selfEmployed', label: '自主创业户数', definition: '月末自主创业（个体经营等）的户数' },
    ]),
    ...fields(
      '技能培训场次',
      '期',
      'flow',
      TRAINING_COURSES.map((c) => ({
        key: `trainingSessions.${c.code}`,
        label: c.name,
        definition: `本月举办的${c.name}培训期数`,
      })),
    ),
    ...fields(
      '技能培训人数',
      '人',
      'flow',
      TRAINING_COURSES.map((c) => ({
        key: `trainees.${c.code}`,
        label: c.name,
        definition: `本月参加${c.name}培训的人数`,
      })),
    ),
    ...fields('零就业家庭', '户', 'flow', [
      { key: 'zeroIdentified', label: '新认定', definition: '本月新认定的零就业家庭户数' },
      {
        key: 'zeroCleared',
        label: '动态清零',
        definition: '本月实现至少一人就业的零就业家庭户数；不超过本月新认定户数与此前尚未清零户数之和',
      },
    ]),
    ...fields('招聘会', '场', 'flow', [{ key: 'jobFairs', label: '场次', definition: '本月举办的招聘会场次' }]),
    ...fields('招聘会', '家', 'flow', [
      { key: 'jobFairCompanies', label: '参会企业', definition: '本月招聘会参会企业家次' },
    ]),
    ...fields('招聘会', '个', 'flow', [
      { key: 'jobFairPosts', label: '提供岗位', definition: '本月招聘会提供的岗位数' },
    ]),
  ],
};

export const EVENTS_SHEET: SheetSpec = {
  name: '活动参与',
  title: '活动参与月报表',
  fields: [
    ...fields(
      '活动场次',
      '场',
      'flow',
      EVENT_CATEGORIES.map((c) => ({
        key: `events.${c.code}`,
        label: c.name,
        definition: `本月举办的${c.name}活动场次`,
      })),
    ),
    ...fields(
      '参与人次',
      '人次',
      'flow',
      EVENT_CATEGORIES.map((c) => ({
        key: `attendances.${c.code}`,
        label: c.name,
        definition: `本月${c.name}活动的参与人次（一人参加两场计两人次）`,
      })),
    ),
    ...fields(
      '少数民族参与人次',
      '人次',
      'flow',
      EVENT_CATEGORIES.map((c) => ({
        key: `minorityAttendances.${c.code}`,
        label: c.name,
        definition: `本月${c.name}活动参与人次中少数民族的人次；不超过该类参与人次`,
      })),
    ),
    ...fields('少数民族参与人数', '人', 'flow', [
      {
        key: 'minorityReached',
        label: '本月去重',
        definition: '本月至少参加过一次活动的少数民族常住居民人数（一人只计一次）；不超过少数民族参与人次之和',
      },
    ]),
  ],
};

export const DISPUTES_SHEET: SheetSpec = {
  name: '矛盾纠纷化解',
  title: '矛盾纠纷排查化解月报表',
  fields: [
    ...fields(
      '受理',
      '件',
      'flow',
      DISPUTE_CATEGORIES.map((c) => ({
        key: `disputesRegistered.${c.code}`,
        label: c.name,
        definition: `本月受理的${c.name}件数`,
      })),
    ),
    ...fields(
      '化解',
      '件',
      'flow',
      DISPUTE_CATEGORIES.map((c) => ({
        key: `disputesResolved.${c.code}`,
        label: c.name,
        definition: `本月受理并化解的${c.name}件数；不超过该类受理件数`,
      })),
    ),
    ...fields(
      '化解层级',
      '件',
      'flow',
      LEVEL_KEYS.map((l) => ({
        key: `resolvedByLevel.${l.code}`,
        label: l.name,
        definition: `本月化解的纠纷中在${l.name}层级化解的件数；各层级之和等于各类化解件数之和`,
      })),
    ),
    ...fields(
      '化解用时',
      '件',
      'flow',
      DAYS_LABELS.map((label, i) => ({
        key: `daysHistogram.${i}`,
        label,
        definition: `本月化解的纠纷中从受理到化解用时${label}的件数；各档之和等于化解件数之和`,
      })),
    ),
    ...fields('在办', '件', 'stock', [
      {
        key: 'disputesInProgress',
        label: '月末在办',
        definition: '月末尚未化解、仍在办理的纠纷件数（含以前月份受理的）',
      },
    ]),
    ...fields('上报', '件', 'flow', [
      {
        key: 'escalated',
        label: '上报移交',
        definition: '本月受理的纠纷中上报或移交乡镇（街道）及以上的件数；不少于在乡镇、县级及以上化解的件数',
      },
    ]),
    ...fields('越级上访', '件', 'flow', [
      { key: 'petitions', label: '越级上访', definition: '本月越过县级到上级机关上访的件数（目标为 0）' },
    ]),
  ],
};

/** Every sheet, in workbook order. */
export const SHEETS: readonly SheetSpec[] = [GRID_SHEET, ETHNIC_SHEET, EMPLOYMENT_SHEET, EVENTS_SHEET, DISPUTES_SHEET];

/** The 口径说明 sheet's name. */
export const DEFINITIONS_SHEET = '口径说明';

/** Full header of a field as written in the template. */
export function headerOf(f: FieldSpec): string {
  return `${f.group}·${f.label}（${f.unit}）`;
}

/** Every field key of the validated model, in sheet order. */
export const FIELD_KEYS: readonly string[] = SHEETS.flatMap((s) => s.fields.map((f) => f.key));
