import { describe, expect, it } from 'vitest';
import { OVERVIEW, codeAt, nextPosition } from './tour-sequence';

describe('tour sequence', () => {
  it('goes overview → each child → overview', () => {
    const steps = ['a', 'b', 'c'];
    const seen: (string | null)[] = [];
    let p = OVERVIEW;
    for (let i = 0; i < 5; i++) {
      seen.push(codeAt(steps, p));
      p = nextPosition(p, steps.length);
    }
    expect(seen).toEqual([null, 'a', 'b', 'c', null]);
  });

  it('stays on the overview with no children and recovers from a position past a shorter list', () => {
    expect(nextPosition(OVERVIEW, 0)).toBe(OVERVIEW);
    expect(nextPosition(7, 3)).toBe(OVERVIEW);
    expect(codeAt(['a'], 4)).toBeNull();
  });
});
