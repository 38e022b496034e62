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

  it('keeps the default view out of the URL', () => {
    expect(serializeViewState({ region: null, period: null, metric: null, mode: 'dashboard' })).toBe('');
  });
});
