import type { HttpHandler } from 'msw';
import type { BoundaryFeature } from '@/api/boundaries';
import type { RegionRef } from '@/api/region';
import { createAnswers } from '../../server/answers/answers';
import type { FactsSource, GridParent, RegionFacts } from '../../server/answers/facts-source';
import type { DatasetOptions } from '../generator/dataset';
import { getDataset } from '../generator/dataset';
import { generatorFacts } from '../generator-facts';
import { handlersFor } from '../handlers';

/**
 * The `official-names` scenario: the demo county as a real back end sends it — communities and
 * villages under their official names from the statistical division code list (月湖社区居民委员会,
 * 芦笙村民委员会) and no `shortName`, so the client must derive the display names itself
 * (src/lib/region-name.ts). Everything else is the healthy mock.
 */
export function officialName(name: string, level: RegionRef['level']): string {
  if (level !== 'community') return name;
  if (name.endsWith('社区')) return `${name}居民委员会`;
  if (name.endsWith('村')) return `${name.slice(0, -1)}村民委员会`;
  return name;
}

const ref = <T extends { name: string; level: RegionRef['level'] }>(r: T): T => ({
  ...r,
  name: officialName(r.name, r.level),
});

const feature = (f: BoundaryFeature): BoundaryFeature => ({ ...f, properties: ref(f.properties) });

/** The facts of `facts` with official community names. */
export function officialNamesFacts(facts: FactsSource): FactsSource {
  return {
    ...facts,
    region: async (code): Promise<RegionFacts | null> => {
      const r = await facts.region(code);
      return r && { ...ref(r), ancestors: r.ancestors.map(ref), children: r.children.map(ref) };
    },
    gridParents: async (code): Promise<GridParent[]> =>
      (await facts.gridParents(code)).map((g) => ({ parent: ref(g.parent), grids: g.grids.map(ref) })),
    boundaries: async (code, level) => (await facts.boundaries(code, level)).map(feature),
  };
}

export function createOfficialNamesHandlers(options: DatasetOptions = {}): HttpHandler[] {
  return handlersFor(createAnswers(officialNamesFacts(generatorFacts(() => getDataset(options)))));
}
