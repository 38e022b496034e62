import { createHash } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Dataset } from '../../mocks/generator/dataset';
import type { RegionNode } from '../../mocks/generator/tree-types';
import { createMockAnswers } from '../../mocks/handlers';
import { insertBatched } from '../db/batch';
import { generatorGridRows } from '../db/generator-facts';
import { rebuildRollups } from '../db/rollups';
import type { Schema } from '../db/schema';

/**
 * Writes a generated data set (the demo county, or the bench's prefecture and province) into a
 * migrated database the way an import leaves it: region tree, boundaries with their prepared
 * layers, grid-month facts and residents, rollups, settings and an import-log entry. For the
 * contract tests and the bench; a county's own data comes through `npm run import`.
 * Buildings are not written (the importer has no buildings either).
 */
export async function loadGenerated(db: Kysely<Schema>, ds: Dataset, options: { asOf: string }): Promise<void> {
  const answers = createMockAnswers({ size: ds.size, seed: ds.seed, asOf: options.asOf });
  const county = ds.root.code;
  const nodes: RegionNode[] = [];
  const visit = (n: RegionNode): void => {
    nodes.push(n);
    n.children.forEach(visit);
  };
  visit(ds.root);
  const regions: Insertable<Schema['region']>[] = nodes.map((n) => ({
    code: n.code,
    county_code: county,
    level: n.level,
    parent_code: n.parent?.code ?? null,
    name: n.name,
    short_name: n.name,
  }));
  const boundaries: Insertable<Schema['boundary']>[] = [];
  const layers: Insertable<Schema['boundary_layer']>[] = [];
  const layer = (parent: string, name: Insertable<Schema['boundary_layer']>['layer'], body: string) =>
    layers.push({
      county_code: county,
      parent_code: parent,
      layer: name,
      body,
      features: (JSON.parse(body) as { features: unknown[] }).features.length,
      etag: createHash('sha256').update(body).digest('hex'),
    });
  for (const n of nodes) {
    const region = await answers.region(n.code);
    const [west, south, east, north] = region.bbox;
    const geometry = { type: 'Polygon', coordinates: ds.geometry(n) };
    boundaries.push({
      region_code: n.code,
      county_code: county,
      level: n.level,
      geometry,
      display: geometry,
      west,
      south,
      east,
      north,
      area_m2: 0,
      vertices: 0,
    });
    if (n.level === 'grid') continue;
    layer(n.code, 'children', JSON.stringify(await answers.boundaries(n.code, null)));
    for (const level of ['town', 'community', 'grid'] as const) {
      // ?level= at or below the region's own level (a community's `community` layer is itself).
      if (['county', 'town', 'community', 'grid'].indexOf(level) < ['county', 'town', 'community'].indexOf(n.level)) {
        continue;
      }
      layer(n.code, level, JSON.stringify(await answers.boundaries(n.code, level)));
    }
  }
  await db.transaction().execute(async (trx) => {
    await insertBatched(trx, 'region', regions);
    await insertBatched(trx, 'boundary', boundaries);
    await insertBatched(trx, 'boundary_layer', layers);
    for (let i = 0; i < ds.tree.grids.length; i += 2000) {
      const rows = ds.tree.grids.slice(i, i + 2000).map((g) => generatorGridRows(ds, g));
      await insertBatched(
        trx,
        'grid_month',
        rows.flatMap((r) => r.facts),
      );
      await insertBatched(
        trx,
        'grid_month_residents',
        rows.flatMap((r) => r.residents),
      );
    }
    await rebuildRollups(trx, { countyCodes: [county] });
    const meta = await answers.meta();
    await trx
      .insertInto('dataset_setting')
      .values([
        { key: 'dataset_name', value: JSON.stringify(meta.datasetName) },
        { key: 'demo', value: 'true' },
        { key: 'last_month_days', value: String(meta.lastMonthDays) },
      ])
      .execute();
    await trx
      .insertInto('import_log')
      .values({
        kind: 'reports',
        file_name: `generated-${ds.size}-${ds.seed}`,
        file_sha256: '0'.repeat(64),
        file_bytes: 0,
        started_at: new Date(meta.lastUpdated),
        finished_at: new Date(meta.lastUpdated),
        rows: ds.tree.grids.length * ds.months,
        result: 'ok',
      })
      .execute();
  });
}
