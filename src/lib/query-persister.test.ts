import { describe, expect, it } from 'vitest';
import { shouldPersistQuery } from './query-persister';

const q = (queryKey: unknown[], data: unknown) =>
  ({ queryKey, state: { data } }) as unknown as Parameters<typeof shouldPersistQuery>[0];

describe('shouldPersistQuery', () => {
  it('keeps statistics, the catalogue and regions that have data', () => {
    expect(shouldPersistQuery(q(['stats', 'summary', '532398', '2026-10'], { residents: 1 }))).toBe(true);
    expect(shouldPersistQuery(q(['meta'], {}))).toBe(true);
    expect(shouldPersistQuery(q(['region', '532398'], {}))).toBe(true);
    expect(shouldPersistQuery(q(['stats', 'summary'], undefined))).toBe(false);
  });

  it('keeps small boundary sets only, so localStorage is not filled with geometry', () => {
    const fc = (n: number) => ({ type: 'FeatureCollection', features: Array.from({ length: n }, () => ({})) });
    expect(shouldPersistQuery(q(['boundaries', '532398'], fc(12)))).toBe(true);
    expect(shouldPersistQuery(q(['boundaries', '532398', 'grid'], fc(5000)))).toBe(false);
    expect(shouldPersistQuery(q(['something-else'], {}))).toBe(false);
  });
});
