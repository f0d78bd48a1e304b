/**
 * Loadline's record on its very-hidden sheet (see src/workbook/state.ts for the layout).
 */
import type { Workbook } from 'exceljs';
import type { CellValue } from '../../workbook/grid';
import { decodeState, EMPTY_STATE, encodeState, STATE_SHEET, type LoadlineState } from '../../workbook/state';
import { toCellValue } from './cell-value';
import { findWorksheet, replaceWorksheet } from './worksheets';

/** The state recorded in the workbook; EMPTY_STATE when there is no state sheet. */
export function readStateSheet(workbook: Workbook): LoadlineState {
  const worksheet = findWorksheet(workbook, STATE_SHEET);
  if (!worksheet) return EMPTY_STATE;
  // The state grid starts at A1 whatever the used range is.
  const values: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = toCellValue(cell, false);
    });
    values[rowNumber - 1] = Array.from(cells, (value) => value ?? null);
  });
  return decodeState(Array.from(values, (row) => row ?? []));
}

/** True when the workbook has a state sheet. */
export function hasStateSheet(workbook: Workbook): boolean {
  return findWorksheet(workbook, STATE_SHEET) !== undefined;
}

/**
 * Writes the state sheet whole, very hidden (only code can unhide it), in the tab position of
 * the previous one or after the last tab. Every cell is plain text.
 */
export function writeStateSheet(workbook: Workbook, state: LoadlineState): void {
  const worksheet = replaceWorksheet(workbook, STATE_SHEET);
  worksheet.state = 'veryHidden';
  encodeState(state).forEach((cells, r) => {
    const row = worksheet.getRow(r + 1);
    cells.forEach((text, c) => {
      if (text !== '') row.getCell(c + 1).value = text;
    });
  });
}
