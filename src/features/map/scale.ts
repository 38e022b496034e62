/**
 * Above this many polygons the map draws vector tiles cut in a worker instead of one canvas
 * path per feature. bench/pan-zoom.ts measures both sides of it (plain canvas holds
 * ~5k at a 49 ms worst pan frame and not 20k).
 */
export const TILE_THRESHOLD = 2_000;

/** Above this many features, names are not placed (re-projecting every anchor per move costs more than it shows). */
export const LABEL_LIMIT = 2_000;
