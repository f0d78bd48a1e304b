/**
 * The task pane's Settings form on an .xlsx workbook: reading the Key / Value rows and writing
 * changes back through workbook/settings-sheet.ts, as the Office.js door does. Only the cells
 * that change are written, so formulas, notes and other rows of the sheet stay as they were.
 */
import type { CellValue } from '../../workbook/grid';
import { isSettingsSheetName, readSettingsRows, SETTINGS_SHEET_NAME, updateSettingsGrid, type SettingsRow, type SettingValue, type SettingsWriteResult } from '../../workbook/settings-sheet';
import { editCells, type CellEdit } from './cell-edits';
import { readCellList, usedRange } from './read-used-range';
import { withAttributes } from './styles';
import { valuesPatch } from './values-patch';
import { writeWorksheet } from './write-worksheet';
import type { SheetEntry, XlsxWorkbook } from './xlsx-workbook';

/** Excel's Text number format (id 49), which the Office.js door gives every text it writes; General is 0. */
const TEXT_FORMAT_ID = '49';
const GENERAL_FORMAT_ID = '0';

interface SettingsGrid {
  readonly sheet: SheetEntry;
  readonly values: readonly (readonly CellValue[])[];
  readonly originRow: number;
  readonly originCol: number;
}

/** The Settings rows (row numbers relative to the sheet's used range); [] when there is no Settings sheet. */
export function readSettingsSheetRows(workbook: XlsxWorkbook): SettingsRow[] {
  const grid = loadSettingsGrid(workbook);
  return grid ? readSettingsRows(grid.values) : [];
}

/**
 * Writes `changes` into the Settings sheet, creating the sheet (after the last tab) when there
 * is none. A sheet whose content has no Key / Value header is left untouched and the result
 * says why. Values are written as the Office.js door writes them: text with the Text format,
 * numbers and booleans with General, "" as a blank cell, so every door reads them back the same.
 */
export function writeSettingsSheet(workbook: XlsxWorkbook, changes: Readonly<Record<string, SettingValue>>): SettingsWriteResult {
  const grid = loadSettingsGrid(workbook);
  const update = updateSettingsGrid(grid?.values, changes);
  if (!update.ok) return update;
  const sheet = grid?.sheet ?? writeWorksheet(workbook, SETTINGS_SHEET_NAME, valuesPatch([]));
  const originRow = grid?.originRow ?? 0;
  const originCol = grid?.originCol ?? 0;
  const styles = workbook.styles();
  const edits = new Map<number, Map<number, CellEdit>>();
  for (const edit of update.edits) {
    const row = originRow + edit.row;
    const formatId = typeof edit.value === 'string' ? TEXT_FORMAT_ID : GENERAL_FORMAT_ID;
    if (!edits.has(row)) edits.set(row, new Map());
    edits.get(row)!.set(originCol + edit.col, (existing) => ({
      style: styles.add('cellXfs', withAttributes(styles.cellFormat(existing?.style ?? 0), { numFmtId: formatId, applyNumberFormat: '1' }), existing?.style),
      // "" is Excel's blank, as the Office.js door sends it: the cell is emptied, not given empty text.
      value: edit.value === '' ? null : edit.value,
    }));
  }
  workbook.setSheetXml(sheet, editCells(workbook.sheetXml(sheet), edits));
  return { ok: true };
}

/** Finds the Settings sheet by name (as the reader does) and reads its used range. */
function loadSettingsGrid(workbook: XlsxWorkbook): SettingsGrid | undefined {
  const sheet = workbook.sheets.find((s) => s.part !== undefined && isSettingsSheetName(s.name));
  if (!sheet) return undefined;
  const cells = readCellList(workbook.sheetXml(sheet), { sharedStrings: workbook.sharedStrings(), styles: workbook.styles(), date1904: workbook.date1904 });
  const used = usedRange(sheet.name, cells);
  return { sheet, values: used.values, originRow: used.originRow, originCol: used.originCol };
}
