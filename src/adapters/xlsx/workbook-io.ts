/**
 * .xlsx bytes in and out of an ExcelJS workbook. No file system here: the browser page uses
 * these directly; Node's file helpers are in node-file.ts.
 */
import { Workbook, type Xlsx } from 'exceljs';
import { useRowsWrittenOnSave } from './cells-on-save';
import { useExcelInternalLinks } from './internal-links';
import { repairLoadedTables } from './repair-loaded-tables';

/**
 * Reads an .xlsx file's bytes into a workbook, with ExcelJS's misreadings of internal links and
 * table defaults corrected so that saving it keeps the user's sheets as Excel made them.
 */
export async function loadWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  useExcelInternalLinks(workbook);
  useRowsWrittenOnSave(workbook);
  // ExcelJS hands the bytes to JSZip, which takes an ArrayBuffer or Uint8Array in Node and in
  // the browser; its typings say Buffer only.
  await workbook.xlsx.load(bytes as Parameters<Xlsx['load']>[0]);
  repairLoadedTables(workbook);
  return workbook;
}

/**
 * The workbook as .xlsx bytes, with links inside the workbook stored the way Excel does. Rows are
 * written as ExcelJS prepares them (see cells-on-save.ts), which keeps a large sheet's save from
 * holding its whole XML as millions of fragments.
 */
export async function saveWorkbook(workbook: Workbook): Promise<Uint8Array> {
  useExcelInternalLinks(workbook);
  useRowsWrittenOnSave(workbook);
  const written: unknown = await workbook.xlsx.writeBuffer();
  if (written instanceof Uint8Array) return new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
  return new Uint8Array(written as ArrayBuffer);
}
