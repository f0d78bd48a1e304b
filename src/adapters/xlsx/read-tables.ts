/**
 * A worksheet's Excel tables as RawTables.
 */
import type { Worksheet } from 'exceljs';
import type { CellValue, RawTable } from '../../workbook/grid';
import { toCellValue, toNumberFormat } from './cell-value';
import { hasHeaderRow, tableBounds, tableModels } from './table-header';

/**
 * Every table on a worksheet: header row first (`values[0]`), then the data rows; a totals row
 * is left out because it is not data. A table saved without a header row gets its column names
 * as `values[0]`, one row above the table (`originRow` is then the row above its first row), so
 * data rows keep their real addresses.
 */
export function readTables(worksheet: Worksheet, date1904: boolean): RawTable[] {
  const tables: RawTable[] = [];
  for (const model of tableModels(worksheet)) {
    const bounds = tableBounds(model);
    if (!bounds) continue;
    const withHeader = hasHeaderRow(worksheet, model, bounds);
    const lastDataRow = model.totalsRow ? bounds.bottom - 1 : bounds.bottom;
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    if (!withHeader) {
      values.push(model.columns.map((column) => column.name));
      numberFormats.push(model.columns.map(() => null));
    }
    for (let r = bounds.top; r <= lastDataRow; r++) {
      const rowValues: CellValue[] = [];
      const rowFormats: (string | null)[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) {
        const cell = worksheet.findCell(r + 1, c + 1);
        rowValues.push(cell ? toCellValue(cell, date1904) : null);
        rowFormats.push(cell ? toNumberFormat(cell) : null);
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    tables.push({
      name: model.name,
      sheet: worksheet.name,
      values,
      numberFormats,
      originRow: withHeader ? bounds.top : bounds.top - 1,
      originCol: bounds.left,
    });
  }
  return tables;
}
