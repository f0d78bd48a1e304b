/**
 * Loadline's sheets deflated asynchronously (Node's zlib thread pool, the browser's
 * CompressionStream), pipelined with making the next sheet: the package must come out byte for
 * byte as the synchronous path makes it, and never hold more than two made sheets uncompressed.
 */
import { deflateRawSync, gzipSync, inflateRawSync } from 'node:zlib';
import { XlsxPackage } from '../../../src/adapters/xlsx/package';
import { FFLATE_CODEC, gzipMember, readZip, writeZip } from '../../../src/adapters/xlsx/zip';

const encoder = new TextEncoder();

/** A package with one part read from a zip, and three deferred parts that count how often they are made. */
function packageWithDeferredParts(made: string[]): XlsxPackage {
  const zip = writeZip([{ name: '[Content_Types].xml', content: encoder.encode('<Types/>') }], FFLATE_CODEC);
  const pkg = XlsxPackage.open(zip, FFLATE_CODEC);
  for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']) {
    pkg.set(name, () => {
      made.push(name);
      return encoder.encode(`<worksheet>${`<row>${name}</row>`.repeat(200)}</worksheet>`);
    });
  }
  pkg.set('xl/tiny.xml', () => encoder.encode('<x/>'));
  return pkg;
}

describe('XlsxPackage.compressDeferredWith', () => {
  it('writes the same package as the synchronous path, input parts changed as text or bytes deflated by it too', async () => {
    const withChangedInputs = (pkg: XlsxPackage) => {
      pkg.set('xl/worksheets/input.xml', `<worksheet>${'<row><c r="A1" s="3"/></row>'.repeat(100)}</worksheet>`);
      pkg.set('xl/media/bytes.bin', new Uint8Array(500).fill(7));
      return pkg;
    };
    const sync = withChangedInputs(packageWithDeferredParts([]));
    sync.compressDeferred();
    const pipelined = withChangedInputs(packageWithDeferredParts([]));
    const deflatedSizes: number[] = [];
    await pipelined.compressDeferredWith(async (data) => {
      deflatedSizes.push(data.length);
      return new Uint8Array(deflateRawSync(data, { level: 1 }));
    });
    // The three sheets, the changed text and the changed bytes: nothing left for toBytes to deflate.
    expect(deflatedSizes).toHaveLength(5);
    expect(deflatedSizes).toContain(500);
    // fflate and zlib deflate differently: compare what the entries hold, and their CRCs.
    const entries = (bytes: Uint8Array) => readZip(bytes).map((entry) => ({ name: entry.name, crc: entry.crc, size: entry.size }));
    expect(entries(pipelined.toBytes())).toEqual(entries(sync.toBytes()));
    const inflated = readZip(pipelined.toBytes()).find((entry) => entry.name === 'xl/worksheets/sheet2.xml');
    expect(inflated?.method).toBe(8);
  });

  it('makes the next sheet while one is deflating, and holds no more uncompressed than it is allowed', async () => {
    const made: string[] = [];
    const pending: { name: string; resolve: () => void }[] = [];
    let outstanding = 0;
    let mostOutstanding = 0;
    const pkg = packageWithDeferredParts(made);
    // Allowed 1 byte: one sheet deflating at a time, the next one made meanwhile.
    const done = pkg.compressDeferredWith((data) => {
      outstanding++;
      mostOutstanding = Math.max(mostOutstanding, outstanding);
      return new Promise((resolve) => {
        pending.push({
          name: made[made.length - 1],
          resolve: () => { outstanding--; resolve(new Uint8Array(deflateRawSync(data))); },
        });
      });
    }, 1);
    await new Promise((resolve) => setImmediate(resolve));
    // sheet1 is deflating and sheet2 was made meanwhile; sheet3 waits for sheet1.
    expect(made).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
    pending.shift()?.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(made).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
    while (pending.length > 0) {
      pending.shift()?.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(mostOutstanding).toBe(2);
    expect(readZip(pkg.toBytes()).map((entry) => entry.name)).toEqual([
      '[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/tiny.xml',
    ]);
  });

  it('makes every sheet at once when they fit in what it may hold, and fails with the compressor', async () => {
    const made: string[] = [];
    const pkg = packageWithDeferredParts(made);
    const resolvers: (() => void)[] = [];
    const done = pkg.compressDeferredWith((data) => new Promise((resolve) => resolvers.push(() => resolve(new Uint8Array(deflateRawSync(data))))));
    await new Promise((resolve) => setImmediate(resolve));
    expect(made).toHaveLength(3);
    for (const resolve of resolvers) resolve();
    await done;
    await expect(packageWithDeferredParts([]).compressDeferredWith(() => Promise.reject(new Error('deflate failed')))).rejects.toThrow('deflate failed');
  });

  it('takes the CRC-32 from a compressor that gives it (a gzip stream, as the browser page uses)', async () => {
    const sync = packageWithDeferredParts([]);
    sync.compressDeferred();
    const gzipped = packageWithDeferredParts([]);
    await gzipped.compressDeferredWith(async (data) => gzipMember(new Uint8Array(gzipSync(data)), data.length));
    const entries = (bytes: Uint8Array) => readZip(bytes).map((entry) => ({ name: entry.name, crc: entry.crc, size: entry.size }));
    expect(entries(gzipped.toBytes())).toEqual(entries(sync.toBytes()));
    // The CRC is the compressor's, not worked out again: a wrong one is what the entry gets.
    const trusting = packageWithDeferredParts([]);
    await trusting.compressDeferredWith(async (data) => ({ deflated: new Uint8Array(deflateRawSync(data)), crc32: 12345 }));
    expect(readZip(trusting.toBytes()).filter((entry) => entry.name.startsWith('xl/worksheets/')).map((entry) => entry.crc)).toEqual([12345, 12345, 12345]);
  });
});

/** CRC-32 bit by bit, straight from the polynomial: slow and plain, the reference. */
function bitwiseCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('CRC-32 without Node (the browser page)', () => {
  it('gives the standard check value and agrees with the bitwise definition on every length and alignment', () => {
    // The CRC-32 check value of "123456789" (the zip polynomial's published check).
    expect(FFLATE_CODEC.crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
    expect(FFLATE_CODEC.crc32(new Uint8Array(0))).toBe(0);
    const bytes = new Uint8Array(300);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    for (let start = 0; start < 9; start++) {
      for (let length = 0; length < 40; length++) {
        const view = bytes.subarray(start, start + length);
        expect(FFLATE_CODEC.crc32(view)).toBe(bitwiseCrc32(view));
      }
    }
    expect(FFLATE_CODEC.crc32(bytes)).toBe(bitwiseCrc32(bytes));
  });
});

describe('gzipMember', () => {
  const content = encoder.encode('<sheetData>' + '<row r="1"><c r="A1"><v>0.25</v></c></row>'.repeat(50) + '</sheetData>');

  it('gives the raw deflate data and the CRC-32 of a gzip stream\'s member', () => {
    const member = gzipMember(new Uint8Array(gzipSync(content)), content.length);
    expect(Buffer.from(inflateRawSync(member.deflated)).equals(Buffer.from(content))).toBe(true);
    expect(member.crc32).toBe(bitwiseCrc32(content));
  });

  it('skips the optional header fields: extra data, a file name, a comment and a header CRC', () => {
    const raw = new Uint8Array(deflateRawSync(content));
    const crc = bitwiseCrc32(content);
    const trailer = new Uint8Array(8);
    new DataView(trailer.buffer).setUint32(0, crc, true);
    new DataView(trailer.buffer).setUint32(4, content.length, true);
    const header = [0x1f, 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3, 3, 0, 9, 8, 7, ...encoder.encode('plan.xml'), 0, ...encoder.encode('a comment'), 0, 0xab, 0xcd];
    const member = gzipMember(new Uint8Array([...header, ...raw, ...trailer]), content.length);
    expect(Buffer.from(member.deflated).equals(Buffer.from(raw))).toBe(true);
    expect(member.crc32).toBe(crc);
  });

  it('refuses bytes that are not a gzip member of that size', () => {
    const gzip = new Uint8Array(gzipSync(content));
    expect(() => gzipMember(gzip, content.length + 1)).toThrow('its trailer gives another size');
    expect(() => gzipMember(new Uint8Array(deflateRawSync(content)), content.length)).toThrow('no gzip header');
    expect(() => gzipMember(gzip.subarray(0, 12), content.length)).toThrow('no gzip header');
  });
});
