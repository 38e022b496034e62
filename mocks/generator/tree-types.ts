import type { Level } from '@/api/common';

/** Town-level and community-level kinds that decide the code range and the name suffix. */
export type UnitKind = 'street' | 'town' | 'township' | 'community' | 'village';

/** Seed-article communities reproduced in the demo (their sizes and shares are the source articles' figures). */
export type SpecialProfile = 'relocation' | 'urban' | 'old-urban';

/** One region of the tree. Grids are stored in depth-first order, so a region's grids are a contiguous range. */
export interface RegionNode {
  code: string;
  name: string;
  level: Level;
  kind: UnitKind | null;
  parent: RegionNode | null;
  children: RegionNode[];
  /** Grids below this region (a grid: itself) as the half-open range [gridStart, gridEnd) of dataset.grids. */
  gridStart: number;
  gridEnd: number;
}

/** Behaviour of one grid that the monthly generator turns into numbers. */
export interface GridTraits {
  urban: boolean;
  special: SpecialProfile | null;
  /** Multiplier on events and attendances (≈1). */
  activity: number;
  /** Base probability a registered dispute is resolved in its month (0.80–0.99). */
  quality: number;
  /** Share of resolved disputes resolved inside the grid. */
  gridShare: number;
  /** Disputes registered per 1,000 residents per month. */
  disputeRate: number;
  /** Employed (transferred employment) / labour force. */
  employmentRate: number;
  /** Split of the employed: out of province, in province outside the county, in county. */
  split: readonly [number, number, number];
  /** Public-welfare posts filled (people). */
  welfarePosts: number;
  /** Self-employed households. */
  selfEmployed: number;
  /** Multiplier on training sessions. */
  training: number;
}

/** Static data of one grid. */
export interface GridProfile {
  node: RegionNode;
  index: number;
  /** Households (户). */
  households: number;
  /** Residents (people) = sum of `ethnic`. */
  residents: number;
  /** Residents by group, indexed like DATASET_GROUPS (people). */
  ethnic: Int32Array;
  /** Part-time grid workers (people); every grid has one head and one full-time worker. */
  partTimeWorkers: number;
  /** People aged 16–60 able to work. */
  labourForce: number;
  traits: GridTraits;
}
