// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { describeEachDatabase } from '../../testing/each-database';
import { importBoundaries } from './import-boundaries';
import { demoCodesCsv, demoDataset, demoGridCollection, writeDemoFiles } from './testing/demo-files';

const ds = demoDataset();
const config = loadConfig({});
let dir = '';
let files: { grids: string; codes: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shiliu-boundaries-'));
  files = writeDemoFiles(dir, ds);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachDatabase('boundaries import: the demo county from its grids and a code list', (t) => {
  it('dissolves communities, towns and the county from the grids and stores every region', async () => {
    const report = await importBoundaries(t().db, config, { file: files.grids, codes: files.codes });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.result).toBe('ok');
    const towns = ds.root.children.length;
    const communities = ds.root.children.reduce((a, town) => a + town.children.length, 0);
    expect(report.regions).toEqual({
      county: 1,
      town: towns,
      community: communities,
      grid: ds.tree.grids.length,
      building: 0,
      dissolved: 1 + towns + communities,
    });
    const db = t().db;
    const town = ds.root.children[0];
    if (!town) throw new Error('no town');
    const row = await db.selectFrom('region').selectAll().where('code', '=', town.code).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ level: 'town', parent_code: ds.root.code, name: town.name, county_code: ds.root.code });
    const boundary = await db
      .selectFrom('boundary')
      .select(['dissolved', 'west', 'east', 'area_m2'])
      .where('region_code', '=', ds.root.code)
      .executeTakeFirstOrThrow();
    expect(boundary.dissolved).toBe(true);
    expect(boundary.west).toBeGreaterThan(101);
    expect(boundary.east).toBeLessThan(104);
    expect(boundary.area_m2).toBeGreaterThan(1e8);
  });

  it("prepares the map layers: each region's children and every grid of the county", async () => {
    const db = t().db;
    const children = await db
      .selectFrom('boundary_layer')
      .select(['body', 'features', 'etag'])
      .where('parent_code', '=', ds.root.code)
      .where('layer', '=', 'children')
      .executeTakeFirstOrThrow();
    expect(children.features).toBe(ds.root.children.length);
    const body = JSON.parse(children.body) as { type: string; parent: string; features: { properties: unknown }[] };
    expect(body.type).toBe('FeatureCollection');
    expect(body.parent).toBe(ds.root.code);
    expect(body.features[0]?.properties).toMatchObject({ level: 'town' });
    expect(children.etag).toMatch(/^[0-9a-f]{64}$/);
    const grids = await db
      .selectFrom('boundary_layer')
      .select('features')
      .where('parent_code', '=', ds.root.code)
      .where('layer', '=', 'grid')
      .executeTakeFirstOrThrow();
    expect(grids.features).toBe(ds.tree.grids.length);
  });

  it('logs the import with its checksum, and a dry run writes nothing', async () => {
    const db = t().db;
    const before = await db.selectFrom('import_log').selectAll().orderBy('id').execute();
    expect(before.at(-1)).toMatchObject({
      kind: 'boundaries',
      file_name: 'grids.geojson',
      result: 'ok',
      rows: 1 + 8 + 60 + 304,
    });
    expect(before.at(-1)?.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    await db
      .deleteFrom('region')
      .where('level', '=', 'grid')
      .where('code', '=', ds.tree.grids[0]?.node.code ?? '')
      .execute();
    const report = await importBoundaries(db, config, { file: files.grids, codes: files.codes, dryRun: true });
    expect(report.result).toBe('dry-run');
    const gone = await db
      .selectFrom('region')
      .select('code')
      .where('code', '=', ds.tree.grids[0]?.node.code ?? '')
      .execute();
    expect(gone).toEqual([]);
    const last = await db.selectFrom('import_log').select('result').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.result).toBe('dry-run');
  });
});

