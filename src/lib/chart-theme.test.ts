import { afterEach, describe, expect, it } from 'vitest';
import { chartFontSizes, defaultChartTheme, readChartTheme } from './chart-theme';

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('style');
});

describe('chart theme', () => {
  it('reads the mode, the CSS colours and the root font size from the document', () => {
    const root = document.documentElement;
    root.dataset.theme = 'light';
    root.style.fontSize = '32px';
    root.style.setProperty('--text', '#111111');
    const theme = readChartTheme();
    expect(theme.mode).toBe('light');
    expect(theme.rem).toBe(32);
    expect(theme.text).toBe('#111111');
    expect(chartFontSizes(theme)).toEqual({ xs: 24, sm: 28, md: 32 });
  });

  it('falls back to the dark tokens and 16px', () => {
    const theme = readChartTheme();
    expect(theme.mode).toBe('dark');
    expect(theme.text).toBe(defaultChartTheme('dark').text);
  });

  it('has a palette of 7 distinct colours and a sequential scale getting darker', () => {
    for (const mode of ['dark', 'light'] as const) {
      const t = defaultChartTheme(mode);
      expect(new Set(t.palette).size).toBe(7);
      const lightness = t.sequential.map((hex) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      });
      expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
    }
  });
});
