/**
 * .xlsx files on disk, for the CLI, with Node's native zlib doing the compression. Kept apart
 * from the rest of the adapter so that the browser bundle never pulls in Node's `fs` or `zlib`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { XlsxWorkbook } from './xlsx-workbook';
import { FFLATE_CODEC, type ZipCodec } from './zip';

/** Node's zlib (native code) as the zip codec; fflate's CRC where this Node has no zlib.crc32 (before 20.15). */
export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateRawSync(data, { level: 1, strategy: constants.Z_DEFAULT_STRATEGY }),
  inflateRaw: (data) => inflateRawSync(data),
  crc32: typeof crc32 === 'function' ? (data) => crc32(data) : FFLATE_CODEC.crc32,
};

/** Loads the .xlsx file at `path`. */
export async function loadWorkbookFile(path: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(new Uint8Array(await readFile(path)), NODE_ZIP_CODEC);
}

/** Saves the workbook as an .xlsx file at `path`, replacing any file there. */
export async function saveWorkbookFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, workbook.toBytes());
}
