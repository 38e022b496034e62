import { DATASET_GROUPS, ethnicName, MINORITY_WEIGHTS } from './ethnic-groups';
import { gridName, siblingNames } from './names';
import { communityGroups, dominantMinority, fillCommunityEthnic, jitter, townWeights } from './population';
import type { MinorityWeights } from './population';
import { randFloat, randInt, rngFor, shuffle } from './prng';
import type { Rng } from './prng';
import type { DatasetSize } from './sizes';
import { ROOT_CODE, ROOT_NAME, SIZE_SPECS } from './sizes';
import { gridTraits, weakenCommunity } from './traits';
import type { GridProfile, RegionNode, SpecialProfile, UnitKind } from './tree-types';

export interface RegionTree {
  root: RegionNode;
  byCode: Map<string, RegionNode>;
  /** Grids in depth-first order (a region's grids are contiguous). */
  grids: GridProfile[];
}

interface CommunityPlan {
  kind: 'community' | 'village';
  special: SpecialProfile | null;
  name: string | null;
  grids: number;
}

/** Seed-article communities: fixed sizes and shares (the source articles' figures). */
const SPECIALS: Record<
  SpecialProfile,
  { name: string; grids: number; households: number; residents: number; minority: number; groups: number }
> = {
  'old-urban': { name: '老城社区', grids: 10, households: 4700, residents: 12000, minority: 123, groups: 10 },
  urban: { name: '同心社区', grids: 8, households: 3329, residents: 7056, minority: 1020, groups: 8 },
  relocation: { name: '幸福家园社区', grids: 1, households: 343, residents: 1881, minority: 1241, groups: 7 },
};

function node(
  code: string,
  name: string,
  level: RegionNode['level'],
  kind: UnitKind | null,
  parent: RegionNode | null,
): RegionNode {
  return { code, name, level, kind, parent, children: [], gridStart: 0, gridEnd: 0 };
}

/** Splits `total` into `parts` integers ≥ `min`, weighted (sequential weighted picks). */
function allocate(rng: Rng, total: number, weights: readonly number[], min: number): number[] {
  const out = weights.map(() => min);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  for (let left = total - min * weights.length; left > 0; left--) {
    const r = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < r) lo = mid + 1;
      else hi = mid;
    }
    out[lo] = (out[lo] ?? 0) + 1;
  }
  return out;
}

function code3(n: number): string {
  return String(n).padStart(3, '0');
}

