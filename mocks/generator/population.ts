import { DATASET_GROUPS, MINORITY_WEIGHTS } from './ethnic-groups';
import type { Rng } from './prng';
import { binomial, normal, randFloat } from './prng';

/** Relative weight of each minority (index i ↔ DATASET_GROUPS[i + 1]). */
export type MinorityWeights = number[];

/** A town's mix: the Yunnan-wide weights with one dominant and one secondary group boosted. */
export function townWeights(rng: Rng): MinorityWeights {
  const weights = MINORITY_WEIGHTS.map(([, w]) => w);
  const dominant = Math.floor(rng() * 8);
  const second = Math.floor(rng() * 10);
  weights[dominant] = (weights[dominant] ?? 1) * 6;
  weights[second] = (weights[second] ?? 1) * 2;
  return weights;
}

/** Index (into MINORITY_WEIGHTS) of the largest weight. */
export function dominantMinority(weights: MinorityWeights): number {
  let best = 0;
  weights.forEach((w, i) => {
    if (w > (weights[best] ?? 0)) best = i;
  });
  return best;
}

/** Picks `k` distinct minority indices, weighted, and gives each a probability (summing to 1). */
export function communityGroups(rng: Rng, weights: MinorityWeights, k: number): { index: number; p: number }[] {
  const pool = weights.map((w, index) => ({ index, w }));
  const picked: { index: number; p: number }[] = [];
  while (picked.length < k && pool.length > 0) {
    const total = pool.reduce((s, x) => s + x.w, 0);
    let r = rng() * total;
    let j = 0;
    for (; j < pool.length - 1; j++) {
      r -= pool[j]?.w ?? 0;
      if (r <= 0) break;
    }
    const [chosen] = pool.splice(j, 1);
    if (chosen) picked.push({ index: chosen.index, p: chosen.w * randFloat(rng, 0.5, 1.5) });
  }
  const sum = picked.reduce((s, x) => s + x.p, 0);
  return picked.map((x) => ({ index: x.index, p: x.p / sum }));
}

/** Splits `n` people into bins with probabilities `p` (sequential binomials; exact total). */
export function multinomial(rng: Rng, n: number, p: readonly number[]): number[] {
  const out = p.map(() => 0);
  let left = n;
  let mass = 1;
  for (let i = 0; i < p.length && left > 0; i++) {
    const pi = p[i] ?? 0;
    const draw = i === p.length - 1 ? left : binomial(rng, left, mass > 0 ? Math.min(1, pi / mass) : 0);
    out[i] = draw;
    left -= draw;
    mass -= pi;
  }
  return out;
}

/** A multiplicative log-normal jitter. */
export function jitter(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng));
}

/**
 * Fills the ethnic counts of a community's grids: `minority` people (exact) spread over the
 * grids in proportion to residents and over the community's groups; 汉 takes the rest.
 * `atLeastOne` places one person of every group first (the seed's "123 people of 10 groups").
 */
export function fillCommunityEthnic(
  rng: Rng,
  grids: { residents: number; ethnic: Int32Array }[],
  groups: { index: number; p: number }[],
  minority: number,
  atLeastOne = false,
): void {
  const residents = grids.map((g) => g.residents);
  const total = residents.reduce((s, r) => s + r, 0);
  let left = Math.min(minority, total);
  if (atLeastOne) {
    for (const g of groups) {
      const host = grids[Math.floor(rng() * grids.length)];
      if (!host || left <= 0) break;
      host.ethnic[g.index + 1] = (host.ethnic[g.index + 1] ?? 0) + 1;
      left--;
    }
  }
  const perGrid = multinomial(
    rng,
    left,
    residents.map((r) => r / Math.max(1, total)),
  );
  const perGroupProbs = groups.map((g) => g.p);
  grids.forEach((grid, i) => {
    const counts = multinomial(rng, perGrid[i] ?? 0, perGroupProbs);
    groups.forEach((g, j) => {
      grid.ethnic[g.index + 1] = (grid.ethnic[g.index + 1] ?? 0) + (counts[j] ?? 0);
    });
  });
  for (const grid of grids) {
    let minoritySum = 0;
    for (let i = 1; i < DATASET_GROUPS.length; i++) minoritySum += grid.ethnic[i] ?? 0;
    if (minoritySum > grid.residents) grid.residents = minoritySum;
    grid.ethnic[0] = grid.residents - minoritySum;
  }
}
