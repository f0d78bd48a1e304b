/**
 * The zip container of an .xlsx package, read and written here so that a part Loadline does not
 * change is copied as it came, still compressed: no time is spent inflating and deflating the
 * charts, images and sheets it never looks at, and their bytes cannot change. Compression itself
 * is a ZipCodec: fflate by default (the same code in Node and the browser); the CLI passes
 * Node's zlib, which is native and several times faster (see node-file.ts).
 */
import { deflateSync, inflateSync } from 'fflate';
import { UnreadableWorkbookError } from './unreadable';

/** Raw deflate, inflate and CRC-32, as a zip needs them. */
export interface ZipCodec {
  deflateRaw(data: Uint8Array): Uint8Array;
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** fflate's deflate at level 1: a summary sheet of millions of cells compresses almost as well as at level 6, in a fraction of the time. */
export const FFLATE_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateSync(data, { level: 1 }),
  inflateRaw: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  crc32: crc32Table,
};

/** One entry as stored: its compressed bytes and what the central directory says of them. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly time: number;
  readonly date: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip, in central directory order; folders left out. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(eocd - 12, true));
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(offset, true) !== CENTRAL) throw new Error('bad central directory');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const time = view.getUint16(offset + 12, true);
    const date = view.getUint16(offset + 14, true);
    const crc = view.getUint32(offset + 16, true);
    let compressed = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let local = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // Zip64: the sizes and offset that do not fit 32 bits are in extra field 1, in this order.
    for (let at = offset + 46 + nameLength; at + 4 <= offset + 46 + nameLength + extraLength;) {
      const id = view.getUint16(at, true);
      const length = view.getUint16(at + 2, true);
      if (id === 1) {
        let field = at + 4;
        if (size === 0xffffffff) { size = Number(view.getBigUint64(field, true)); field += 8; }
        if (compressed === 0xffffffff) { compressed = Number(view.getBigUint64(field, true)); field += 8; }
        if (local === 0xffffffff) local = Number(view.getBigUint64(field, true));
      }
      at += 4 + length;
    }
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new UnreadableWorkbookError('it is password-protected; open it in Excel, save an unprotected copy and check that');
    if (method !== 0 && method !== 8) throw new UnreadableWorkbookError(`it uses a zip compression Excel does not write (method ${method}); save it again from Excel as .xlsx and check that`);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, crc, size, data: bytes.subarray(start, start + compressed), time, date });
  }
  return entries;
}

/** An entry's content. */
export function inflateEntry(entry: ZipEntry, codec: ZipCodec): Uint8Array {
  return entry.method === 0 ? entry.data : codec.inflateRaw(entry.data, entry.size);
}

/** What goes into a new zip: an entry copied as it was, or new content. */
export type ZipItem = { readonly name: string; readonly entry: ZipEntry } | { readonly name: string; readonly content: Uint8Array };

/** 1980-01-01 00:00, the earliest DOS date: new entries carry no clock time, so the same input gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip of the items, in order: copied entries keep their compressed bytes, new content is deflated. */
export function writeZip(items: readonly ZipItem[], codec: ZipCodec): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const entry: ZipEntry = 'entry' in item ? item.entry : newEntry(item.name, item.content, codec);
    const name = encoder.encode(item.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    writeCommon(lv, 4, entry, name.length);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true); // made by: MS-DOS, version 2.0
    writeCommon(cv, 6, entry, name.length);
    cv.setUint32(42, offset, true);
    header.set(name, 46);
    chunks.push(local, entry.data);
    central.push(header);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD, true);
  ev.setUint16(8, items.length, true);
  ev.setUint16(10, items.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Version needed, flags (UTF-8 names), method, time, date, CRC, sizes and name length: the fields local and central headers share. */
function writeCommon(view: DataView, at: number, entry: ZipEntry, nameLength: number): void {
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, 0x0800, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, entry.time, true);
  view.setUint16(at + 8, entry.date, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, nameLength, true);
}

/** New content as a compressed entry. */
export function newEntry(name: string, content: Uint8Array, codec: ZipCodec): ZipEntry {
  // Tiny parts are stored: deflate would only add its block overhead.
  if (content.length < 64) return { name, method: 0, crc: codec.crc32(content), size: content.length, data: content, time: 0, date: DOS_DATE };
  return deflatedEntry(name, content, codec.deflateRaw(content), codec);
}

/** An entry for content already deflated (raw deflate) elsewhere. */
export function deflatedEntry(name: string, content: Uint8Array, deflated: Uint8Array, codec: ZipCodec, crc = codec.crc32(content)): ZipEntry {
  return { name, method: 8, crc, size: content.length, data: deflated, time: 0, date: DOS_DATE };
}

/** CRC tables for slicing by 8: tables[k][b] is the CRC of byte b followed by k zero bytes. */
let tables: Int32Array[] | undefined;

function crcTables(): Int32Array[] {
  const made = Array.from({ length: 8 }, () => new Int32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    made[0][n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) made[k][n] = made[0][made[k - 1][n] & 0xff] ^ (made[k - 1][n] >>> 8);
  }
  return made;
}

/**
 * CRC-32 (the zip polynomial), slicing by 8: eight bytes per step through eight tables, where
 * a byte at a time spent a tenth of the browser's save on a 2,000-person plan.
 */
function crc32Table(data: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = (tables ??= crcTables());
  let crc = -1;
  let i = 0;
  for (const stop = data.length - 8; i <= stop; i += 8) {
    const low = crc ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    crc = t7[low & 0xff] ^ t6[(low >>> 8) & 0xff] ^ t5[(low >>> 16) & 0xff] ^ t4[low >>> 24]
      ^ t3[data[i + 4]] ^ t2[data[i + 5]] ^ t1[data[i + 6]] ^ t0[data[i + 7]];
  }
  for (; i < data.length; i++) crc = t0[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** Raw deflate data with the CRC-32 of what it holds, as a compressor that works them out together gives them. */
export interface DeflatedWithCrc {
  readonly deflated: Uint8Array;
  readonly crc32: number;
}

/**
 * The raw deflate data and CRC-32 inside a gzip member (RFC 1952) of `size` bytes of content. A
 * zip entry needs both; a gzip stream works the CRC out natively as it compresses, where CRC-32 in
 * JavaScript cost the browser about 30 ms per save at 2,000 people. Throws when the bytes are not
 * one such member.
 */
export function gzipMember(gzip: Uint8Array, size: number): DeflatedWithCrc {
  const FHCRC = 2;
  const FEXTRA = 4;
  const FNAME = 8;
  const FCOMMENT = 16;
  const bad = (why: string) => new Error(`not a gzip member of ${size} bytes: ${why}`);
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8) throw bad('no gzip header with deflate');
  const flags = gzip[3];
  let at = 10;
  if (flags & FEXTRA) at += 2 + (gzip[at] | (gzip[at + 1] << 8));
  for (const field of [FNAME, FCOMMENT]) {
    if (!(flags & field)) continue;
    while (at < gzip.length && gzip[at] !== 0) at++;
    at++;
  }
  if (flags & FHCRC) at += 2;
  const end = gzip.length - 8;
  if (at > end) throw bad('the header runs past the data');
  const trailer = new DataView(gzip.buffer, gzip.byteOffset + end, 8);
  if (trailer.getUint32(4, true) !== size % 2 ** 32) throw bad('its trailer gives another size');
  return { deflated: gzip.subarray(at, end), crc32: trailer.getUint32(0, true) };
}
