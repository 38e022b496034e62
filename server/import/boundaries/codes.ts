import type { RegionDraft } from './types';

type Level = RegionDraft['level'];

const LEVEL_BY_LENGTH: Record<number, Level> = { 6: 'county', 9: 'town', 12: 'community', 15: 'grid', 20: 'building' };
export const LEVEL_NAME: Record<Level, string> = {
  county: '县/区',
  town: '乡镇/街道',
  community: '社区/村',
  grid: '网格',
  building: '楼栋',
};

/** GB/T 2260 province-level codes (first two digits). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

export function levelOf(code: string): Level | null {
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

export function parentOf(code: string): string | null {
  if (code.length === 6) return null;
  return code.slice(0, code.length === 20 ? 15 : code.length - 3);
}

/**
 * Why a code does not fit the statistical division code's structure, or null. Real code lists
 * go outside the neat ranges (towns 4xx/5xx for farms, development zones and prisons;
 * villages 4xx/5xx, 598 for virtual communities): 001–599 is accepted for both segments.
 */
export function codeProblem(code: string): string | null {
  if (!/^\d+$/.test(code)) return '应只含数字';
  if (!levelOf(code))
    return `长度为 ${code.length} 位，应为 6（县）、9（乡镇）、12（社区/村）、15（网格）或 20（楼栋）位`;
  if (!PROVINCES.has(Number(code.slice(0, 2)))) return `前两位“${code.slice(0, 2)}”不是省级代码`;
  if (code.slice(2, 6) === '0000') return `前 6 位“${code.slice(0, 6)}”是省级代码，不是县级代码`;
  const segment = (from: number, to: number): number => Number(code.slice(from, to));
  if (code.length >= 9) {
    const town = segment(6, 9);
    if (town === 0 || town > 599) return `乡镇段“${code.slice(6, 9)}”应在 001–599 之间`;
  }
  if (code.length >= 12) {
    const village = segment(9, 12);
    if (village === 0 || village > 599) return `社区/村段“${code.slice(9, 12)}”应在 001–599 之间`;
  }
  if (code.length >= 15 && segment(12, 15) === 0) return `网格序号“${code.slice(12, 15)}”应在 001–999 之间`;
  if (code.length === 20 && segment(15, 20) === 0) return `楼栋序号“${code.slice(15, 20)}”应在 00001–99999 之间`;
  return null;
}
