/** Dataset sizes: `county` is the demo; the larger ones exist for benchmarks. */
export const SIZES = ['county', 'prefecture', 'province'] as const;
export type DatasetSize = (typeof SIZES)[number];

export interface SizeSpec {
  /** Town-level units by kind: streets (001–099), towns (100–199), townships (200–399). */
  streets: number;
  towns: number;
  townships: number;
  /** Communities and villages in total. */
  communities: number;
  /** Grids in total (exact). */
  grids: number;
  /** Grids with fewer than 50 residents, to exercise the small-unit rule. */
  tinyGrids: number;
  /** Mean radius of the root outline in km (grid area stays about the same across sizes). */
  radiusKm: number;
}

export const SIZE_SPECS: Record<DatasetSize, SizeSpec> = {
  // 304 grids, as in the seed county (304 grid heads, 304 full-time workers).
  county: { streets: 2, towns: 4, townships: 2, communities: 60, grids: 304, tinyGrids: 2, radiusKm: 21 },
  prefecture: { streets: 14, towns: 46, townships: 40, communities: 1000, grids: 5000, tinyGrids: 4, radiusKm: 85 },
  province: { streets: 60, towns: 100, townships: 190, communities: 10000, grids: 50000, tinyGrids: 10, radiusKm: 270 },
};

export function isDatasetSize(value: string): value is DatasetSize {
  return (SIZES as readonly string[]).includes(value);
}

/** The demo county's code (fictional, well-formed: 53 云南, 23 a prefecture, 98 unused county number). */
export const ROOT_CODE = '532398';
export const ROOT_NAME = '石榴县';
/** Centre of the root outline: central Yunnan. */
export const CENTRE: readonly [number, number] = [102.4, 25.5];
export const DEFAULT_SEED = 20240601;
