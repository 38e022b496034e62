import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CODE_LENGTH } from '@/api/common';
import { regionQueries } from '@/api/queries';
import type { Region } from '@/api/region';
import { displayName } from '@/lib/region-name';

/**
 * Where a grid lies, for its tooltip with 显示全部网格: a county's grids are all called 第一网格,
 * 第二网格 …, so each names its community and town ("红土田社区 · 团结镇", display names as on
 * the map's labels). A grid's code starts with its community's, which starts with its town's
 * (docs/indicators.md, "Levels and codes").
 */
export type GridParents = ReadonlyMap<string, string>;

/** Community code → "社区 · 镇" for every community of the given towns (region details). */
export function gridParentNames(towns: readonly Region[]): GridParents {
  const names = new Map<string, string>();
  for (const town of towns) {
    if (town.level !== 'town') continue;
    for (const community of town.children) {
      names.set(community.code, `${displayName(community)} · ${displayName(town)}`);
    }
  }
  return names;
}

/** The parent line of a grid's tooltip, or null for anything else or an unknown community. */
export function gridParentOf(code: string, parents: GridParents | null): string | null {
  if (parents === null || code.length !== CODE_LENGTH.grid) return null;
  return parents.get(code.slice(0, CODE_LENGTH.community)) ?? null;
}

/**
 * The parents of every grid below `region` while all grids are shown: the town itself, or at a
 * county each town's detail (one cached request per town, usually made by the drill already).
 */
// Module-level so useQueries keeps its combined result while no town's data changes.
const dataOf = (results: readonly { data?: Region | undefined }[]) => results.map((r) => r.data);

export function useGridParents(region: Region | undefined, enabled: boolean): GridParents | null {
  const towns = enabled && region?.level === 'county' ? region.children : [];
  const details = useQueries({
    queries: towns.map((t) => regionQueries.detail(t.code)),
    combine: dataOf,
  });
  return useMemo(() => {
    if (!enabled || !region) return null;
    if (region.level === 'town') return gridParentNames([region]);
    if (region.level !== 'county') return null;
    return gridParentNames(details.filter((d): d is Region => d !== undefined));
  }, [enabled, region, details]);
}
