import type { SheetSpec } from './layout';
import { DISPUTES_SHEET, EMPLOYMENT_SHEET, ETHNIC_SHEET, EVENTS_SHEET, headerOf } from './layout';

/**
 * The identities between the fields of one row (one grid, one month, one sheet). Each broken
 * identity names the column it is reported on and what was expected, in Chinese.
 */

export interface Broken {
  /** Field key of the column the message is put on. */
  key: string;
  message: string;
}

/** One row's values by field key, and sums over a key prefix (`employed.`). */
export interface Values {
  get(key: string): number | undefined;
  sum(prefix: string): number;
}

/** A reusable view of a row of `sheet` (indices looked up once per sheet, not per row). */
export class RowView implements Values {
  private readonly index = new Map<string, number>();
  private readonly prefixes = new Map<string, number[]>();
  private values: Int32Array = new Int32Array(0);
  constructor(private readonly sheet: SheetSpec) {
    sheet.fields.forEach((f, i) => this.index.set(f.key, i));
  }
  bind(values: Int32Array): this {
    this.values = values;
    return this;
  }
  get(key: string): number | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : this.values[i];
  }
  sum(prefix: string): number {
    let list = this.prefixes.get(prefix);
    if (!list) {
      list = this.sheet.fields.flatMap((f, i) => (f.key.startsWith(prefix) ? [i] : []));
      this.prefixes.set(prefix, list);
    }
    let s = 0;
    for (const i of list) s += this.values[i] ?? 0;
    return s;
  }
}

const fmt = (n: number): string => n.toLocaleString('en-US');

function sum(v: Values, prefix: string): number {
  return v.sum(prefix);
}

function headerFor(sheet: SheetSpec, key: string): string {
  const f = sheet.fields.find((x) => x.key === key);
  return f ? headerOf(f) : key;
}

/**
 * The keys of a sheet's fields with `prefix`, each with the keys of the related fields
 * (`related` prefixes + the same suffix). Made once, at load.
 */
function keysWith(sheet: SheetSpec, prefix: string, ...related: string[]): readonly string[][] {
  return sheet.fields
    .filter((f) => f.key.startsWith(prefix))
    .map((f) => [f.key, ...related.map((r) => `${r}${f.key.slice(prefix.length)}`)]);
}

const EMPLOYMENT_TOTALS = [
  ['employedTotal', 'employed.', '月末转移就业人数'],
  ['placementsTotal', 'placements.', '本月新增转移就业人数'],
] as const;
const TRAINEES = keysWith(EMPLOYMENT_SHEET, 'trainees.', 'trainingSessions.');
const MINORITY_ATTENDANCES = keysWith(EVENTS_SHEET, 'minorityAttendances.', 'attendances.', 'events.');
const RESOLVED = keysWith(DISPUTES_SHEET, 'disputesResolved.', 'disputesRegistered.');

function ethnic(v: Values): Broken[] {
  const residents = v.get('residents') ?? 0;
  const groups = sum(v, 'ethnic.');
  return groups === residents
    ? []
    : [{ key: 'residents', message: `常住人口合计 ${fmt(residents)} 应等于各民族人数之和 ${fmt(groups)}` }];
}

function employment(v: Values): Broken[] {
  const out: Broken[] = [];
  for (const [total, prefix, name] of EMPLOYMENT_TOTALS) {
    const t = v.get(total) ?? 0;
    const parts = sum(v, prefix);
    if (t !== parts)
      out.push({ key: total, message: `${name}合计 ${fmt(t)} 应等于省外、省内县外、县内之和 ${fmt(parts)}` });
  }
  for (const [key = '', sessions = ''] of TRAINEES) {
    if ((v.get(key) ?? 0) > 0 && (v.get(sessions) ?? 0) === 0)
      out.push({
        key,
        message: `有培训人数 ${fmt(v.get(key) ?? 0)}，但${headerFor(EMPLOYMENT_SHEET, sessions)}为 0`,
      });
  }
  if ((v.get('jobFairs') ?? 0) === 0) {
    for (const key of ['jobFairCompanies', 'jobFairPosts'])
      if ((v.get(key) ?? 0) > 0)
        out.push({ key, message: `招聘会场次为 0，${headerFor(EMPLOYMENT_SHEET, key)}应为 0` });
  }
  return out;
}

