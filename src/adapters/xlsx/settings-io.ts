/**
 * The task pane's Settings form on an ExcelJS workbook: reading the Key / Value rows and writing
 * changes back through workbook/settings-sheet.ts, as the Office.js door does. Only the cells
 * that change are written, so formulas, notes and other rows of the sheet stay as they were.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '../../workbook/grid';
import { isSettingsSheetName, readSettingsRows, SETTINGS_SHEET_NAME, updateSettingsGrid, type SettingsRow, type SettingValue, type SettingsWriteResult } from '../../workbook/settings-sheet';
import { readUsedRange } from './read-used-range';


/** Excel's Text number format, which the Office.js door gives every text it writes. */
const TEXT_FORMAT = '@';

/** Excel's default number format. */
const GENERAL_FORMAT = 'General';

interface SettingsGrid {
  readonly worksheet: Worksheet;
  readonly values: readonly (readonly CellValue[])[];
  readonly originRow: number;
  readonly originCol: number;
}

/** The Settings rows (row numbers relative to the sheet's used range); [] when there is no Settings sheet. */
export function readSettingsSheetRows(workbook: Workbook): SettingsRow[] {
  const grid = loadSettingsGrid(workbook);
  return grid ? readSettingsRows(grid.values) : [];
}

/**
 * Writes `changes` into the Settings sheet, creating the sheet (after the last tab) when there
 * is none. A sheet whose content has no Key / Value header is left untouched and the result
 * says why. Values are written as the Office.js door writes them: text with the Text format,
 * numbers and booleans with General, "" as a blank cell, so every door reads them back the same.
 */
export function writeSettingsSheet(workbook: Workbook, changes: Readonly<Record<string, SettingValue>>): SettingsWriteResult {
  const grid = loadSettingsGrid(workbook);
  const update = updateSettingsGrid(grid?.values, changes);
  if (!update.ok) return update;
  const worksheet = grid?.worksheet ?? workbook.addWorksheet(SETTINGS_SHEET_NAME);
  const originRow = grid?.originRow ?? 0;
  const originCol = grid?.originCol ?? 0;
  for (const edit of update.edits) {
    const cell = worksheet.getCell(originRow + edit.row + 1, originCol + edit.col + 1);
    setNumberFormat(cell, typeof edit.value === 'string' ? TEXT_FORMAT : GENERAL_FORMAT);
    // "" is Excel's blank, as the Office.js door sends it: the cell is emptied, not given empty text.
    cell.value = edit.value === '' ? null : edit.value;
  }
  return { ok: true };
}

/** Finds the Settings sheet by name (as the reader does) and reads its used range. */
function loadSettingsGrid(workbook: Workbook): SettingsGrid | undefined {
  const worksheet = workbook.worksheets.find((sheet) => isSettingsSheetName(sheet.name));
  if (!worksheet) return undefined;
  const used = readUsedRange(worksheet, workbook.properties?.date1904 === true);
  return { worksheet, values: used.values, originRow: used.originRow, originCol: used.originCol };
}

/** Gives a cell a new style object: ExcelJS may share one between cells (see fills.ts). */
function setNumberFormat(cell: Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}
