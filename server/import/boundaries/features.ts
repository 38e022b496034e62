import type { Crs } from './crs';
import { lookOfCoordinates } from './crs';
import { codeProblem, levelOf, parentOf } from './codes';
import type { Polygonal, Position } from './repair';
import { GEOMETRY_FAULT_TEXT, repairPolygonal } from './repair';
import type { BoundaryIssue, BoundarySource, RawFeature, RegionDraft } from './types';
import { BoundaryFileError } from './types';

const CODE_FIELDS = ['code', 'CODE', 'Code', '编码', '代码', '区划代码', '网格编码', '网格代码', 'DM', 'BM', 'QHDM'];
const NAME_FIELDS = ['name', 'NAME', 'Name', '名称', '网格名称', '区划名称', 'MC', 'QHMC'];
/** Optional display name (红土田社区 beside 红土田社区居民委员会); derived from the name when absent. */
const SHORT_NAME_FIELDS = ['short_name', 'SHORT_NAME', 'shortName', 'ShortName', '简称', 'JC'];

function shortNameOf(properties: Record<string, unknown>): string | null {
  for (const field of SHORT_NAME_FIELDS) {
    const v = properties[field];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return null;
}

export interface FeatureOptions {
  codeField?: string;
  nameField?: string;
  crs: Crs;
  /** Whether the CRS came from the file or --crs (else WGS-84 was assumed). */
  crsDeclared: boolean;
}

function pickField(
  source: BoundarySource,
  wanted: string | undefined,
  candidates: string[],
  what: string,
  flag: string,
): string {
  const fields = source.fields;
  if (wanted) {
    if (!fields.includes(wanted)) {
      throw new BoundaryFileError(
        `文件 ${source.file} 没有属性“${wanted}”（${flag}）；现有属性：${fields.join('、') || '无'}`,
      );
    }
    return wanted;
  }
  const found = candidates.find((c) => fields.includes(c));
  if (!found) {
    throw new BoundaryFileError(
      `文件 ${source.file} 中找不到${what}属性：请用 ${flag} 指定；现有属性：${fields.join('、') || '无'}`,
    );
  }
  return found;
}

const label = (f: RawFeature, code?: string): string => `要素 #${f.index}${code ? `（编码 ${code}）` : ''}`;

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number';
}
function isRing(r: unknown): r is Position[] {
  return Array.isArray(r) && r.every(isPosition);
}
function isRings(x: unknown): x is Position[][] {
  return Array.isArray(x) && x.length > 0 && x.every(isRing);
}

type Shape = Polygonal | { type: 'Point'; coordinates: Position };

/** The geometry if its structure is GeoJSON (Polygon, MultiPolygon, Point), else null. */
function shapeOf(geometry: unknown): Shape | null {
  if (typeof geometry !== 'object' || geometry === null) return null;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type === 'Polygon' && isRings(g.coordinates)) return { type: 'Polygon', coordinates: g.coordinates };
  if (
    g.type === 'MultiPolygon' &&
    Array.isArray(g.coordinates) &&
    g.coordinates.length > 0 &&
    g.coordinates.every(isRings)
  )
    return { type: 'MultiPolygon', coordinates: g.coordinates };
  if (g.type === 'Point' && isPosition(g.coordinates)) return { type: 'Point', coordinates: g.coordinates };
  return null;
}

function positions(shape: Shape): Position[] {
  if (shape.type === 'Point') return [shape.coordinates];
  return shape.type === 'Polygon' ? shape.coordinates.flat() : shape.coordinates.flat(2);
}

function mapShape(shape: Shape, f: (p: Position) => Position): Shape {
  if (shape.type === 'Point') return { type: 'Point', coordinates: f(shape.coordinates) };
  if (shape.type === 'Polygon') return { type: 'Polygon', coordinates: shape.coordinates.map((r) => r.map(f)) };
  return { type: 'MultiPolygon', coordinates: shape.coordinates.map((p) => p.map((r) => r.map(f))) };
}

function codeValue(v: unknown): string | null {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  return null;
}

/**
 * Checks every feature on its own (code, name, geometry, coordinates) and turns the good ones
 * into drafts in WGS-84. Problems of the whole file (no code field, projected coordinates
 * without a CRS, swapped lat/lng) throw BoundaryFileError.
 */
