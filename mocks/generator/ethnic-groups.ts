import type { CodeName } from '@/api/meta';

/** GB/T 3304-1991 codes of China's 56 ethnic groups, plus 97 其他. */
export const ETHNIC_GROUPS: readonly CodeName[] = [
  ['01', '汉族'],
  ['02', '蒙古族'],
  ['03', '回族'],
  ['04', '藏族'],
  ['05', '维吾尔族'],
  ['06', '苗族'],
  ['07', '彝族'],
  ['08', '壮族'],
  ['09', '布依族'],
  ['10', '朝鲜族'],
  ['11', '满族'],
  ['12', '侗族'],
  ['13', '瑶族'],
  ['14', '白族'],
  ['15', '土家族'],
  ['16', '哈尼族'],
  ['17', '哈萨克族'],
  ['18', '傣族'],
  ['19', '黎族'],
  ['20', '傈僳族'],
  ['21', '佤族'],
  ['22', '畲族'],
  ['23', '高山族'],
  ['24', '拉祜族'],
  ['25', '水族'],
  ['26', '东乡族'],
  ['27', '纳西族'],
  ['28', '景颇族'],
  ['29', '柯尔克孜族'],
  ['30', '土族'],
  ['31', '达斡尔族'],
  ['32', '仫佬族'],
  ['33', '羌族'],
  ['34', '布朗族'],
  ['35', '撒拉族'],
  ['36', '毛南族'],
  ['37', '仡佬族'],
  ['38', '锡伯族'],
  ['39', '阿昌族'],
  ['40', '普米族'],
  ['41', '塔吉克族'],
  ['42', '怒族'],
  ['43', '乌孜别克族'],
  ['44', '俄罗斯族'],
  ['45', '鄂温克族'],
  ['46', '德昂族'],
  ['47', '保安族'],
  ['48', '裕固族'],
  ['49', '京族'],
  ['50', '塔塔尔族'],
  ['51', '独龙族'],
  ['52', '鄂伦春族'],
  ['53', '赫哲族'],
  ['54', '门巴族'],
  ['55', '珞巴族'],
  ['56', '基诺族'],
  ['97', '其他'],
].map(([code, name]) => ({ code: code as string, name: name as string }));

export const HAN = '01';

const NAME_BY_CODE = new Map(ETHNIC_GROUPS.map((g) => [g.code, g.name]));

export function ethnicName(code: string): string | undefined {
  return NAME_BY_CODE.get(code);
}

/**
 * The minority groups the demo county uses, with a Yunnan-like relative weight.
 * Order is the dataset's group index order after 01 汉族.
 */
export const MINORITY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['07', 34], // 彝
  ['14', 10], // 白
  ['16', 10], // 哈尼
  ['03', 8], // 回
  ['06', 8], // 苗
  ['18', 7], // 傣
  ['20', 6], // 傈僳
  ['08', 5], // 壮
  ['09', 3], // 布依
  ['27', 2], // 纳西
  ['13', 2], // 瑶
  ['24', 1.2], // 拉祜
  ['21', 1], // 佤
  ['04', 0.8], // 藏
  ['11', 0.6], // 满
  ['15', 0.5], // 土家
  ['02', 0.4], // 蒙古
  ['56', 0.3], // 基诺
  ['97', 0.3], // 其他
];

/** Group codes in dataset order: 汉 first, then the minorities above. */
export const DATASET_GROUPS: readonly string[] = [HAN, ...MINORITY_WEIGHTS.map(([code]) => code)];
