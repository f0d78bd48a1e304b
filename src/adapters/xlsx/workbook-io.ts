/**
 * .xlsx bytes in and out. No file system here: the browser page uses these directly; Node's
 * file helpers are in node-file.ts.
 */
import { XlsxWorkbook } from './xlsx-workbook';

/**
 * Opens an .xlsx (or .xlsm) file's bytes. Throws UnreadableWorkbookError, whose `reason` says
 * what to do, when they are not a workbook (not a zip, a password-protected or old .xls file,
 * an .xlsb, a zip without a workbook).
 */
export async function loadWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}

/**
 * The workbook as .xlsx bytes: the parts Loadline changed or added, every other part as it came.
 * Where the platform has a native raw-deflate stream (browsers' CompressionStream), Loadline's
 * large sheets are compressed with it.
 */
export async function saveWorkbook(workbook: XlsxWorkbook): Promise<Uint8Array> {
  const native = nativeDeflateRaw();
  return native ? workbook.toBytesWith(native) : workbook.toBytes();
}

/** CompressionStream('deflate-raw') as a function, or undefined where there is none. */
function nativeDeflateRaw(): ((data: Uint8Array) => Promise<Uint8Array>) | undefined {
  const Stream = (globalThis as { CompressionStream?: new (format: string) => { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> } }).CompressionStream;
  if (typeof Stream !== 'function') return undefined;
  try {
    new Stream('deflate-raw');
  } catch {
    return undefined; // an older browser: deflate and gzip only
  }
  return async (data) => {
    const stream = new Stream('deflate-raw');
    const writer = stream.writable.getWriter();
    void writer.write(data).then(() => writer.close());
    return new Uint8Array(await new Response(stream.readable).arrayBuffer());
  };
}