function events(v: Values): Broken[] {
  const out: Broken[] = [];
  for (const [key = '', attendances = '', eventsKey = ''] of MINORITY_ATTENDANCES) {
    const minority = v.get(key) ?? 0;
    const all = v.get(attendances) ?? 0;
    if (minority > all)
      out.push({ key, message: `少数民族参与人次 ${fmt(minority)} 不能多于该类参与人次 ${fmt(all)}` });
    if ((v.get(eventsKey) ?? 0) === 0 && all > 0)
      out.push({ key: attendances, message: `有参与人次 ${fmt(all)}，但该类活动场次为 0` });
  }
  const reached = v.get('minorityReached') ?? 0;
  const attendances = sum(v, 'minorityAttendances.');
  if (reached > attendances)
    out.push({
      key: 'minorityReached',
      message: `少数民族参与人数 ${fmt(reached)} 不能多于少数民族参与人次之和 ${fmt(attendances)}（一人至少一人次）`,
    });
  return out;
}

function disputes(v: Values): Broken[] {
  const out: Broken[] = [];
  for (const [key = '', registeredKey = ''] of RESOLVED) {
    const resolved = v.get(key) ?? 0;
    const registered = v.get(registeredKey) ?? 0;
    if (resolved > registered)
      out.push({ key, message: `化解 ${fmt(resolved)} 件不能多于该类受理 ${fmt(registered)} 件` });
  }
  const resolved = sum(v, 'disputesResolved.');
  const byLevel = sum(v, 'resolvedByLevel.');
  if (byLevel !== resolved)
    out.push({
      key: 'resolvedByLevel.grid',
      message: `各层级化解件数之和 ${fmt(byLevel)} 应等于各类化解件数之和 ${fmt(resolved)}`,
    });
  const days = sum(v, 'daysHistogram.');
  if (days !== resolved)
    out.push({
      key: 'daysHistogram.0',
      message: `各用时档件数之和 ${fmt(days)} 应等于各类化解件数之和 ${fmt(resolved)}`,
    });
  const escalated = v.get('escalated') ?? 0;
  const above = (v.get('resolvedByLevel.town') ?? 0) + (v.get('resolvedByLevel.countyAndAbove') ?? 0);
  const registered = sum(v, 'disputesRegistered.');
  if (escalated < above)
    out.push({
      key: 'escalated',
      message: `上报移交 ${fmt(escalated)} 件不能少于在乡镇（街道）及以上化解的 ${fmt(above)} 件`,
    });
  else if (escalated > registered)
    out.push({ key: 'escalated', message: `上报移交 ${fmt(escalated)} 件不能多于本月受理 ${fmt(registered)} 件` });
  return out;
}

const BY_SHEET = new Map<string, (v: Values) => Broken[]>([
  [ETHNIC_SHEET.name, ethnic],
  [EMPLOYMENT_SHEET.name, employment],
  [EVENTS_SHEET.name, events],
  [DISPUTES_SHEET.name, disputes],
]);

/** Whether a row of `sheet` breaks any identity (the usual row keeps them all). */
export function hasBrokenIdentity(sheet: SheetSpec, values: Values): boolean {
  return (BY_SHEET.get(sheet.name)?.(values).length ?? 0) > 0;
}

/** The identities a row of `sheet` breaks (empty when it keeps them all). */
export function brokenIdentities(sheet: SheetSpec, values: Values): Broken[] {
  return BY_SHEET.get(sheet.name)?.(values) ?? [];
}
