import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Theme } from '@/lib/theme';
import { buildingStyle, featureStyle } from './feature-style';
import { contrastRatio, LABEL_CONTRAST, labelInk } from './label-ink';
import { MAP_COLORS, sequentialColors } from './palettes';

const THEMES: Theme[] = ['dark', 'light'];
/** Not a string: what a canvas hatch pattern looks like to featureStyle's caller. */
const HATCH = {} as unknown as string;

describe('contrastRatio', () => {
  it('is WCAG 2’s ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('rgb(0, 88, 176)', '#ffffff')).toBeCloseTo(contrastRatio('#0058b0', '#ffffff'), 5);
  });
});

describe('labelInk', () => {
  for (const theme of THEMES) {
    const colors = MAP_COLORS[theme];
    it(`every class colour of every class count reads at AA in the ${theme} theme`, () => {
      const failures: string[] = [];
      for (let k = 1; k <= 9; k++)
        for (const fill of sequentialColors(theme, k)) {
          const ink = labelInk(
            featureStyle({ kind: 'class', classIndex: 0, value: 1, color: fill, unreliable: false }, colors, HATCH),
            colors,
          );
          const ratio = contrastRatio(ink.color, ink.halo);
          if (ratio < LABEL_CONTRAST) failures.push(`${fill}: ${ink.color} on ${ink.halo} ${ratio.toFixed(2)}`);
        }
      expect(failures).toEqual([]);
    });

    it(`withheld, no-data, loading children and buildings read at AA in the ${theme} theme`, () => {
      const styles = [
        featureStyle({ kind: 'suppressed', reason: 'small-unit' }, colors, HATCH),
        featureStyle({ kind: 'suppressed', reason: 'small-unit' }, colors, colors.suppressedGround),
        featureStyle({ kind: 'no-data' }, colors, HATCH),
        featureStyle(undefined, colors, HATCH),
        buildingStyle(colors),
      ];
      for (const style of styles) {
        const ink = labelInk(style, colors);
        expect(contrastRatio(ink.color, ink.halo)).toBeGreaterThanOrEqual(LABEL_CONTRAST);
      }
    });
  }

  it('keeps the theme’s text colour where it reads, and switches where it does not', () => {
    const navy = featureStyle(
      { kind: 'class', classIndex: 7, value: 1, color: '#081d58', unreliable: false },
      MAP_COLORS.light,
      HATCH,
    );
    const pale = featureStyle(
      { kind: 'class', classIndex: 0, value: 1, color: '#edf8b1', unreliable: false },
      MAP_COLORS.light,
      HATCH,
    );
    // The light theme's dark text on its navy top class was ~1.3:1 (龙潭镇, 丰收乡).
    expect(contrastRatio(MAP_COLORS.light.label, labelInk(navy, MAP_COLORS.light).halo)).toBeLessThan(2);
    expect(labelInk(navy, MAP_COLORS.light).color).toBe('#ffffff');
    expect(labelInk(pale, MAP_COLORS.light).color).toBe(MAP_COLORS.light.label);
    const yellow = featureStyle(
      { kind: 'class', classIndex: 7, value: 1, color: '#fde725', unreliable: false },
      MAP_COLORS.dark,
      HATCH,
    );
    expect(labelInk(yellow, MAP_COLORS.dark).color).toBe('#000000');
  });

  it('halo is the fill as the canvas paints it over the map ground', () => {
    const style = { fillColor: '#000000', fillOpacity: 0.5 };
    expect(labelInk(style, { ...MAP_COLORS.light, ground: '#ffffff' }).halo).toBe('#808080');
  });
});

describe('map colours mirror theme.css', () => {
  const css = readFileSync(join(import.meta.dirname, '../../app/theme.css'), 'utf8');
  const block = (selector: string) => css.slice(css.indexOf(selector), css.indexOf('}', css.indexOf(selector)));
  const token = (text: string, name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1];
  it.for([
    { theme: 'dark' as const, selector: ':root {' },
    { theme: 'light' as const, selector: ":root[data-theme='light']" },
  ])('$theme: ground is --map-bg and label is --text', ({ theme, selector }) => {
    const text = block(selector);
    expect(MAP_COLORS[theme].ground).toBe(token(text, '--map-bg'));
    expect(MAP_COLORS[theme].label).toBe(token(text, '--text'));
  });
});
