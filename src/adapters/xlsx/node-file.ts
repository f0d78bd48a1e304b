/**
 * .xlsx files on disk, for the CLI, with Node's native zlib doing the compression. Kept apart
 * from the rest of the adapter so that the browser bundle never pulls in Node's `fs` or `zlib`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { XlsxWorkbook } from './xlsx-workbook';
import { FFLATE_CODEC, type ZipCodec } from './zip';

/** Level 1: a summary sheet of millions of cells compresses almost as well as at level 6, in a fraction of the time. */
const DEFLATE_OPTIONS = { level: 1, strategy: constants.Z_DEFAULT_STRATEGY };

/** Node's zlib (native code) as the zip codec; fflate's CRC where this Node has no zlib.crc32 (before 20.15). */
export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateRawSync(data, DEFLATE_OPTIONS),
  inflateRaw: (data) => inflateRawSync(data),
  crc32: typeof crc32 === 'function' ? (data) => crc32(data) : FFLATE_CODEC.crc32,
};

/** Loads the .xlsx file at `path`. */
export async function loadWorkbookFile(path: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(new Uint8Array(await readFile(path)), NODE_ZIP_CODEC);
}

const deflateRawAsync = promisify(deflateRaw);

/**
 * zlib's output buffer for deflating `inputBytes` on the thread pool. Each time it fills, the
 * work goes back to the main thread for the next round; with the default 16 KiB a sheet takes
 * thousands of rounds, each waiting for the main thread to be free, so nothing overlaps. Worksheet
 * XML deflates to well under a quarter of its size, so a quarter of the input is one round.
 */
function outputChunk(inputBytes: number): number {
  return Math.max(64 * 1024, Math.min(64 * 1024 * 1024, Math.ceil(inputBytes / 4)));
}

/**
 * Saves the workbook as an .xlsx file at `path`, replacing any file there. Loadline's sheets are
 * deflated on zlib's thread pool while the next one is made.
 */
export async function saveWorkbookFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, await workbook.toBytesWith(async (data) => new Uint8Array(await deflateRawAsync(data, { ...DEFLATE_OPTIONS, chunkSize: outputChunk(data.length) }))));
}
