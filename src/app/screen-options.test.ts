import { describe, expect, it } from 'vitest';
import { readScreenOptions } from './screen-options';

describe('readScreenOptions', () => {
  it('uses the configured refresh and the defaults when the link says nothing', () => {
    expect(readScreenOptions('?mode=screen', true, 300_000)).toEqual({
      refreshMs: 300_000,
      dwellMs: 15_000,
      idleMs: 60_000,
      tour: true,
    });
  });

  it('reads seconds from the link in screen mode, bounded', () => {
    const o = readScreenOptions('?mode=screen&refresh=120&dwell=8&idle=30', true, 300_000);
    expect(o).toMatchObject({ refreshMs: 120_000, dwellMs: 8000, idleMs: 30_000 });
    expect(readScreenOptions('?refresh=0.01&dwell=99999&idle=-5', true, 1).refreshMs).toBe(250);
    expect(readScreenOptions('?dwell=99999', true, 1).dwellMs).toBe(3_600_000);
    expect(readScreenOptions('?idle=-5', true, 1).idleMs).toBe(200);
    expect(readScreenOptions('?refresh=abc', true, 42).refreshMs).toBe(42);
    expect(readScreenOptions('?tour=0', true, 1).tour).toBe(false);
  });

  it('ignores link settings and never tours outside screen mode', () => {
    expect(readScreenOptions('?refresh=5&dwell=1', false, 300_000)).toEqual({
      refreshMs: 300_000,
      dwellMs: 15_000,
      idleMs: 60_000,
      tour: false,
    });
  });
});
