import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import * as shapefile from 'shapefile';
import yauzl from 'yauzl';
import type { ServerConfig } from '../../config';
import type { BoundarySource, RawFeature } from './types';
import { BoundaryFileError } from './types';

type Parts = { shp?: Buffer; dbf?: Buffer; prj?: Buffer; cpg?: Buffer; names: string[] };

const WANTED = ['.shp', '.dbf', '.prj', '.cpg'] as const;
/** An entry above this size must not inflate more than MAX_RATIO times (zip bomb). */
const RATIO_CHECKED_ABOVE = 20 * 1024 ** 2;
const MAX_RATIO = 100;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

/**
 * Reads the .shp/.dbf/.prj/.cpg of a zipped Shapefile. Sizes are checked from the directory
 * before anything is inflated and counted again while inflating (yauzl refuses an entry whose
 * data does not match its declared size), so a zip bomb is refused, never unpacked.
 */
async function readZip(path: string, maxUnzipped: number): Promise<Parts> {
  const file = basename(path);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(path);
  } catch (err) {
    throw new BoundaryFileError(
      `文件 ${file} 不是有效的 zip 压缩包（${err instanceof Error ? err.message : String(err)}）`,
    );
  }
  const parts: Parts = { names: [] };
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        const ext = extname(entry.fileName).toLowerCase() as (typeof WANTED)[number];
        if (entry.fileName.endsWith('/') || entry.fileName.startsWith('__MACOSX') || !WANTED.includes(ext)) {
          zip.readEntry();
          return;
        }
        if (ext === '.shp') parts.names.push(entry.fileName);
        total += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (total > maxUnzipped || (entry.uncompressedSize > RATIO_CHECKED_ABOVE && ratio > MAX_RATIO)) {
          reject(
            new BoundaryFileError(
              `压缩包 ${file} 解压后过大（${entry.fileName} 约 ${(entry.uncompressedSize / 1024 ** 2).toFixed(0)} MB，压缩比 ${ratio.toFixed(0)} 倍），疑似压缩炸弹，拒绝读取（上限 SHILIU_MAX_UNZIPPED_MB）`,
            ),
          );
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            const key = ext.slice(1) as 'shp' | 'dbf' | 'prj' | 'cpg';
            if (!parts[key]) parts[key] = Buffer.concat(chunks);
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (err) {
    if (err instanceof BoundaryFileError) throw err;
    throw new BoundaryFileError(`压缩包 ${file} 已损坏（${err instanceof Error ? err.message : String(err)}）`);
  } finally {
    zip.close();
  }
  return parts;
}

async function readLoose(path: string): Promise<Parts> {
  const base = path.slice(0, -extname(path).length);
  const parts: Parts = { names: [basename(path)] };
  for (const ext of WANTED) {
    for (const candidate of [base + ext, base + ext.toUpperCase()]) {
      if (existsSync(candidate)) {
        parts[ext.slice(1) as 'shp'] = await readFile(candidate);
        break;
      }
    }
  }
  return parts;
}

const CPG: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  '65001': 'utf-8',
  gbk: 'gbk',
  '936': 'gbk',
  cp936: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
};

/**
 * The .dbf's text encoding: the .cpg when there is one; else language driver 0x4D (code page
 * 936) means GBK; else UTF-8 when the bytes are valid UTF-8, GBK when not (ArcGIS and most
 * Chinese GIS desks write GBK without saying so).
 */
export function dbfEncoding(dbf: Buffer, cpg: Buffer | undefined): string {
  if (cpg) {
    const named = CPG[cpg.toString('latin1').trim().toLowerCase()];
    if (named) return named;
  }
  if (dbf[29] === 0x4d) return 'gbk';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(32));
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/** Reads a zipped Shapefile (.zip) or a .shp with its .dbf/.prj/.cpg beside it. */
export async function readShapefile(path: string, config: ServerConfig): Promise<BoundarySource> {
  const file = basename(path);
  const size = (await stat(path)).size;
  if (size > config.maxImportBytes) {
    throw new BoundaryFileError(
      `文件 ${file} 超过上限 ${(config.maxImportBytes / 1024 ** 2).toFixed(0)} MB（SHILIU_MAX_IMPORT_MB）`,
    );
  }
  const parts =
    extname(path).toLowerCase() === '.zip' ? await readZip(path, config.maxUnzippedBytes) : await readLoose(path);
  if (parts.names.length > 1) {
    throw new BoundaryFileError(
      `压缩包 ${file} 中有 ${parts.names.length} 个图层（${parts.names.join('、')}）：每次只导入一个，请分开打包`,
    );
  }
  if (!parts.shp) throw new BoundaryFileError(`${file} 中没有 .shp 文件`);
  if (!parts.dbf) throw new BoundaryFileError(`${file} 中缺少 .dbf 属性表（编码和名称在其中）`);
  const encoding = dbfEncoding(parts.dbf, parts.cpg);
  let source: Awaited<ReturnType<typeof shapefile.open>>;
  try {
    source = await shapefile.open(parts.shp, parts.dbf, { encoding });
  } catch (err) {
    throw new BoundaryFileError(`无法读取 Shapefile ${file}（${err instanceof Error ? err.message : String(err)}）`);
  }
  const features: RawFeature[] = [];
  const fields = new Set<string>();
  try {
    for (let r = await source.read(); !r.done; r = await source.read()) {
      if (features.length >= config.maxFeatures) {
        throw new BoundaryFileError(`${file} 的要素超过上限 ${config.maxFeatures}（SHILIU_MAX_FEATURES）`);
      }
      const properties = (r.value.properties ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(properties)) fields.add(k);
      features.push({ index: features.length + 1, properties, geometry: r.value.geometry });
    }
  } catch (err) {
    if (err instanceof BoundaryFileError) throw err;
    throw new BoundaryFileError(
      `Shapefile ${file} 已损坏（第 ${features.length + 1} 个要素：${err instanceof Error ? err.message : String(err)}）`,
    );
  }
  if (features.length === 0) throw new BoundaryFileError(`${file} 中没有要素`);
  return {
    file,
    format: 'shapefile',
    features,
    declaredCrs: parts.prj ? parts.prj.toString('utf8') : null,
    fields: [...fields],
  };
}
