/**
 * Everything the app reads from an ExcelJS workbook before a check.
 */
import type { Workbook } from 'exceljs';
import type { RawSheet, RawTable } from '../../workbook/grid';
import { STATE_SHEET } from '../../workbook/state';
import type { WorkbookSnapshot } from '../../app/ports';
import { readTables } from './read-tables';
import { readUsedRange } from './read-used-range';
import { readStateSheet } from './state-sheet';
import { isSameSheetName } from './worksheets';

/**
 * The workbook as raw grids: each worksheet's used range and each Excel table, the date system,
 * Loadline's recorded state and every sheet name in tab order (hidden ones included). The state
 * sheet and the sheets Loadline owns are not read as input: they are Loadline's output, and
 * Conflicts alone can hold tens of thousands of rows.
 */
export function readSnapshot(workbook: Workbook): WorkbookSnapshot {
  const date1904 = workbook.properties?.date1904 === true;
  const state = readStateSheet(workbook);
  const notInput = [STATE_SHEET, ...state.owned.map((owned) => owned.name)];
  const sheets: RawSheet[] = [];
  const tables: RawTable[] = [];
  for (const worksheet of workbook.worksheets) {
    if (notInput.some((name) => isSameSheetName(name, worksheet.name))) continue;
    sheets.push(readUsedRange(worksheet, date1904));
    tables.push(...readTables(worksheet, date1904));
  }
  return {
    raw: { sheets, tables, date1904 },
    state,
    sheetNames: workbook.worksheets.map((worksheet) => worksheet.name),
  };
}
