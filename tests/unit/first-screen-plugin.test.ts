import { describe, expect, it } from 'vitest';
import { apiOrigin, firstScreenTags } from '../../scripts/first-screen-plugin';

const chunk = (fileName: string, extra: Record<string, unknown> = {}) => ({
  type: 'chunk' as const,
  fileName,
  imports: [] as string[],
  ...extra,
});

/** The shape of a real build: entry → shared; panels → echarts; map with its CSS. */
const output = [
  chunk('assets/index.js', {
    isEntry: true,
    imports: ['assets/shared.js'],
    viteMetadata: { importedCss: new Set(['assets/index.css']) },
  }),
  chunk('assets/shared.js'),
  chunk('assets/panels.js', {
    facadeModuleId: '/repo/src/app/panels.ts',
    imports: ['assets/echarts.js', 'assets/shared.js'],
  }),
  chunk('assets/echarts.js'),
  chunk('assets/region-map.js', {
    facadeModuleId: '/repo/src/features/map/region-map.tsx',
    viteMetadata: { importedCss: new Set(['assets/region-map.css', 'assets/index.css']) },
  }),
  chunk('assets/presenter.js', { facadeModuleId: '/repo/src/features/presenter/presenter.tsx' }),
  { type: 'asset' as const },
];

const hrefs = (rel: string, tags: ReturnType<typeof firstScreenTags>) =>
  tags.filter((t) => t.attrs?.rel === rel).map((t) => t.attrs?.href);

describe('first-screen preloads', () => {
  it('preloads the lazy map and panel chunks with what they import, not the entry’s own or rare views', () => {
    const tags = firstScreenTags(output, { base: '/', apiOrigin: null, catalogPath: '/api/v1/meta' });
    expect(hrefs('modulepreload', tags)).toEqual(['/assets/panels.js', '/assets/echarts.js', '/assets/region-map.js']);
    expect(hrefs('preload', tags)).toEqual(['/assets/region-map.css']);
  });

  it('preloads the catalogue from a configured API, but not with a token or a bad URL', () => {
    const tags = firstScreenTags(output, {
      base: '/screen/',
      apiOrigin: apiOrigin({ VITE_API_BASE_URL: 'http://10.0.0.2:8787/base/' }),
      catalogPath: '/api/v1/meta',
    });
    expect(tags.at(-1)?.attrs).toEqual({
      rel: 'preload',
      as: 'fetch',
      crossorigin: 'anonymous',
      href: 'http://10.0.0.2:8787/api/v1/meta',
    });
    expect(hrefs('modulepreload', tags)[0]).toBe('/screen/assets/panels.js');
    expect(apiOrigin({ VITE_API_BASE_URL: 'http://10.0.0.2:8787', VITE_API_TOKEN: 'secret' })).toBeNull();
    expect(apiOrigin({ VITE_API_BASE_URL: 'javascript:alert(1)' })).toBeNull();
    expect(apiOrigin({})).toBeNull();
  });

  it('fails the build when a first-screen module no longer has a chunk of its own', () => {
    expect(() =>
      firstScreenTags(
        output.filter((o) => !('fileName' in o) || o.fileName !== 'assets/region-map.js'),
        { base: '/', apiOrigin: null, catalogPath: '/api/v1/meta' },
      ),
    ).toThrow(/region-map/);
  });
});
