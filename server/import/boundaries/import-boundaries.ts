import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Kysely } from 'kysely';
import type { ServerConfig } from '../../config';
import { migrateToLatest } from '../../db/migrate';
import type { Schema } from '../../db/schema';
import { readCodeList } from './code-list';
import type { Crs } from './crs';
import { crsFromDeclaration, crsFromOption, WGS84 } from './crs';
import { featuresToDrafts } from './features';
import { prepareBoundary } from './prepare';
import { readGeoJson } from './read-geojson';
import { buildTree } from './tree';
import type { BoundaryIssue, BoundarySource } from './types';
import { BoundaryFileError } from './types';
import { writeBoundaries } from './write';

export interface BoundaryImportOptions {
  file: string;
  crs?: string;
  codeField?: string;
  nameField?: string;
  codes?: string;
  dryRun?: boolean;
  onProgress?: (step: string) => void;
}

export interface BoundaryImportReport {
  result: 'ok' | 'refused' | 'dry-run';
  file: string;
  crs: string | null;
  features: number;
  regions: { county: number; town: number; community: number; grid: number; building: number; dissolved: number };
  issues: BoundaryIssue[];
  importId: number | null;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readSource(path: string, config: ServerConfig): Promise<BoundarySource> {
  const ext = extname(path).toLowerCase();
  if (ext === '.geojson' || ext === '.json') return readGeoJson(path, config.maxImportBytes, config.maxFeatures);
  if (ext === '.zip' || ext === '.shp') {
    const { readShapefile } = await import('./read-shapefile');
    return readShapefile(path, config);
  }
  throw new BoundaryFileError(
    `不支持的文件类型“${ext || basename(path)}”：应为 .geojson/.json，或 Shapefile（.zip 压缩包或 .shp）`,
  );
}

function resolveCrs(option: string | undefined, source: BoundarySource): { crs: Crs; declared: boolean } {
  if (option) return { crs: crsFromOption(option), declared: true };
  if (source.declaredCrs) {
    const crs = crsFromDeclaration(source.declaredCrs);
    if (!crs) {
      throw new BoundaryFileError(
        `无法识别文件声明的坐标系（${source.declaredCrs.slice(0, 80)}…）：请用 --crs 指定（wgs84、gcj02、cgcs2000 或 EPSG:4513–4554）`,
      );
    }
    return { crs, declared: true };
  }
  return { crs: WGS84, declared: false };
}

/**
 * `npm run import -- boundaries`: reads, checks, repairs, dissolves and writes one boundary
 * file. Any error → nothing written ('refused'); `dryRun` → checks only. Each run is logged in
 * import_log (outside the data transaction, so refused and killed runs are logged too).
 */
export async function importBoundaries(
  db: Kysely<Schema>,
  config: ServerConfig,
  o: BoundaryImportOptions,
): Promise<BoundaryImportReport> {
  const progress = o.onProgress ?? (() => {});
  await migrateToLatest(db);
  const file = basename(o.file);
  const bytes = (await stat(o.file)).size;
  const log = await db
    .insertInto('import_log')
    .values({
      kind: 'boundaries',
      file_name: file,
      file_sha256: await sha256(o.file),
      file_bytes: bytes,
      result: 'running',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const report: BoundaryImportReport = {
    result: 'refused',
    file,
    crs: null,
    features: 0,
    regions: { county: 0, town: 0, community: 0, grid: 0, building: 0, dissolved: 0 },
    issues: [],
    importId: log.id,
  };
  const finish = async (
    result: 'ok' | 'refused' | 'failed' | 'dry-run',
    rows: number,
    message: string,
  ): Promise<void> => {
    await db
      .updateTable('import_log')
      .set({
        result,
        rows,
        message,
        finished_at: new Date(),
        details: { crs: report.crs, regions: report.regions, issues: report.issues.slice(0, 500) },
      })
      .where('id', '=', log.id)
      .execute();
  };
  try {
    progress(`读取 ${file}`);
    const source = await readSource(o.file, config);
    report.features = source.features.length;
    const { crs, declared } = resolveCrs(o.crs, source);
    report.crs = crs.label;
    const codes = o.codes ? await readCodeList(o.codes) : new Map();
    progress(`检查 ${source.features.length} 个要素（坐标系 ${crs.label}）`);
    const { drafts, issues } = featuresToDrafts(source, {
      codeField: o.codeField,
      nameField: o.nameField,
      crs,
      crsDeclared: declared,
    });
    report.issues.push(...issues);
    const known = new Map(
      (await db.selectFrom('region').select(['code', 'name']).execute()).map((r) => [r.code, r.name]),
    );
    progress('合并上级边界，检查空隙与重叠');
    const tree = buildTree(drafts, { codes, known });
    report.issues.push(...tree.issues);
    for (const r of tree.regions) {
      report.regions[r.level]++;
      if (r.dissolved) report.regions.dissolved++;
    }
    const errors = report.issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) {
      await finish('refused', 0, `发现 ${errors} 处错误，未导入任何数据`);
      return report;
    }
    if (o.dryRun) {
      report.result = 'dry-run';
      await finish('dry-run', 0, `试运行：检查通过，${tree.regions.length} 个区域，未写入`);
      return report;
    }
    progress('简化边界、生成图层');
    const prepared = tree.regions.map(prepareBoundary);
    const written = await writeBoundaries(db, prepared, log.id, progress);
    report.result = 'ok';
    await finish('ok', written.regions, `导入 ${written.regions} 个区域、${written.layers} 个图层`);
    return report;
  } catch (err) {
    if (err instanceof BoundaryFileError) {
      report.issues.push({ severity: 'error', check: 'file', message: err.message });
      await finish('refused', 0, err.message);
      return report;
    }
    await finish('failed', 0, err instanceof Error ? err.message : String(err)).catch(() => {});
    throw err;
  }
}
