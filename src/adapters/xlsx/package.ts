/**
 * An .xlsx package in memory: its parts by name, each kept as the compressed zip entry it was
 * read as until Loadline changes it. Saving writes the zip again; a part Loadline never changed
 * goes out with exactly the bytes it came in with, still compressed as it was.
 */
import { assertZipPackage, UnreadableWorkbookError } from './unreadable';
import { deflatedEntry, FFLATE_CODEC, inflateEntry, newEntry, readZip, writeZip, type DeflatedWithCrc, type ZipCodec, type ZipEntry, type ZipItem } from './zip';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** A part whose bytes are made only when the package is saved. */
export type DeferredPart = () => Uint8Array;

type Part = ZipEntry | string | Uint8Array | DeferredPart;

/** The parts of one package. Names are zip entry names ("xl/workbook.xml"), matched without regard to case as OPC asks. */
export class XlsxPackage {
  private readonly parts = new Map<string, Part>();
  private readonly byLowerName = new Map<string, string>();
  /** Text of parts read but not changed, so a sheet read twice (check, then write) is inflated once. */
  private readonly texts = new Map<string, string>();

  private constructor(entries: readonly ZipEntry[], private readonly codec: ZipCodec) {
    for (const entry of entries) {
      this.parts.set(entry.name, entry);
      this.byLowerName.set(entry.name.toLowerCase(), entry.name);
    }
  }

  /** Opens a package; throws UnreadableWorkbookError when the bytes are no zip. */
  static open(bytes: Uint8Array, codec: ZipCodec = FFLATE_CODEC): XlsxPackage {
    assertZipPackage(bytes);
    try {
      return new XlsxPackage(readZip(bytes), codec);
    } catch (error) {
      if (error instanceof UnreadableWorkbookError) throw error;
      throw new UnreadableWorkbookError('it is a damaged or unfinished zip file; save it again from Excel as .xlsx and check that', { cause: error });
    }
  }

  /** The entry name of a part as the package spells it, or undefined. */
  find(name: string): string | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** A part's text (UTF-8, a byte-order mark dropped), or undefined. */
  text(name: string): string | undefined {
    const actual = this.find(name);
    if (actual === undefined) return undefined;
    const part = this.parts.get(actual)!;
    if (typeof part === 'string') return part;
    const cached = this.texts.get(actual);
    if (cached !== undefined) return cached;
    let text: string;
    try {
      text = decoder.decode(this.bytesOf(part));
    } catch (error) {
      throw new UnreadableWorkbookError(`its part ${actual} is damaged; save it again from Excel as .xlsx and check that`, { cause: error });
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isEntry(part)) this.texts.set(actual, text);
    return text;
  }

  /** Replaces (or adds) a part's content. */
  set(name: string, content: string | Uint8Array | DeferredPart): void {
    const actual = this.find(name) ?? name;
    this.byLowerName.set(actual.toLowerCase(), actual);
    this.parts.set(actual, content);
    this.texts.delete(actual);
  }

  delete(name: string): void {
    const actual = this.find(name);
    if (actual === undefined) return;
    this.parts.delete(actual);
    this.texts.delete(actual);
    this.byLowerName.delete(actual.toLowerCase());
  }

  /**
   * Makes and compresses every deferred part now, one at a time, so that no two large sheets are
   * held uncompressed together. Their content is then fixed.
   */
  compressDeferred(): void {
    for (const [name, part] of this.parts) {
      if (typeof part === 'function') this.parts.set(name, newEntry(name, part(), this.codec));
    }
  }

  /**
   * The same, deflating with `deflateRaw`: an asynchronous, native compressor (Node's zlib on its
   * thread pool, the browser's CompressionStream). Pipelined: while parts are being deflated the
   * next ones are made, so making and compressing overlap on two cores. Parts made but not yet
   * deflated are held uncompressed: while they come to `maxPendingBytes` or more, the next part is
   * made only when one part is left deflating (so one is always made while another deflates).
   * Parts already changed (the input sheets whose highlights changed) are deflated the same way,
   * so they too are compressed off the main thread while Loadline's sheets are made. A compressor
   * that also gives the content's CRC-32 (a gzip stream) spares working it out here.
   */
  async compressDeferredWith(deflateRaw: (data: Uint8Array) => Promise<Uint8Array | DeflatedWithCrc>, maxPendingBytes = 64 * 1024 * 1024): Promise<void> {
    const pending: { readonly bytes: number; readonly done: Promise<void> }[] = [];
    let pendingBytes = 0;
    for (const [name, part] of this.parts) {
      if (isEntry(part)) continue;
      while (pending.length > 1 && pendingBytes >= maxPendingBytes) {
        const oldest = pending.shift() as (typeof pending)[number];
        await oldest.done;
        pendingBytes -= oldest.bytes;
      }
      const content = typeof part === 'function' ? part() : typeof part === 'string' ? encoder.encode(part) : part;
      if (content.length < 64) {
        this.parts.set(name, newEntry(name, content, this.codec));
        continue;
      }
      const done = deflateRaw(content).then((out) => {
        const entry = out instanceof Uint8Array
          ? deflatedEntry(name, content, out, this.codec)
          : deflatedEntry(name, content, out.deflated, this.codec, out.crc32);
        this.parts.set(name, entry);
      });
      // Handled when awaited below; until then a failure must not count as unhandled.
      done.catch(() => undefined);
      pending.push({ bytes: content.length, done });
      pendingBytes += content.length;
    }
    await Promise.all(pending.map((item) => item.done));
  }

  /** Every part name, in package order (new parts last). */
  names(): string[] {
    return [...this.parts.keys()];
  }

  /** The package as .xlsx bytes: unchanged parts copied still compressed, changed ones compressed anew. */
  toBytes(codec: ZipCodec = this.codec): Uint8Array {
    const items: ZipItem[] = [];
    for (const [name, part] of this.parts) {
      items.push(isEntry(part) ? { name, entry: part } : { name, content: typeof part === 'string' ? encoder.encode(part) : this.bytesOf(part) });
    }
    return writeZip(items, codec);
  }

  private bytesOf(part: Exclude<Part, string>): Uint8Array {
    if (typeof part === 'function') return part();
    if (isEntry(part)) return inflateEntry(part, this.codec);
    return part;
  }
}

function isEntry(part: Part): part is ZipEntry {
  return typeof part === 'object' && !(part instanceof Uint8Array) && 'method' in part;
}
