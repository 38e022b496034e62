import type { Kysely } from 'kysely';

// Frozen copies of the code lists as of this migration; the fact columns are named after the
// category codes, so a new category is a new migration that adds its columns and its row.
// GB/T 3304-1991 (民族名称的罗马字母拼写法和代码) plus 97 其他 and 98 外国血统中国籍人士.
const ETHNIC_GROUPS = [
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
  ['98', '外国血统中国籍人士'],
] as const;

const CATEGORIES = {
  'event-category': [
    ['education', '宣传教育'],
    ['culture', '文化活动'],
    ['law', '法治宣传'],
    ['volunteer', '志愿服务'],
    ['party', '党建活动'],
    ['skills', '技能培训'],
  ],
  'dispute-category': [
    ['neighbour', '邻里纠纷'],
    ['family', '婚姻家庭纠纷'],
    ['land', '土地山林纠纷'],
    ['labour', '劳资纠纷'],
    ['property', '物业纠纷'],
    ['other', '其他纠纷'],
  ],
  'welfare-post-type': [
    ['cleaning', '保洁'],
    ['patrol', '治安巡逻'],
    ['forest', '生态护林'],
    ['service', '便民服务'],
    ['elderly', '养老护理'],
    ['road', '道路养护'],
  ],
  'training-course': [
    ['housekeeping', '家政服务'],
    ['ecommerce', '电子商务'],
    ['embroidery', '刺绣'],
    ['catering', '餐饮'],
    ['electrician', '电工'],
    ['farming', '种植养殖'],
  ],
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  const rows = [
    ...ETHNIC_GROUPS.map(([code, name], sort) => ({ list: 'ethnic-group', code, name, sort })),
    ...Object.entries(CATEGORIES).flatMap(([list, entries]) =>
      entries.map(([code, name], sort) => ({ list, code, name, sort })),
    ),
  ];
  await db.insertInto('code_list').values(rows).execute();
}
