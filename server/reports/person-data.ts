import { normalizeText } from './cells';

/**
 * Shiliu holds aggregates only (privacy rule: docs/indicators.md): text that looks like a person-level
 * record is refused wherever it appears in a report file, so it never reaches the database.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-digit resident ID number (GB 11643) with a valid birth date and check digit. */
function isIdNumber(s: string): boolean {
  const m = /(?:^|\D)(\d{17}[\dX])(?:\D|$)/.exec(s.toUpperCase());
  if (!m?.[1]) return false;
  const id = m[1];
  const y = Number(id.slice(6, 10));
  const mo = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** A mainland mobile number (1[3-9] + 9 digits) or a landline with area code. */
function isPhone(s: string): boolean {
  return /(?:^|\D)(?:\+?86-?)?1[3-9]\d{9}(?:\D|$)/.test(s) || /(?:^|\D)0\d{2,3}-\d{7,8}(?:\D|$)/.test(s);
}

/** Common surnames: a name column holding "surname + one or two characters" is a person's name. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤杨普李岩刀';

/** Endings of place and unit names: a value ending so is not a person's name. */
const PLACE_SUFFIX =
  /(网格|社区|村|组|片|区|街道|镇|乡|县|楼|栋|小区|居委会|委员会|队|屯|寨|坝|湾|园|苑|巷|路|街|号|庄|营|城|山|河|坪|沟|塘|口|铺)$/;

function looksLikePersonalName(s: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,3}$/.test(s)) return false;
  if (PLACE_SUFFIX.test(s)) return false;
  return SURNAMES.includes(s[0] ?? '');
}

/** Headers of columns that can only hold person-level data. */
const PERSON_HEADERS = /(姓名|名字|身份证|证件号|手机|电话|联系方式|出生|住址|户主|联系人)/;

export function isPersonHeader(header: string): boolean {
  return PERSON_HEADERS.test(normalizeText(header));
}

/**
 * Why a cell's text looks like person-level data, or null. Name columns (grid, town and
 * community names) are also checked for a personal name instead of a place name.
 */
export function personDataReason(text: string, nameColumn: boolean): string | null {
  const t = normalizeText(text);
  if (t === '') return null;
  if (isIdNumber(t)) return '像身份证号码';
  if (isPhone(t)) return '像电话号码';
  if (nameColumn && looksLikePersonalName(t)) return '像个人姓名';
  return null;
}
