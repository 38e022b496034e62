// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Region } from '@/api/region';
import { gridParentNames, gridParentOf } from './grid-parents';

const town: Region = {
  code: '532398101',
  name: '团结镇人民政府',
  level: 'town',
  ancestors: [{ code: '532398', name: '石榴县', level: 'county' }],
  children: [
    { code: '532398101001', name: '红土田社区居民委员会', level: 'community' },
    { code: '532398101203', name: '狮高村民委员会', level: 'community', shortName: '狮高' },
  ],
  bbox: [102.31, 25.42, 102.47, 25.58],
};

describe('grid parents', () => {
  it('names a grid’s community and town by their display names, from the grid’s code', () => {
    const parents = gridParentNames([town]);
    expect(gridParentOf('532398101001002', parents)).toBe('红土田社区 · 团结镇');
    // The API's shortName wins over the derived short form.
    expect(gridParentOf('532398101203001', parents)).toBe('狮高 · 团结镇');
  });

  it('names nothing for a community it does not know, a non-grid code or without parents', () => {
    const parents = gridParentNames([town]);
    expect(gridParentOf('532398102001001', parents)).toBeNull();
    expect(gridParentOf('532398101001', parents)).toBeNull();
    expect(gridParentOf('532398101001002', null)).toBeNull();
    // Only towns carry communities.
    expect(gridParentNames([{ ...town, level: 'county', code: '532398' }]).size).toBe(0);
  });
});
