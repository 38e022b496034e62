// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { backgroundRect, backgroundUrl } from './snapshot-backgrounds';
import { fitText } from './snapshot-text';

/** One unit per character, as a monospaced font would measure. */
const measure = (s: string) => [...s].length;

describe('fitText', () => {
  it('keeps a line that fits', () => {
    expect(fitText('石榴县 · 2026年（截至12月1日）', 40, measure)).toBe('石榴县 · 2026年（截至12月1日）');
  });

  it('ends a line that does not fit in … within the width, as CSS does on screen', () => {
    const fitted = fitText('红土田社区居民委员会', 6, measure);
    expect(fitted).toBe('红土田社区…');
    expect(measure(fitted)).toBeLessThanOrEqual(6);
  });

  it('drops the space before the … and never splits a surrogate pair', () => {
    expect(fitText('ab cdef', 4, measure)).toBe('ab…');
    expect(fitText('𠀋𠀋𠀋𠀋', 3, measure)).toBe('𠀋𠀋…');
  });
});

describe('background images', () => {
  it('reads a same-origin url() and refuses gradients and other origins', () => {
    const base = 'http://127.0.0.1:4173/';
    expect(backgroundUrl('url("http://127.0.0.1:4173/favicon.svg")', base)).toBe('http://127.0.0.1:4173/favicon.svg');
    expect(backgroundUrl('linear-gradient(red, blue)', base)).toBeNull();
    expect(backgroundUrl('none', base)).toBeNull();
    expect(backgroundUrl('url("https://tiles.example/a.png")', base)).toBeNull();
  });

  it('places contain centred in its box', () => {
    expect(backgroundRect({ left: 0, top: 0, width: 40, height: 20 }, { width: 10, height: 10 }, 'contain')).toEqual({
      left: 10,
      top: 0,
      width: 20,
      height: 20,
    });
    expect(backgroundRect({ left: 5, top: 5, width: 10, height: 10 }, { width: 0, height: 0 }, 'contain')).toEqual({
      left: 5,
      top: 5,
      width: 10,
      height: 10,
    });
  });
});
