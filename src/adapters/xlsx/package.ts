/**
 * An .xlsx package in memory: its parts by name, each kept as the bytes it was read as until
 * Loadline changes it. Saving zips the parts again; a part Loadline never changed goes out with
 * exactly the bytes it came in with.
 */
import { assertZipPackage, UnreadableWorkbookError } from './unreadable';
import { unzipPackage, zipPackage } from './zip';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** A part whose bytes are made only when the package is saved (a large summary sheet). */
export type DeferredPart = () => Uint8Array;

/** The parts of one package. Names are zip entry names ("xl/workbook.xml"), matched without regard to case as OPC asks. */
export class XlsxPackage {
  private readonly parts: Map<string, Uint8Array | string | DeferredPart>;
  private readonly byLowerName = new Map<string, string>();

  private constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
    for (const name of parts.keys()) this.byLowerName.set(name.toLowerCase(), name);
  }

  /** Opens a package; throws UnreadableWorkbookError when the bytes are no zip. */
  static open(bytes: Uint8Array): XlsxPackage {
    assertZipPackage(bytes);
    try {
      return new XlsxPackage(unzipPackage(bytes));
    } catch (error) {
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
    const bytes = typeof part === 'function' ? part() : part;
    const text = decoder.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** Replaces (or adds) a part's content. */
  set(name: string, content: string | Uint8Array | DeferredPart): void {
    const actual = this.find(name) ?? name;
    this.byLowerName.set(actual.toLowerCase(), actual);
    this.parts.set(actual, content);
  }

  delete(name: string): void {
    const actual = this.find(name);
    if (actual === undefined) return;
    this.parts.delete(actual);
    this.byLowerName.delete(actual.toLowerCase());
  }

  /** Every part name, in package order (new parts last). */
  names(): string[] {
    return [...this.parts.keys()];
  }

  /** The package as .xlsx bytes. */
  toBytes(): Uint8Array {
    const entries = new Map<string, Uint8Array>();
    for (const [name, part] of this.parts) {
      entries.set(name, typeof part === 'string' ? encoder.encode(part) : typeof part === 'function' ? part() : part);
    }
    return zipPackage(entries);
  }
}
