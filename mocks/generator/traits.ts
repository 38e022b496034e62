import { jitter } from './population';
import type { Rng } from './prng';
import { randFloat, randInt } from './prng';
import type { GridTraits, SpecialProfile } from './tree-types';

/** The behaviour of one grid; weak communities are marked later (see markWeakCommunities). */
export function gridTraits(rng: Rng, urban: boolean, special: SpecialProfile | null): GridTraits {
  const traits: GridTraits = {
    urban,
    special,
    activity: jitter(rng, 0.25) * (urban ? 1.1 : 0.95),
    quality: randFloat(rng, 0.945, 0.99),
    gridShare: randFloat(rng, 0.6, 0.78),
    disputeRate: randFloat(rng, 0.6, 1.2) * (urban ? 1.1 : 1),
    employmentRate: randFloat(rng, 0.36, 0.56),
    split: urban ? [0.08, 0.3, 0.62] : [0.18, 0.45, 0.37],
    welfarePosts: urban ? randInt(rng, 2, 5) : randInt(rng, 4, 8),
    selfEmployed: urban ? randInt(rng, 8, 16) : randInt(rng, 4, 10),
    training: 1,
  };
  if (special === 'relocation') {
    // Seed: 851 in stable migrant work (91 / 432 / 328), 55 welfare posts, 37 self-employed, 820 trained.
    Object.assign(traits, {
      employmentRate: 851 / 1072,
      split: [91 / 851, 432 / 851, 328 / 851],
      welfarePosts: 55,
      selfEmployed: 37,
      training: 6,
      quality: 0.995,
      disputeRate: 0.3,
    });
  }
  if (special === 'old-urban') Object.assign(traits, { gridShare: 0.82, activity: traits.activity * 1.3 });
  return traits;
}

/** Makes a couple of communities weaker at resolving disputes, so the map is not uniform. */
export function weakenCommunity(rng: Rng, grids: readonly { traits: GridTraits }[]): void {
  const quality = randFloat(rng, 0.8, 0.87);
  const gridShare = randFloat(rng, 0.4, 0.5);
  for (const g of grids)
    Object.assign(g.traits, {
      quality: quality + randFloat(rng, -0.01, 0.01),
      gridShare,
      disputeRate: g.traits.disputeRate * 1.4,
    });
}
