// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import gcoord from 'gcoord';
import proj4 from 'proj4';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import type { TestDatabase } from '../../testing/test-databases';
import { createTestDatabase } from '../../testing/test-databases';
import { importBoundaries } from './import-boundaries';
import { demoCodesCsv, demoDataset, demoGridCollection } from './testing/demo-files';
import { PRJ_CGCS2000_GK_CM_102E, writeDbf, writeShp } from './testing/write-shapefile';

// File formats and coordinate systems; the database side is covered on both engines in
// import-boundaries.test.ts, so one embedded database is enough here.
const ds = demoDataset();
const town = ds.root.children[0];
if (!town) throw new Error('no town');
const config = loadConfig({});
let dir = '';
let codes = '';
let t: TestDatabase;

type Collection = {
  features: { properties: { code: string; name: string }; geometry: { type: string; coordinates: number[][][] } }[];
};
const wgs = (): Collection => JSON.parse(JSON.stringify(demoGridCollection(ds, town))) as Collection;
const GK = proj4('WGS84', '+proj=tmerc +lat_0=0 +lon_0=102 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shiliu-formats-'));
  codes = join(dir, 'codes.csv');
  writeFileSync(codes, demoCodesCsv(ds));
  t = await createTestDatabase('pglite');
  const baseline = join(dir, 'wgs.geojson');
  writeFileSync(baseline, JSON.stringify(wgs()));
  expect((await importBoundaries(t.db, config, { file: baseline, codes })).result).toBe('ok');
}, 60_000);
afterAll(async () => {
  await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function bboxOf(code: string): Promise<number[]> {
  const b = await t.db
    .selectFrom('boundary')
    .select(['west', 'south', 'east', 'north'])
    .where('region_code', '=', code)
    .executeTakeFirstOrThrow();
  return [b.west, b.south, b.east, b.north];
}

async function expectSameAsWgs(file: string, crs?: string): Promise<void> {
  const before = await bboxOf(town?.code ?? '');
  const report = await importBoundaries(t.db, config, { file, codes, crs });
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(report.result).toBe('ok');
  const after = await bboxOf(town?.code ?? '');
  after.forEach((v, i) => expect(Math.abs(v - (before[i] ?? 0))).toBeLessThan(2e-5));
}

it('GeoJSON in GCJ-02 (--crs gcj02) lands where the WGS-84 original is', async () => {
  const g = wgs();
  for (const f of g.features)
    f.geometry.coordinates = f.geometry.coordinates.map((r) =>
      r.map((p) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.GCJ02) as number[]),
    );
  const file = join(dir, 'gcj.geojson');
  writeFileSync(file, JSON.stringify(g));
  await expectSameAsWgs(file, 'gcj02');
});

it('GeoJSON in CGCS2000 Gauss–Krüger metres (--crs EPSG:4543)', async () => {
  const g = wgs();
  for (const f of g.features) f.geometry.coordinates = f.geometry.coordinates.map((r) => r.map((p) => GK.forward(p)));
  const file = join(dir, 'gk.geojson');
  writeFileSync(file, JSON.stringify(g));
  await expectSameAsWgs(file, 'EPSG:4543');
});

function shapefileParts(encoding: 'gbk' | 'utf-8', markGbk: boolean): { shp: Buffer; dbf: Buffer } {
  const g = wgs();
  const rings = g.features.map((f) => (f.geometry.coordinates[0] ?? []).map((p) => GK.forward(p) as [number, number]));
  const dbf = writeDbf(
    ['编码', '名称'],
    g.features.map((f) => [f.properties.code, f.properties.name]),
    encoding,
    markGbk,
  );
  return { shp: writeShp(rings), dbf };
}

it('zipped Shapefile: GBK .dbf without .cpg, Chinese attribute names, Gauss–Krüger from the .prj', async () => {
  const { shp, dbf } = shapefileParts('gbk', false);
  const file = join(dir, '网格.zip');
  writeFileSync(
    file,
    zipSync({ '网格/网格.shp': shp, '网格/网格.dbf': dbf, '网格/网格.prj': Buffer.from(PRJ_CGCS2000_GK_CM_102E) }),
  );
  await expectSameAsWgs(file);
  const grid = ds.gridsOf(town)[0];
  const row = await t.db
    .selectFrom('region')
    .select('name')
    .where('code', '=', grid?.node.code ?? '')
    .executeTakeFirstOrThrow();
  expect(row.name).toBe(grid?.node.name);
});

it('zipped Shapefile: UTF-8 .dbf declared by its .cpg', async () => {
  const { shp, dbf } = shapefileParts('utf-8', false);
  const file = join(dir, 'utf8.zip');
  writeFileSync(
    file,
    zipSync({
      'a.shp': shp,
      'a.dbf': dbf,
      'a.cpg': Buffer.from('UTF-8'),
      'a.prj': Buffer.from(PRJ_CGCS2000_GK_CM_102E),
    }),
  );
  await expectSameAsWgs(file);
});

it('refuses a zip bomb, a file that is not a zip, and an unknown --crs, writing nothing', async () => {
  const count = async (): Promise<number> =>
    (
      await t.db
        .selectFrom('region')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const before = await count();
  const bomb = join(dir, 'bomb.zip');
  writeFileSync(
    bomb,
    zipSync({ 'a.shp': new Uint8Array(40 * 1024 * 1024), 'a.dbf': new Uint8Array(10) }, { level: 9 }),
  );
  const r1 = await importBoundaries(t.db, config, { file: bomb });
  expect(r1.result).toBe('refused');
  expect(r1.issues[0]?.message).toMatch(/疑似压缩炸弹，拒绝读取/);
  const fake = join(dir, 'fake.zip');
  writeFileSync(fake, 'this is not a zip');
  const r2 = await importBoundaries(t.db, config, { file: fake });
  expect(r2.issues[0]?.message).toMatch(/不是有效的 zip 压缩包/);
  const r3 = await importBoundaries(t.db, config, { file: join(dir, 'wgs.geojson'), codes, crs: 'EPSG:3857' });
  expect(r3.issues[0]?.message).toMatch(/--crs “EPSG:3857” 无法识别/);
  expect(await count()).toBe(before);
});
