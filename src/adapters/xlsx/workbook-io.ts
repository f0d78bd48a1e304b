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

/** The workbook as .xlsx bytes: the parts Loadline changed or added, every other part as it came. */
export async function saveWorkbook(workbook: XlsxWorkbook): Promise<Uint8Array> {
  return workbook.toBytes();
}
