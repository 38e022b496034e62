import type { Rng } from './prng';
import { shuffle } from './prng';

/** Fictional two/three-character place words; combined pairwise when a parent needs more. */
const WORDS = [
  '石榴',
  '同心',
  '团结',
  '和睦',
  '兴隆',
  '彩云',
  '月湖',
  '青山',
  '金沙',
  '玉泉',
  '白塔',
  '龙潭',
  '凤鸣',
  '松林',
  '竹园',
  '梨花',
  '桃源',
  '杏林',
  '柏树',
  '清水',
  '温泉',
  '新街',
  '东风',
  '向阳',
  '太平',
  '永安',
  '长乐',
  '福顺',
  '富民',
  '安宁',
  '永丰',
  '丰收',
  '双龙',
  '三岔',
  '五里',
  '七星',
  '九龙',
  '十里',
  '大营',
  '小营',
  '上坝',
  '下坝',
  '中和',
  '南岭',
  '北山',
  '西岭',
  '东山',
  '马街',
  '羊街',
  '鸡街',
  '牛街',
  '象山',
  '雁塘',
  '茶花',
  '杜鹃',
  '山茶',
  '核桃',
  '板栗',
  '石桥',
  '木桥',
  '沙河',
  '碧溪',
  '翠湖',
  '云岭',
  '吉祥',
  '如意',
  '和平',
  '光明',
  '秋实',
  '新华',
  '建设',
  '文化',
  '迎春',
  '花溪',
  '梅子',
  '荷塘',
  '莲花',
  '银杏',
  '石门',
  '龙泉',
  '凤凰',
  '麒麟',
  '金马',
  '鹿鸣',
  '芦笙',
  '火把',
  '三月',
  '蝴蝶',
  '孔雀',
  '月亮湾',
  '新村',
  '幸福',
  '红岩',
  '黑龙',
  '白云',
  '绿荫',
  '金竹',
  '银河',
];

/**
 * Names for `count` siblings, unique within the parent: shuffled single words first, then
 * word pairs. `taken` holds names already used (e.g. fixed names of seed communities).
 */
export function siblingNames(
  rng: Rng,
  count: number,
  suffix: (i: number) => string,
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const order = shuffle(
    rng,
    WORDS.map((_, i) => i),
  );
  const used = new Set(taken);
  const names: string[] = [];
  for (let k = 0; names.length < count; k++) {
    const a = WORDS[order[k % order.length] ?? 0] ?? '石榴';
    const b = k < WORDS.length ? '' : (WORDS[order[Math.floor(k / WORDS.length) % order.length] ?? 0] ?? '');
    const base = b === a ? `${a}${a}` : `${a}${b}`;
    const name = `${base}${suffix(names.length)}`;
    if (used.has(name)) continue;
    used.add(name);
    names.push(name);
  }
  return names;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 999). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  const rest = n % 100;
  const head = `${DIGITS[Math.floor(n / 100)]}百`;
  if (rest === 0) return head;
  if (rest < 10) return `${head}零${DIGITS[rest]}`;
  return `${head}${rest < 20 ? '一' : ''}${chineseNumber(rest)}`;
}

/** 第一网格, 第十二网格 … */
export function gridName(sequence: number): string {
  return `第${chineseNumber(sequence)}网格`;
}

/** 1栋, 2栋 … */
export function buildingName(sequence: number): string {
  return `${sequence}栋`;
}
