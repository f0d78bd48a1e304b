/**
 * .xlsx files on disk, for the CLI. Kept apart from the rest of the adapter so that the browser
 * bundle never pulls in Node's `fs`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import { loadWorkbook, saveWorkbook } from './workbook-io';

/** Loads the .xlsx file at `path`. */
export async function loadWorkbookFile(path: string): Promise<Workbook> {
  return loadWorkbook(await readFile(path));
}

/** Saves the workbook as an .xlsx file at `path`, replacing any file there. */
export async function saveWorkbookFile(workbook: Workbook, path: string): Promise<void> {
  await writeFile(path, await saveWorkbook(workbook));
}
