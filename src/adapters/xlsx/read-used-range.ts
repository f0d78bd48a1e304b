/**
 * A worksheet's used range as a RawSheet.
 */
import type { Worksheet } from 'exceljs';
import type { CellValue, RawSheet } from '../../workbook/grid';
import { toCellValue, toNumberFormat } from './cell-value';

interface ReadCell {
  readonly col: number;
  readonly value: CellValue;
  readonly format: string | null;
}

/**
 * The smallest rectangle holding every non-blank value of a worksheet, as a RawSheet with its
 * zero-based origin. Rows are ragged: each stops at its last non-blank cell, and blank rows are
 * empty arrays, so a stray cell far to the right costs one row, not the whole sheet. A sheet with
 * no values gives an empty grid at A1.
 *
 * @example
 * // values only in B3:C4
 * readUsedRange(worksheet, false) // { originRow: 2, originCol: 1, values: [[..], [..]], ... }
 */
export function readUsedRange(worksheet: Worksheet, date1904: boolean): RawSheet {
  const rows = new Map<number, ReadCell[]>();
  let firstRow = Infinity;
  let lastRow = -Infinity;
  let firstCol = Infinity;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = toCellValue(cell, date1904);
      if (value === null) return;
      cells.push({ col: colNumber - 1, value, format: toNumberFormat(cell) });
      if (colNumber - 1 < firstCol) firstCol = colNumber - 1;
    });
    if (cells.length === 0) return;
    rows.set(rowNumber - 1, cells);
    if (rowNumber - 1 < firstRow) firstRow = rowNumber - 1;
    if (rowNumber - 1 > lastRow) lastRow = rowNumber - 1;
  });
  if (rows.size === 0) return { name: worksheet.name, values: [], numberFormats: [], originRow: 0, originCol: 0 };

  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const cells = rows.get(r) ?? [];
    const width = cells.length === 0 ? 0 : cells[cells.length - 1].col - firstCol + 1;
    const rowValues: CellValue[] = new Array<CellValue>(width).fill(null);
    const rowFormats: (string | null)[] = new Array<string | null>(width).fill(null);
    for (const cell of cells) {
      rowValues[cell.col - firstCol] = cell.value;
      rowFormats[cell.col - firstCol] = cell.format;
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }
  return { name: worksheet.name, values, numberFormats, originRow: firstRow, originCol: firstCol };
}
