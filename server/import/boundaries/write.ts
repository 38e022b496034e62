import type { Kysely } from 'kysely';
import { shortRegionName } from '@/lib/region-name';
import { insertBatched } from '../../db/batch';
import type { Schema } from '../../db/schema';
import type { PreparedBoundary } from './prepare';
import { prepareLayers } from './prepare';

/** Rows per statement for geometry tables (their JSON is large). */
const GEOMETRY_CHUNK = 500;

/**
 * Replaces the counties' region trees, boundaries and prepared layers in ONE transaction:
 * either all of the file is in the database afterwards, or (error, crash, kill -9) none of it
 * and the previous data is untouched. `onProgress` reports each step for the terminal.
 */
export async function writeBoundaries(
  db: Kysely<Schema>,
  prepared: readonly PreparedBoundary[],
  importId: number,
  onProgress: (step: string) => void = () => {},
): Promise<{ regions: number; layers: number }> {
  const counties = [...new Set(prepared.map((p) => p.region.code.slice(0, 6)))];
  return db.transaction().execute(async (trx) => {
    onProgress(`删除 ${counties.join('、')} 的旧边界`);
    await trx.deleteFrom('boundary_layer').where('county_code', 'in', counties).execute();
    await trx.deleteFrom('boundary').where('county_code', 'in', counties).execute();
    await trx.deleteFrom('region').where('county_code', 'in', counties).execute();

    onProgress(`写入 ${prepared.length} 个区域`);
    // Parents first (sorted by code length): the parent_code reference is checked per statement.
    await insertBatched(
      trx,
      'region',
      prepared.map(({ region: r }) => ({
        code: r.code,
        county_code: r.code.slice(0, 6),
        level: r.level,
        parent_code: r.parent,
        name: r.name,
        short_name: r.shortName ?? shortRegionName(r.name),
      })),
    );
    for (let i = 0; i < prepared.length; i += GEOMETRY_CHUNK) {
      const chunk = prepared.slice(i, i + GEOMETRY_CHUNK);
      await insertBatched(
        trx,
        'boundary',
        chunk.map((p) => ({
          region_code: p.region.code,
          county_code: p.region.code.slice(0, 6),
          level: p.region.level,
          geometry: p.region.geometry,
          display: p.display,
          west: p.bbox[0],
          south: p.bbox[1],
          east: p.bbox[2],
          north: p.bbox[3],
          area_m2: p.areaM2,
          vertices: p.vertices,
          dissolved: p.region.dissolved,
          import_id: importId,
        })),
      );
      onProgress(`写入边界 ${Math.min(i + GEOMETRY_CHUNK, prepared.length)}/${prepared.length}`);
    }
    let layers = 0;
    for (const layer of prepareLayers(prepared)) {
      await trx
        .insertInto('boundary_layer')
        .values({
          county_code: layer.countyCode,
          parent_code: layer.parentCode,
          layer: layer.layer,
          body: layer.body,
          features: layer.features,
          etag: layer.etag,
          import_id: importId,
        })
        .execute();
      layers++;
    }
    onProgress(`写入 ${layers} 个预生成图层`);
    return { regions: prepared.length, layers };
  });
}
