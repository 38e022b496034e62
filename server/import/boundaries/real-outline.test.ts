// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BoundariesSchema } from '@/api/boundaries';
import { cutRealCounty } from '../../../tests/fixtures/real-outlines/real-county';
import { loadConfig } from '../../config';
import { loadRegionTree } from '../../facts/region-tree';
import { describeEachDatabase } from '../../testing/each-database';
import { importBoundaries } from './import-boundaries';

const cut = cutRealCounty();
const config = loadConfig({});
let dir = '';
let file = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shiliu-real-outline-'));
  file = join(dir, '双江.geojson');
  // As a GIS desk exports it: the county's published outline, its towns and communities, with
  // official names and, for the towns, a 简称 attribute.
  const features = [
    cut.county,
    ...cut.towns.features.map((f, i) => ({ ...f, properties: { ...f.properties, 简称: `${i + 1}镇` } })),
    ...[...cut.communities.values()].flatMap((fc) => fc.features),
  ].map((f) => ({ type: 'Feature', geometry: f.geometry, properties: f.properties }));
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('boundaries import: a real published county outline (双江, 530925)', (t) => {
  it('accepts the outline, its 17 towns and their communities, and serves every town', async () => {
    const report = await importBoundaries(t().db, config, { file });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.result).toBe('ok');
    const communities = [...cut.communities.values()].reduce((a, fc) => a + fc.features.length, 0);
    expect(report.regions).toMatchObject({ county: 1, town: 17, community: communities, dissolved: 0 });
    const layer = await t()
      .db.selectFrom('boundary_layer')
      .select(['body', 'features'])
      .where('parent_code', '=', '530925')
      .where('layer', '=', 'children')
      .executeTakeFirstOrThrow();
    expect(layer.features).toBe(17);
    const body = BoundariesSchema.parse(JSON.parse(layer.body));
    expect(body.features.map((f) => f.properties.code)).toEqual(cut.towns.features.map((f) => f.properties.code));
    // Official name for tooltips and tables, the file's 简称 beside it for the screen.
    expect(body.features[0]?.properties).toMatchObject({ name: '第1镇', shortName: '1镇', level: 'town' });
    const town = cut.towns.features[0]?.properties.code ?? '';
    const communityLayer = await t()
      .db.selectFrom('boundary_layer')
      .select(['body'])
      .where('parent_code', '=', town)
      .where('layer', '=', 'children')
      .executeTakeFirstOrThrow();
    const first = BoundariesSchema.parse(JSON.parse(communityLayer.body)).features[0]?.properties;
    expect(first).toMatchObject({ name: '第1社区居民委员会', shortName: '第1社区' });
    const row = await t()
      .db.selectFrom('region')
      .select(['name', 'short_name'])
      .where('code', '=', `${town}001`)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '第1社区居民委员会', short_name: '第1社区' });
    // The region tree the API answers from carries the display name beside the official one.
    const tree = await loadRegionTree(t().db);
    expect(tree.region(town)?.children[0]).toEqual({
      code: `${town}001`,
      name: '第1社区居民委员会',
      shortName: '第1社区',
      level: 'community',
    });
    expect(tree.region('530925')?.children[0]).toMatchObject({ name: '第1镇', shortName: '1镇' });
  });
});
