import { shortRegionName as shortName } from '@/lib/region-name';
import { LEVEL_NAME, parentOf } from './codes';
import type { CodeListEntry } from './code-list';
import type { Polygonal } from './repair';
import { areaM2, difference, fromMulti, toMulti, unionAll } from './topology';
import type { BoundaryIssue, RegionDraft } from './types';

/** Above these shares of the parent's area, a gap or overlap is an error; above the warning share, a note. */
export const GAP_ERROR_SHARE = 0.01;
export const GAP_WARNING_SHARE = 0.0001;
/** A child with more than this share of its own area outside its parent is an error. */
export const OUTSIDE_ERROR_SHARE = 0.01;

const pct = (x: number): string => `${(x * 100).toFixed(x < 0.001 ? 3 : 2)}%`;

export interface TreeOptions {
  codes: Map<string, CodeListEntry>;
  /** Names already in the database (code → official name), for parents not in the file or the list. */
  known: Map<string, string>;
}

/**
 * Puts the checked features into one tree: duplicates refused, every parent present or
 * dissolved from its children (name from the code list), each child within its drawn parent,
 * gaps and overlaps between siblings measured against the parent. Returns every region, parents
 * first, or the problems.
 */
export function buildTree(input: RegionDraft[], o: TreeOptions): { regions: RegionDraft[]; issues: BoundaryIssue[] } {
  const issues: BoundaryIssue[] = [];
  const error = (check: string, message: string): void => void issues.push({ severity: 'error', check, message });
  const warn = (check: string, message: string): void => void issues.push({ severity: 'warning', check, message });
  const byCode = new Map<string, RegionDraft>();
  for (const d of input) {
    const seen = byCode.get(d.code);
    if (seen) {
      error(
        'duplicate-code',
        `要素 #${d.feature}（编码 ${d.code}）：编码与要素 #${seen.feature} 重复，每个区域只能出现一次`,
      );
      continue;
    }
    byCode.set(d.code, d);
  }
  // Names: the code list wins (official form), then the file; short names derived unless given.
  for (const d of byCode.values()) {
    const entry = o.codes.get(d.code);
    if (entry) d.name = entry.name;
    d.shortName = entry?.shortName ?? d.shortName ?? shortName(d.name);
  }

  // Parents missing from the file, bottom-up.
  const children = new Map<string, RegionDraft[]>();
  const missing = new Set<string>();
  const order = [...byCode.values()].sort((a, b) => b.code.length - a.code.length);
  for (const d of order) {
    if (!d.parent) continue;
    if (!byCode.has(d.parent)) missing.add(d.parent);
  }
  for (const code of [...missing].sort((a, b) => b.length - a.length)) {
    let c: string | null = code;
    while (c && !byCode.has(c)) {
      const name = o.codes.get(c)?.name ?? o.known.get(c);
      if (!name) {
        error(
          'parent-name-missing',
          `编码 ${c} 的${LEVEL_NAME[levelFor(c)]}不在文件中，需要由下级合并生成，但没有它的名称：请用 --codes 提供代码表（代码,名称）`,
        );
      }
      const level = levelFor(c);
      if (level === 'grid') error('parent-missing', `网格 ${c} 不在文件中：楼栋不能合并出网格，请在文件中提供网格边界`);
      byCode.set(c, {
        code: c,
        name: name ?? c,
        shortName: o.codes.get(c)?.shortName ?? shortName(name ?? c),
        level,
        parent: parentOf(c),
        geometry: { type: 'Polygon', coordinates: [] },
        dissolved: true,
        feature: null,
      });
      c = parentOf(c);
    }
  }
  for (const d of byCode.values()) {
    if (!d.parent) continue;
    const list = children.get(d.parent) ?? [];
    list.push(d);
    children.set(d.parent, list);
  }
  if (issues.some((i) => i.severity === 'error')) return { regions: [], issues };

  // Dissolve and measure, deepest parents first so a dissolved town uses its dissolved communities.
  const parents = [...children.keys()].sort((a, b) => b.length - a.length);
  for (const code of parents) {
    const parent = byCode.get(code) as RegionDraft;
    const kids = (children.get(code) ?? []).filter((k) => k.geometry.type !== 'Point');
    if (kids.length === 0) continue;
    const parts = kids.map((k) => toMulti(k.geometry as Polygonal));
    const union = unionAll(parts);
    const unionArea = areaM2(union);
    const sum = parts.reduce((a, p) => a + areaM2(p), 0);
    const what = `${LEVEL_NAME[parent.level]} ${parent.code}（${parent.shortName}）`;
    if (parent.dissolved) {
      parent.geometry = fromMulti(union);
    } else {
      const outline = toMulti(parent.geometry as Polygonal);
      const parentArea = areaM2(outline);
      for (const k of kids) {
        const kArea = areaM2(toMulti(k.geometry as Polygonal));
        const outside = areaM2(difference(toMulti(k.geometry as Polygonal), outline));
        if (kArea > 0 && outside / kArea > OUTSIDE_ERROR_SHARE) {
          error(
            'outside-parent',
            `要素 #${k.feature}（编码 ${k.code}，${k.shortName}）：有 ${pct(outside / kArea)} 的面积在所属${what}之外，应完全位于其内（容差 ${pct(OUTSIDE_ERROR_SHARE)}）`,
          );
        }
      }
      const gap = parentArea > 0 ? areaM2(difference(outline, union)) / parentArea : 0;
      if (gap > GAP_ERROR_SHARE) {
        error(
          'gap',
          `${what}：下级边界之间有空隙，合计占其面积 ${pct(gap)}；下级应无缝铺满上级（容差 ${pct(GAP_ERROR_SHARE)}）`,
        );
      } else if (gap > GAP_WARNING_SHARE) {
        warn('gap', `${what}：下级边界之间有细小空隙，占其面积 ${pct(gap)}`);
      }
    }
    const overlap = unionArea > 0 ? Math.max(0, sum - unionArea) / unionArea : 0;
    if (overlap > GAP_ERROR_SHARE) {
      error(
        'overlap',
        `${what}：下级边界互相重叠，重叠面积占其面积 ${pct(overlap)}；下级之间不应重叠（容差 ${pct(GAP_ERROR_SHARE)}）`,
      );
    } else if (overlap > GAP_WARNING_SHARE) {
      warn('overlap', `${what}：下级边界有细小重叠，占其面积 ${pct(overlap)}`);
    }
  }
  const regions = [...byCode.values()].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  return { regions, issues };
}

function levelFor(code: string): RegionDraft['level'] {
  return ({ 6: 'county', 9: 'town', 12: 'community', 15: 'grid', 20: 'building' } as const)[code.length as 6] ?? 'grid';
}
