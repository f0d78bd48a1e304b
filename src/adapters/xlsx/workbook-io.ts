/**
 * .xlsx bytes in and out. No file system here: the browser page uses these directly; Node's
 * file helpers are in node-file.ts.
 */
import { XlsxWorkbook } from './xlsx-workbook';
import { gzipMember, type DeflatedWithCrc } from './zip';

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
 * Where the platform has a native compression stream (browsers' CompressionStream), Loadline's
 * large sheets are compressed with it.
 */
export async function saveWorkbook(workbook: XlsxWorkbook): Promise<Uint8Array> {
  const native = nativeDeflate();
  return native ? workbook.toBytesWith(native) : workbook.toBytes();
}

/**
 * CompressionStream as a zip entry's compressor, or undefined where there is none. It writes
 * gzip: the same deflate data as 'deflate-raw', with the CRC-32 the zip entry needs worked out
 * natively alongside (gzipMember takes both out).
 */
function nativeDeflate(): ((data: Uint8Array) => Promise<DeflatedWithCrc>) | undefined {
  const Stream = (globalThis as { CompressionStream?: new (format: string) => { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> } }).CompressionStream;
  if (typeof Stream !== 'function') return undefined;
  return async (data) => {
    const stream = new Stream('gzip');
    const writer = stream.writable.getWriter();
    void writer.write(data).then(() => writer.close());
    return gzipMember(new Uint8Array(await new Response(stream.readable).arrayBuffer()), data.length);
  };
}
