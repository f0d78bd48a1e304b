/**
 * The task pane's Settings form: reading the Key / Value rows and writing changes back through
 * workbook/settings-sheet.ts, touching only the cells that change (a formula elsewhere on the
 * sheet survives).
 */
import { a1 } from '../../workbook/address';
import type { CellValue } from '../../workbook/grid';
import { isSettingsSheetName, readSettingsRows, SETTINGS_SHEET_NAME, updateSettingsGrid, type SettingsRow, type SettingValue, type SettingsWriteResult } from '../../workbook/settings-sheet';
import { cellToWrite, toCellValue } from './excel-values';


interface SettingsGrid {
  readonly sheet: Excel.Worksheet;
  readonly values: CellValue[][];
  readonly originRow: number;
  readonly originCol: number;
}

/** The Settings rows (row numbers relative to the sheet's used range); [] when there is no Settings sheet. */
export async function readSettingsSheetRows(): Promise<SettingsRow[]> {
  return Excel.run(async (context) => {
    const grid = await loadSettingsGrid(context);
    return grid ? readSettingsRows(grid.values) : [];
  });
}

/** Writes `changes` into the Settings sheet, creating the sheet when there is none. */
export async function writeSettingsSheet(changes: Readonly<Record<string, SettingValue>>): Promise<SettingsWriteResult> {
  return Excel.run(async (context) => {
    const grid = await loadSettingsGrid(context);
    const update = updateSettingsGrid(grid?.values, changes);
    if (!update.ok) return update;
    const sheet = grid?.sheet ?? context.workbook.worksheets.add(SETTINGS_SHEET_NAME);
    const origin = { row: grid?.originRow ?? 0, col: grid?.originCol ?? 0 };
    for (const edit of update.edits) {
      const write = cellToWrite(edit.value, null);
      const cell = sheet.getRange(a1(origin.row + edit.row, origin.col + edit.col));
      cell.numberFormat = [[write.format]];
      cell.values = [[write.value]];
    }
    await context.sync();
    return { ok: true };
  });
}

/** Finds the Settings sheet by name (as the reader does) and loads its used range. */
async function loadSettingsGrid(context: Excel.RequestContext): Promise<SettingsGrid | undefined> {
  const worksheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const sheet = worksheets.items.find((s) => isSettingsSheetName(s.name));
  if (!sheet) return undefined;
  const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  await context.sync();
  if (used.isNullObject) return { sheet, values: [], originRow: 0, originCol: 0 };
  return { sheet, values: used.values.map((row) => row.map(toCellValue)), originRow: used.rowIndex, originCol: used.columnIndex };
}
