import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema';
import type { TemplateGrid } from './template-writer';

/** Every grid of the region tree with its community and town (official names), in code order. */
export async function gridsFromDatabase(db: Kysely<Schema>): Promise<TemplateGrid[]> {
  const rows = await db
    .selectFrom('region as g')
    .leftJoin('region as c', 'c.code', 'g.parent_code')
    .leftJoin('region as t', 't.code', 'c.parent_code')
    .select(['g.code as code', 'g.name as name', 'c.name as community', 't.name as town'])
    .where('g.level', '=', 'grid')
    .orderBy('g.code')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, community: r.community ?? '', town: r.town ?? '' }));
}
