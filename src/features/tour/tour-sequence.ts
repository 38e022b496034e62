/**
 * Pure tour order: the region itself (position -1, an overview with nothing highlighted),
 * then each child in the API's order, then around again.
 */
export const OVERVIEW = -1;

export function nextPosition(position: number, stepCount: number): number {
  if (stepCount <= 0) return OVERVIEW;
  return position + 1 >= stepCount ? OVERVIEW : Math.max(OVERVIEW, position) + 1;
}

/** The child code at a position, or null for the overview (or a position left over from a longer list). */
export function codeAt(steps: readonly string[], position: number): string | null {
  return position >= 0 && position < steps.length ? (steps[position] ?? null) : null;
}
