import iconv from 'iconv-lite';

/** Minimal Shapefile writer for tests: polygons (.shp) and text attributes (.dbf) in GBK or UTF-8. */
type Ring = [number, number][];

function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

/** .shp of single-ring polygons; outer rings clockwise as the format wants. */
export function writeShp(polygons: Ring[]): Buffer {
  const rings = polygons.map((r) => (signedArea(r) > 0 ? [...r].reverse() : r));
  const records = rings.map((ring) => {
    const content = Buffer.alloc(44 + 4 + ring.length * 16);
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    content.writeInt32LE(5, 0);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) =>
      content.writeDoubleLE(v, 4 + i * 8),
    );
    content.writeInt32LE(1, 36);
    content.writeInt32LE(ring.length, 40);
    content.writeInt32LE(0, 44);
    ring.forEach(([x, y], i) => {
      content.writeDoubleLE(x, 48 + i * 16);
      content.writeDoubleLE(y, 56 + i * 16);
    });
    return content;
  });
  const all = rings.flat();
  const header = Buffer.alloc(100);
  const length = 100 + records.reduce((a, r) => a + 8 + r.length, 0);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE(length / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(5, 32);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) =>
    header.writeDoubleLE(v, 36 + i * 8),
  );
  const parts: Buffer[] = [header];
  records.forEach((content, i) => {
    const rh = Buffer.alloc(8);
    rh.writeInt32BE(i + 1, 0);
    rh.writeInt32BE(content.length / 2, 4);
    parts.push(rh, content);
  });
  return Buffer.concat(parts);
}

/** .dbf with character fields; `encoding` is how names and values are written; LDID 0x4D marks GBK. */
export function writeDbf(fields: string[], rows: string[][], encoding: 'gbk' | 'utf-8', markGbk = false): Buffer {
  const enc = (s: string): Buffer => (encoding === 'gbk' ? iconv.encode(s, 'gbk') : Buffer.from(s, 'utf8'));
  const widths = fields.map((_, c) => Math.max(1, ...rows.map((r) => enc(r[c] ?? '').length)));
  const headerLength = 32 + fields.length * 32 + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const header = Buffer.alloc(headerLength);
  header.writeUInt8(0x03, 0);
  header.writeUInt8(126, 1);
  header.writeUInt8(11, 2);
  header.writeUInt8(22, 3);
  header.writeInt32LE(rows.length, 4);
  header.writeInt16LE(headerLength, 8);
  header.writeInt16LE(recordLength, 10);
  if (markGbk) header.writeUInt8(0x4d, 29);
  fields.forEach((name, c) => {
    const at = 32 + c * 32;
    enc(name).copy(header, at, 0, 10);
    header.write('C', at + 11, 'latin1');
    header.writeUInt8(widths[c] ?? 1, at + 16);
  });
  header.writeUInt8(0x0d, headerLength - 1);
  const body = Buffer.alloc(rows.length * recordLength + 1, 0x20);
  rows.forEach((row, r) => {
    let at = r * recordLength + 1;
    row.forEach((v, c) => {
      enc(v).copy(body, at);
      at += widths[c] ?? 1;
    });
  });
  body.writeUInt8(0x1a, body.length - 1);
  return Buffer.concat([header, body]);
}

export const PRJ_CGCS2000_GK_CM_102E =
  'PROJCS["CGCS2000_3_Degree_GK_CM_102E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",' +
  'SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
  'PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],' +
  'PARAMETER["Central_Meridian",102.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
