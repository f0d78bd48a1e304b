/**
 * Everything the app reads from an .xlsx workbook before a check.
 */
import type { RawSheet, RawTable } from '../../workbook/grid';
import { STATE_SHEET } from '../../workbook/state';
import type { WorkbookSnapshot } from '../../app/ports';
import { readCellList, usedRange } from './read-used-range';
import { readTables } from './read-tables';
import { readStateSheet } from './state-sheet';
import type { XlsxWorkbook } from './xlsx-workbook';

/**
 * The workbook as raw grids: each worksheet's used range and each Excel table, the date system,
 * Loadline's recorded state and every sheet name in tab order (hidden ones and chart sheets
 * included). The state sheet and the sheets Loadline owns are not read as input: they are
 * Loadline's output, and Conflicts alone can hold tens of thousands of rows.
 */
export function readSnapshot(workbook: XlsxWorkbook): WorkbookSnapshot {
  const state = readStateSheet(workbook);
  const notInput = new Set([STATE_SHEET, ...state.owned.map((owned) => owned.name)].map((name) => name.toLowerCase()));
  const context = { sharedStrings: workbook.sharedStrings(), styles: workbook.styles(), date1904: workbook.date1904 };
  const sheets: RawSheet[] = [];
  const tables: RawTable[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.part === undefined || notInput.has(sheet.name.toLowerCase())) continue;
    const cells = readCellList(workbook.sheetXml(sheet), context);
    sheets.push(usedRange(sheet.name, cells));
    tables.push(...readTables(workbook, sheet, cells));
  }
  return {
    raw: { sheets, tables, date1904: workbook.date1904 },
    state,
    sheetNames: workbook.sheets.map((sheet) => sheet.name),
  };
}
