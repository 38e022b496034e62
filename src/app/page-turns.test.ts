import { describe, expect, it } from 'vitest';
import { nextPageTop } from './page-turns';

// A one-column page 2,000 px tall in a 768 px window: header, key figures, map, ranking, panels.
const blocks = [
  { top: 0, bottom: 80 },
  { top: 92, bottom: 280 },
  { top: 292, bottom: 700 },
  { top: 712, bottom: 980 },
  { top: 992, bottom: 1400 },
  { top: 1412, bottom: 2000 },
];
const max = 2000 - 768;

describe('nextPageTop', () => {
  it('starts the next page at the first block the window cuts, with the gap above it', () => {
    expect(nextPageTop(blocks, 0, 768, max, 12)).toBe(700);
    expect(nextPageTop(blocks, 0, 768, max, 0)).toBe(712);
  });

  it('ends at the bottom of the page, then goes back to the top', () => {
    expect(nextPageTop(blocks, 700, 768, max, 12)).toBe(max);
    expect(nextPageTop(blocks, max, 768, max, 12)).toBe(0);
  });

  it('moves past a block taller than the window instead of staying on it', () => {
    const tall = [
      { top: 0, bottom: 80 },
      { top: 92, bottom: 1000 },
      { top: 1012, bottom: 1500 },
    ];
    expect(nextPageTop(tall, 0, 768, 1500 - 768, 12)).toBe(80);
    expect(nextPageTop(tall, 80, 768, 1500 - 768, 12)).toBe(1500 - 768);
  });

  it('does nothing on a page that fits its window', () => {
    expect(nextPageTop(blocks.slice(0, 2), 0, 768, 0, 12)).toBe(0);
  });
});
