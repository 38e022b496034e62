import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BoundarySource, RawFeature } from './types';
import { BoundaryFileError } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where in the text a JSON.parse error points: line and column for the message. */
function position(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const at = Number(m[1]);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `（第 ${line} 行第 ${column} 列附近）`;
}

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature). Refuses, naming the place: text that
 * is not JSON, JSON that is not GeoJSON, features without geometry objects. The file is read
 * whole (a province's grids are ~100 MB) but no bigger than `maxBytes`.
 */
export async function readGeoJson(path: string, maxBytes: number, maxFeatures: number): Promise<BoundarySource> {
  const file = basename(path);
  const size = (await stat(path)).size;
  if (size > maxBytes) {
    throw new BoundaryFileError(
      `文件 ${file} 有 ${(size / 1024 ** 2).toFixed(0)} MB，超过上限 ${(maxBytes / 1024 ** 2).toFixed(0)} MB（SHILIU_MAX_IMPORT_MB）`,
    );
  }
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new BoundaryFileError(`文件 ${file} 不是有效的 JSON${position(text, msg)}：请检查文件是否完整、是否被截断`);
  }
  if (!isObject(doc)) throw new BoundaryFileError(`文件 ${file} 不是 GeoJSON：顶层应为对象（FeatureCollection）`);
  let list: unknown[];
  if (doc.type === 'FeatureCollection') {
    if (!Array.isArray(doc.features)) {
      throw new BoundaryFileError(`文件 ${file} 的 FeatureCollection 缺少 features 数组`);
    }
    list = doc.features;
  } else if (doc.type === 'Feature') {
    list = [doc];
  } else {
    throw new BoundaryFileError(
      `文件 ${file} 不是 GeoJSON 要素集合：type 为“${String(doc.type)}”，应为 FeatureCollection`,
    );
  }
  if (list.length === 0) throw new BoundaryFileError(`文件 ${file} 中没有要素`);
  if (list.length > maxFeatures) {
    throw new BoundaryFileError(
      `文件 ${file} 有 ${list.length} 个要素，超过上限 ${maxFeatures}（SHILIU_MAX_FEATURES）`,
    );
  }
  const fields = new Set<string>();
  const features: RawFeature[] = list.map((f, i) => {
    if (!isObject(f) || f.type !== 'Feature') {
      throw new BoundaryFileError(`文件 ${file} 的第 ${i + 1} 个要素不是 GeoJSON Feature（应有 "type": "Feature"）`);
    }
    const properties = isObject(f.properties) ? f.properties : {};
    for (const k of Object.keys(properties)) fields.add(k);
    return { index: i + 1, properties, geometry: f.geometry };
  });
  // Legacy GeoJSON (2008) named its CRS: {"crs": {"properties": {"name": "urn:ogc:def:crs:EPSG::4490"}}}.
  const crs = isObject(doc.crs) && isObject(doc.crs.properties) ? doc.crs.properties.name : null;
  return { file, format: 'geojson', features, declaredCrs: typeof crs === 'string' ? crs : null, fields: [...fields] };
}
