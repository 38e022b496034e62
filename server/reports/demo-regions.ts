import type { Insertable, Kysely } from 'kysely';
import type { Dataset } from '@mocks/generator/dataset';
import type { RegionNode } from '@mocks/generator/tree-types';
import type { RegionTable, Schema } from '../db/schema';

/**
 * The generator's region tree written into `region`, as a boundaries import would leave it
 * (codes, names, levels, parents; no geometry). The round-trip test and the bench use it so
 * the report import has its grids to check codes against.
 */
export async function writeDemoRegions(db: Kysely<Schema>, ds: Dataset): Promise<number> {
  const rows: Insertable<RegionTable>[] = [];
  const visit = (n: RegionNode): void => {
    rows.push({
      code: n.code,
      county_code: n.code.slice(0, 6),
      level: n.level,
      parent_code: n.parent?.code ?? null,
      name: n.name,
      short_name: n.name,
    });
    n.children.forEach(visit);
  };
  visit(ds.root);
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('region')
      .values(rows.slice(i, i + 2000))
      .execute();
  return rows.length;
}