/** Builds codes, names, households, residents and ethnic counts. No geometry, no monthly data. */
export function buildTree(size: DatasetSize, seed: number): RegionTree {
  const spec = SIZE_SPECS[size];
  const rng = rngFor(seed, size, 'tree');
  const root = node(ROOT_CODE, ROOT_NAME, 'county', null, null);
  const byCode = new Map<string, RegionNode>([[root.code, root]]);
  const grids: GridProfile[] = [];

  // Town-level units.
  const kinds: UnitKind[] = [
    ...Array<UnitKind>(spec.streets).fill('street'),
    ...Array<UnitKind>(spec.towns).fill('town'),
    ...Array<UnitKind>(spec.townships).fill('township'),
  ];
  const mixes: MinorityWeights[] = kinds.map(() => townWeights(rng));
  const townNames = siblingNames(rng, kinds.length, () => '');
  const counters = { street: 1, town: 101, township: 201 };
  const towns = kinds.map((kind, i) => {
    const part = kind === 'street' ? counters.street++ : kind === 'town' ? counters.town++ : counters.township++;
    const mix = mixes[i] ?? [];
    // Townships with a strong dominant group are ethnic townships (民族乡), e.g. 青山彝族乡.
    const dominant = MINORITY_WEIGHTS[dominantMinority(mix)]?.[0] ?? '07';
    const suffix =
      kind === 'street' ? '街道' : kind === 'town' ? '镇' : i % 2 === 0 ? `${ethnicName(dominant) ?? ''}乡` : '乡';
    const t = node(`${ROOT_CODE}${code3(part)}`, `${townNames[i] ?? '石榴'}${suffix}`, 'town', kind, root);
    byCode.set(t.code, t);
    root.children.push(t);
    return t;
  });

  // Communities per town, specials first.
  const townCommunityCounts = allocate(
    rng,
    spec.communities,
    towns.map((t) => (t.kind === 'street' ? 1 : t.kind === 'town' ? 1.3 : 0.9)),
    3,
  );
  const plans: CommunityPlan[][] = towns.map((t, i) => {
    const n = townCommunityCounts[i] ?? 3;
    const specials: SpecialProfile[] =
      i === 0
        ? ['old-urban', 'urban']
        : t.kind === 'town' && towns.findIndex((x) => x.kind === 'town') === i
          ? ['relocation']
          : [];
    const communitiesWanted =
      t.kind === 'street' ? n : t.kind === 'town' ? Math.min(n, randInt(rng, 1, 3)) : Math.min(n, randInt(rng, 0, 1));
    const list: CommunityPlan[] = specials.map((s) => ({
      kind: 'community',
      special: s,
      name: SPECIALS[s].name,
      grids: SPECIALS[s].grids,
    }));
    for (let k = list.length; k < n; k++) {
      list.push({
        kind: k < Math.max(communitiesWanted, specials.length) ? 'community' : 'village',
        special: null,
        name: null,
        grids: 0,
      });
    }
    return list;
  });

  // Grids per ordinary community: at least one, urban communities weigh more.
  const ordinary = plans.flat().filter((p) => p.special === null);
  const fixedGrids = plans.flat().reduce((s, p) => s + p.grids, 0);
  const gridCounts = allocate(
    rng,
    spec.grids - fixedGrids,
    ordinary.map((p) => (p.kind === 'community' ? 3 : 1)),
    1,
  );
  ordinary.forEach((p, i) => (p.grids = gridCounts[i] ?? 1));

  towns.forEach((town, ti) => {
    const list = plans[ti] ?? [];
    const taken = new Set(list.flatMap((p) => (p.name ? [p.name] : [])));
    const names = siblingNames(rngFor(seed, town.code, 'names'), list.length, () => '', taken);
    let nextCommunity = 1;
    let nextVillage = 201;
    list.forEach((plan, ci) => {
      const part = plan.kind === 'community' ? nextCommunity++ : nextVillage++;
      const name = plan.name ?? `${names[ci] ?? '新村'}${plan.kind === 'community' ? '社区' : '村'}`;
      const c = node(`${town.code}${code3(part)}`, name, 'community', plan.kind, town);
      byCode.set(c.code, c);
      town.children.push(c);
      for (let g = 1; g <= plan.grids; g++) {
        const gridNode = node(`${c.code}${code3(g)}`, gridName(g), 'grid', null, c);
        byCode.set(gridNode.code, gridNode);
        c.children.push(gridNode);
      }
      populateCommunity(seed, c, plan, mixes[ti] ?? [], town.kind ?? 'town', grids);
    });
  });

  markWeakCommunities(rngFor(seed, size, 'weak'), towns, grids);
  markTinyGrids(rngFor(seed, size, 'tiny'), grids, spec.tinyGrids);
  assignPartTimeWorkers(rngFor(seed, size, 'workers'), grids);
  setRanges(root);
  return { root, byCode, grids };
}

