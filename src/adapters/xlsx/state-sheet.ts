/**
 * Loadline's record on its very-hidden sheet (see src/workbook/state.ts for the layout).
 */
import type { CellValue } from '../../workbook/grid';
import { decodeState, EMPTY_STATE, encodeState, STATE_SHEET, type LoadlineState } from '../../workbook/state';
import { valuesPatch } from './values-patch';
import { readCells } from './read-used-range';
import { writeWorksheet } from './write-worksheet';
import type { XlsxWorkbook } from './xlsx-workbook';

/** The state recorded in the workbook; EMPTY_STATE when there is no state sheet. */
export function readStateSheet(workbook: XlsxWorkbook): LoadlineState {
  const sheet = workbook.findSheet(STATE_SHEET);
  if (!sheet) return EMPTY_STATE;
  // The state grid starts at A1 whatever the used range is.
  const values: CellValue[][] = [];
  const cells = readCells(workbook.sheetXml(sheet), { sharedStrings: workbook.sharedStrings(), styles: workbook.styles(), date1904: false });
  for (const cell of cells) (values[cell.row] ??= [])[cell.col] = cell.value;
  return decodeState(Array.from(values, (row) => Array.from(row ?? [], (value) => value ?? null)));
}

/**
 * Writes the state sheet whole, very hidden (only code can unhide it), in the tab position of
 * the previous one or after the last tab. Every cell is plain text.
 */
export function writeStateSheet(workbook: XlsxWorkbook, state: LoadlineState): void {
  writeWorksheet(workbook, STATE_SHEET, valuesPatch(encodeState(state)), { state: 'veryHidden', replace: workbook.findSheet(STATE_SHEET) });
}