export function featuresToDrafts(
  source: BoundarySource,
  o: FeatureOptions,
): { drafts: RegionDraft[]; issues: BoundaryIssue[] } {
  const codeField = pickField(source, o.codeField, CODE_FIELDS, '编码', '--code-field');
  const nameField = pickField(source, o.nameField, NAME_FIELDS, '名称', '--name-field');
  const issues: BoundaryIssue[] = [];
  const error = (check: string, message: string): void => void issues.push({ severity: 'error', check, message });
  const shapes: { f: RawFeature; code: string; name: string; short: string | null; shape: Shape }[] = [];
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;

  for (const f of source.features) {
    const code = codeValue(f.properties[codeField]);
    if (!code) {
      error('code-missing', `${label(f)}：属性“${codeField}”为空或不是文本，应为 6–20 位数字编码`);
      continue;
    }
    const problem = codeProblem(code);
    if (problem) {
      error('code-structure', `${label(f, code)}：编码${problem}`);
      continue;
    }
    const name = typeof f.properties[nameField] === 'string' ? (f.properties[nameField] as string).trim() : '';
    if (!name) error('name-missing', `${label(f, code)}：属性“${nameField}”为空，应为区域名称`);
    const shape = shapeOf(f.geometry);
    const level = levelOf(code);
    if (!shape) {
      error(
        'geometry-type',
        `${label(f, code)}：几何不是有效的 Polygon 或 MultiPolygon${level === 'building' ? '（楼栋也可为 Point）' : ''}`,
      );
      continue;
    }
    if (shape.type === 'Point' && level !== 'building') {
      error(
        'geometry-type',
        `${label(f, code)}：只有楼栋可以是点；${code.length} 位编码应为面（Polygon/MultiPolygon）`,
      );
      continue;
    }
    for (const p of positions(shape)) {
      if (p[0] < w) w = p[0];
      if (p[0] > e) e = p[0];
      if (p[1] < s) s = p[1];
      if (p[1] > n) n = p[1];
    }
    if (name) shapes.push({ f, code, name, short: shortNameOf(f.properties), shape });
  }

  if (shapes.length > 0) {
    const look = lookOfCoordinates([w, s, e, n], o.crs);
    const box = `坐标范围 x ${w.toFixed(3)}–${e.toFixed(3)}，y ${s.toFixed(3)}–${n.toFixed(3)}`;
    if (look === 'projected') {
      throw new BoundaryFileError(
        `坐标看起来是投影坐标（单位米，${box}），但${o.crsDeclared ? `指定的坐标系 ${o.crs.label} 是经纬度` : '文件没有 .prj 坐标系说明'}：` +
          '请用 --crs 指定，例如 CGCS2000 3度带 CM 102E 为 --crs EPSG:4543',
      );
    }
    if (look === 'swapped') {
      throw new BoundaryFileError(
        `坐标的经纬度看起来颠倒了（${box}：x 像纬度，y 像经度）：应为 [经度, 纬度]，请在 GIS 软件中交换后重新导出`,
      );
    }
    if (look === 'outside') {
      throw new BoundaryFileError(`坐标不在中国范围内（${box}，坐标系 ${o.crs.label}）：请检查坐标系（--crs）是否正确`);
    }
  }

  const drafts: RegionDraft[] = [];
  for (const { f, code, name, short, shape } of shapes) {
    const converted = mapShape(shape, o.crs.toWgs84);
    let geometry: RegionDraft['geometry'];
    if (converted.type === 'Point') geometry = converted;
    else {
      const repaired = repairPolygonal(converted);
      if (!repaired.ok) {
        error(
          'geometry-unrepairable',
          `${label(f, code)}：${GEOMETRY_FAULT_TEXT[repaired.fault]}，无法保留其形状，拒绝导入`,
        );
        continue;
      }
      if (repaired.repairs.length > 0) {
        issues.push({
          severity: 'warning',
          check: 'geometry-repaired',
          message: `${label(f, code)}：已修复边界（${repaired.repairs.join('、')}），形状不变`,
        });
      }
      geometry = repaired.geometry;
    }
    const level = levelOf(code);
    if (!level) continue;
    drafts.push({
      code,
      name,
      shortName: short,
      level,
      parent: parentOf(code),
      geometry,
      dissolved: false,
      feature: f.index,
    });
  }
  return { drafts, issues };
}