/** Households, residents and ethnic counts for the grids of one community. */
function populateCommunity(
  seed: number,
  c: RegionNode,
  plan: CommunityPlan,
  mix: MinorityWeights,
  townKind: UnitKind,
  grids: GridProfile[],
): void {
  const rng = rngFor(seed, c.code, 'population');
  const special = plan.special ? SPECIALS[plan.special] : null;
  const urban = plan.kind === 'community';
  const profiles: GridProfile[] = c.children.map((gridNode, i) => {
    let households = randInt(rng, 300, 500);
    let residents = Math.round(households * randFloat(rng, 2.5, 3.5));
    if (special) {
      // Spread the seed figures evenly, the remainder on the first grid.
      const n = c.children.length;
      households = Math.floor(special.households / n) + (i === 0 ? special.households % n : 0);
      residents = Math.floor(special.residents / n) + (i === 0 ? special.residents % n : 0);
    }
    return {
      node: gridNode,
      index: grids.length + i,
      households,
      residents,
      ethnic: new Int32Array(DATASET_GROUPS.length),
      partTimeWorkers: 0,
      labourForce: 0,
      traits: gridTraits(rng, urban, plan.special),
    };
  });
  const residents = profiles.reduce((s, p) => s + p.residents, 0);
  const townShare = townKind === 'street' ? 0.16 : townKind === 'town' ? 0.38 : 0.68;
  const share = Math.min(0.95, Math.max(0.004, townShare * jitter(rng, 0.45)));
  // Villages hold a few groups; urban communities many, often with tiny counts.
  const k = special ? special.groups : urban ? randInt(rng, 5, 11) : randInt(rng, 2, 6);
  const groups = communityGroups(rng, mix, k);
  const minority = special ? special.minority : Math.round(residents * share);
  fillCommunityEthnic(rng, profiles, groups, minority, special !== null);
  for (const p of profiles)
    p.labourForce = Math.round(p.residents * (plan.special === 'relocation' ? 0.57 : urban ? 0.6 : 0.57));
  grids.push(...profiles);
}

/** About one community in 30 (at least two) resolves disputes noticeably worse. */
function markWeakCommunities(rng: Rng, towns: RegionNode[], grids: GridProfile[]): void {
  const communities = towns
    .flatMap((t) => t.children)
    .filter((c) => !Object.values(SPECIALS).some((s) => s.name === c.name));
  const count = Math.max(2, Math.round(communities.length / 30));
  const byCommunity = new Map<RegionNode, GridProfile[]>();
  for (const g of grids)
    if (g.node.parent) byCommunity.set(g.node.parent, [...(byCommunity.get(g.node.parent) ?? []), g]);
  for (const c of shuffle(rng, communities).slice(0, count)) weakenCommunity(rng, byCommunity.get(c) ?? []);
}

/** A few grids with under 50 residents (a new development, a remote hamlet): the small-unit rule. */
function markTinyGrids(rng: Rng, grids: GridProfile[], count: number): void {
  const candidates = grids.filter((g) => g.node.parent?.kind === 'village' && g.node.parent.children.length > 1);
  for (const g of shuffle(rng, candidates).slice(0, count)) {
    const minority = randInt(rng, 3, 12);
    g.households = randInt(rng, 9, 16);
    g.residents = randInt(rng, 28, 46);
    g.ethnic.fill(0);
    g.ethnic[0] = g.residents - minority;
    g.ethnic[1 + Math.floor(rng() * 3)] = minority;
    g.labourForce = Math.round(g.residents * 0.55);
  }
}

/** About 6.8 part-time workers per grid: 2,073 for the 304-grid county. */
function assignPartTimeWorkers(rng: Rng, grids: GridProfile[]): void {
  const total = Math.round((grids.length * 2073) / 304);
  const base = Math.floor(total / grids.length);
  for (const g of grids) g.partTimeWorkers = base;
  const order = shuffle(
    rng,
    grids.map((_, i) => i),
  );
  for (let i = 0; i < total - base * grids.length; i++) {
    const g = grids[order[i] ?? 0];
    if (g) g.partTimeWorkers++;
  }
}

/** Grid index ranges (grids were pushed depth-first). */
function setRanges(root: RegionNode): void {
  let next = 0;
  const visit = (n: RegionNode): void => {
    n.gridStart = next;
    if (n.level === 'grid') next++;
    else n.children.forEach(visit);
    n.gridEnd = next;
  };
  visit(root);
}
