// @vitest-environment node
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { paths } from '@/api/endpoints';
import type { ChildMetric } from '@/api/indicators';
import { createHandlers } from './handlers';
import { AS_OF, county, SEED } from './test-fixtures';

const handlers = createHandlers({ size: 'county', seed: SEED, asOf: AS_OF });

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await getResponse(handlers, new Request(`http://localhost${path}`));
  if (!response) throw new Error(`unhandled: ${path}`);
  return { status: response.status, body: await response.json() };
}

const metric = (code: string, query: string) => get(`${paths.childMetric(code)}?${query}`);

describe('children-metric?level=grid (显示全部网格)', () => {
  const ds = county();
  const town = ds.root.children[0]!;

  it.each(['minorityShare', 'disputeResolutionRate', 'ethnic:03'])(
    'gives every grid below a town exactly what its community answers for it (%s)',
    async (id) => {
      const all = (await metric(town.code, `metric=${id}&level=grid`)).body as ChildMetric;
      const expected: ChildMetric['values'] = [];
      for (const community of town.children) {
        const row = (await metric(community.code, `metric=${id}`)).body as ChildMetric;
        expected.push(...row.values);
      }
      expect(all.values.length).toBeGreaterThan(town.children.length);
      expect(all.values).toEqual(expected);
    },
  );

  it('covers every grid of the county', async () => {
    const all = (await metric(ds.root.code, 'metric=minorityShare&level=grid')).body as ChildMetric;
    const boundaries = (await get(`${paths.boundaries(ds.root.code)}?level=grid`)).body as { features: unknown[] };
    expect(all.values).toHaveLength(boundaries.features.length);
  });

  it('rejects any other level', async () => {
    expect((await metric(town.code, 'metric=minorityShare&level=town')).status).toBe(400);
  });
});
