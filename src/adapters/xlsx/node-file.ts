/**
 * .xlsx files on disk, for the CLI. Kept apart from the rest of the adapter so that the browser
 * bundle never pulls in Node's `fs`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { loadWorkbook, saveWorkbook } from './workbook-io';
import type { XlsxWorkbook } from './xlsx-workbook';

/** Loads the .xlsx file at `path`. */
export async function loadWorkbookFile(path: string): Promise<XlsxWorkbook> {
  return loadWorkbook(await readFile(path));
}

/** Saves the workbook as an .xlsx file at `path`, replacing any file there. */
export async function saveWorkbookFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, await saveWorkbook(workbook));
}
