import { open } from 'node:fs/promises';
import yauzl from 'yauzl';

/**
 * Looks at an .xlsx file's zip directory before anything is inflated: a file that is not a
 * zip, or a zip bomb (entries that inflate to far more than a report can hold), is refused
 * without reading it. The limits are generous for real workbooks: a 100,000-row report
 * inflates to a few hundred MB at a ratio of about 10–30.
 */

/** Largest total the entries may inflate to. */
export const MAX_INFLATED_BYTES = 3 * 1024 ** 3;
/** Entries above this size must not compress better than MAX_RATIO. */
const RATIO_CHECKED_ABOVE = 50 * 1024 ** 2;
const MAX_RATIO = 200;

export interface ZipSummary {
  entries: number;
  inflatedBytes: number;
}

export type ZipCheck = { ok: true; summary: ZipSummary } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export async function checkZip(path: string): Promise<ZipCheck> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await fh.read(tail, 0, tailLength, size - tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) return { ok: false, reason: '不是 .xlsx 文件（如为旧版 .xls，请在 Excel 或 WPS 中另存为 .xlsx）' };
    const count = tail.readUInt16LE(at + 10);
    const cdSize = tail.readUInt32LE(at + 12);
    const cdOffset = tail.readUInt32LE(at + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) return { ok: false, reason: '是超大 ZIP64 压缩包，不像一份报表' };
    if (cdOffset + cdSize > size) return { ok: false, reason: '已损坏（压缩目录不完整）' };
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    let inflated = 0;
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL)
        return { ok: false, reason: '已损坏（压缩目录不完整）' };
      const compressed = cd.readUInt32LE(p + 20);
      const uncompressed = cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      if (uncompressed === 0xffffffff || compressed === 0xffffffff)
        return { ok: false, reason: '含超大 ZIP64 条目，不像一份报表' };
      inflated += uncompressed;
      if (uncompressed > RATIO_CHECKED_ABOVE && uncompressed > compressed * MAX_RATIO)
        return { ok: false, reason: `是压缩炸弹（一个条目压缩比超过 ${MAX_RATIO} 倍），拒绝读取` };
      p += 46 + nameLength + extraLength + commentLength;
    }
    if (inflated > MAX_INFLATED_BYTES)
      return {
        ok: false,
        reason: `解压后超过 ${Math.round(MAX_INFLATED_BYTES / 1024 ** 3)} GB，可能是压缩炸弹，拒绝读取`,
      };
    return { ok: true, summary: { entries: count, inflatedBytes: inflated } };
  } finally {
    await fh.close();
  }
}

/**
 * Inflates every entry once, without keeping anything, and refuses the file when an entry
 * inflates to more than its directory said: `checkZip` trusts the declared sizes, and a bomb
 * can lie about them. yauzl's `validateEntrySizes` stops the inflation at the first byte past
 * the declared size, so a liar costs no more than what it declared. One extra pass over a
 * workbook: well under a second for a month's report.
 */
export async function verifyInflation(path: string): Promise<(ZipCheck & { ok: false }) | null> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true, autoClose: false }, (err, z) =>
      err ? reject(err) : resolve(z),
    ),
  ).catch(() => null);
  if (!zip) return { ok: false, reason: '已损坏（压缩目录不完整）' };
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          stream.on('error', reject);
          stream.on('end', () => zip.readEntry());
          stream.resume();
        });
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
    return null;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return /too many bytes|too few bytes|size/i.test(message)
      ? { ok: false, reason: '是压缩炸弹（条目解压后的大小与声明不符），拒绝读取' }
      : { ok: false, reason: `已损坏（${message}）` };
  } finally {
    zip.close();
  }
}
