import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from './view-state';

describe('view state in the URL', () => {
  it('round-trips region, period, metric and mode', () => {
    const state = { region: '532398101', period: '2026-Q2', metric: 'ethnic:03', mode: 'screen' as const };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('ignores an unknown mode and caps hostile lengths', () => {
    const s = parseViewState(`?mode=evil&region=${'9'.repeat(500)}`);
    expect(s.mode).toBe('dashboard');
    expect(s.region).toHaveLength(64);
  });

  it('keeps 显示全部网格 as ?grids=all and only that value', () => {
    expect(serializeViewState({ region: '532398', period: null, metric: null, mode: 'dashboard', grids: true })).toBe(
      '?region=532398&grids=all',
    );
    expect(parseViewState('?grids=all').grids).toBe(true);
    expect(parseViewState('?grids=1').grids).toBeUndefined();
  });

  it('keeps natural breaks as ?classes=jenks and leaves the default quantile out', () => {
    const base = { region: null, period: null, metric: null, mode: 'dashboard' as const };
    expect(serializeViewState({ ...base, classes: 'jenks' })).toBe('?classes=jenks');
    expect(serializeViewState({ ...base, classes: 'quantile' })).toBe('');
    expect(parseViewState('?classes=jenks').classes).toBe('jenks');
    expect(parseViewState('?classes=evil').classes).toBeUndefined();
  });

  it('keeps the default view out of the URL', () => {
    expect(serializeViewState({ region: null, period: null, metric: null, mode: 'dashboard' })).toBe('');
  });
});