describeEachDatabase('boundaries import: a refused file leaves the database as it was', (t) => {
  const countRegions = async (): Promise<number> =>
    (
      await t()
        .db.selectFrom('region')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    const town = ds.root.children[0];
    if (!town) throw new Error('no town');
    const path = join(dir, 'town.geojson');
    writeFileSync(path, JSON.stringify(demoGridCollection(ds, town)));
    const ok = await importBoundaries(t().db, config, { file: path, codes: files.codes });
    expect(ok.result).toBe('ok');
  }, 60_000);

  const refuse = async (name: string, content: string | object, message: RegExp, codes = true): Promise<void> => {
    const before = await countRegions();
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    const report = await importBoundaries(t().db, config, { file: path, codes: codes ? files.codes : undefined });
    expect(report.result).toBe('refused');
    expect(report.issues.map((i) => i.message).join('\n')).toMatch(message);
    expect(await countRegions()).toBe(before);
    const last = await t().db.selectFrom('import_log').select('result').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.result).toBe('refused');
  };

  const grids = (): {
    type: string;
    features: { properties: { code: string; name: string }; geometry: { coordinates: number[][][] } }[];
  } => JSON.parse(JSON.stringify(demoGridCollection(ds, ds.root.children[0]))) as never;

  it('malformed GeoJSON: names the place', async () => {
    const text = JSON.stringify(grids());
    await refuse('cut.geojson', text.slice(0, text.length / 2), /不是有效的 JSON（第 1 行第 \d+ 列附近）/);
    await refuse('not-geojson.geojson', { type: 'Topology', objects: {} }, /type 为“Topology”，应为 FeatureCollection/);
  });

  it('duplicate codes', async () => {
    const g = grids();
    const first = g.features[0];
    const second = g.features[1];
    if (!first || !second) throw new Error('too few grids');
    second.properties.code = first.properties.code;
    await refuse('dup.geojson', g, new RegExp(`要素 #2（编码 ${first.properties.code}）：编码与要素 #1 重复`));
  });

  it('code structure: segment out of range, wrong length', async () => {
    const g = grids();
    const f = g.features[0];
    const h = g.features[1];
    if (!f || !h) throw new Error('too few grids');
    f.properties.code = `${f.properties.code.slice(0, 6)}700${f.properties.code.slice(9)}`;
    h.properties.code = h.properties.code.slice(0, 14);
    await refuse('codes.geojson', g, /乡镇段“700”应在 001–599 之间[\s\S]*长度为 14 位/);
  });

  it('accepts real codes outside the neat ranges (towns 4xx/5xx, villages 598)', async () => {
    const g = grids();
    // One community's grids, renumbered into town 401 (a farm) and village 598 (virtual).
    const first = g.features[0]?.properties.code.slice(0, 12) ?? '-';
    g.features = g.features.filter((f) => f.properties.code.startsWith(first));
    for (const f of g.features)
      f.properties.code = `${f.properties.code.slice(0, 6)}401598${f.properties.code.slice(12)}`;
    const path = join(dir, 'farm.geojson');
    writeFileSync(path, JSON.stringify(g));
    const codes = join(dir, 'farm-codes.csv');
    writeFileSync(codes, `${demoCodesCsv(ds)}${ds.root.code}401,某某农场\r\n${ds.root.code}401598,某某虚拟社区\r\n`);
    const report = await importBoundaries(t().db, config, { file: path, codes, dryRun: true });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.result).toBe('dry-run');
  });

  it('lat/lng swapped, and projected coordinates without a CRS', async () => {
    const g = grids();
    for (const f of g.features)
      f.geometry.coordinates = f.geometry.coordinates.map((r) => r.map(([x = 0, y = 0]) => [y, x]));
    await refuse('swapped.geojson', g, /经纬度看起来颠倒了/);
    const p = grids();
    for (const f of p.features)
      f.geometry.coordinates = f.geometry.coordinates.map((r) => r.map(([x = 0, y = 0]) => [x * 100000, y * 100000]));
    await refuse('metres.geojson', p, /投影坐标（单位米[\s\S]*--crs EPSG:4543/);
  });

  it('a parent that must be dissolved but has no name', async () => {
    // Another county: no names for it in the database either.
    const g = grids();
    for (const f of g.features) f.properties.code = `532397${f.properties.code.slice(6)}`;
    await refuse(
      'no-codes.geojson',
      g,
      /编码 532397 的县\/区不在文件中，需要由下级合并生成，但没有它的名称：请用 --codes 提供代码表/,
      false,
    );
  });

  it('overlapping grids, and a grid outside its drawn community', async () => {
    const g = grids();
    const [a, b] = g.features;
    if (!a || !b) throw new Error('too few grids');
    b.geometry = JSON.parse(JSON.stringify(a.geometry)) as typeof b.geometry;
    await refuse('overlap.geojson', g, /下级边界互相重叠/);
    const c = grids();
    const grid = c.features[0];
    if (!grid) throw new Error('no grid');
    const community = { ...grid, properties: { code: grid.properties.code.slice(0, 12), name: '某社区' } };
    grid.geometry = {
      ...grid.geometry,
      coordinates: grid.geometry.coordinates.map((r) => r.map(([x = 0, y = 0]) => [x + 0.05, y])),
    };
    c.features.push(community as never);
    await refuse('outside.geojson', c, /在所属社区\/村 \d{12}（.*）之外/);
  });
});
