/**
 * One summary sheet written onto a fresh worksheet.
 */
import type { Style, Worksheet } from 'exceljs';
import { a1Range } from '../../workbook/address';
import type { CellRange, SheetPatch } from '../../workbook/patch';
import { useRowsWrittenOnSave, writeCellsOnSave } from './cells-on-save';
import { addConditionalFormats } from './conditional-formats';
import { forEachPatchRow, forEachWrittenCell, isWrittenValue } from './patch-cells';

/**
 * When a sheet's cells are made: `now` as ExcelJS cells, which code can read back at once; or
 * `on save`, written straight into the file when the workbook is saved, for sheets nothing reads
 * back before then (Loadline's summary sheets, which can hold millions of cells). Both give the
 * same file.
 */
export type CellsWritten = 'now' | 'on save';

/**
 * Writes every part of a SheetPatch onto an empty worksheet: values, links, number formats,
 * styles, column widths, frozen panes, conditional formats and the autofilter. Strings are
 * written as text values, so "=SUM(A1)" or "+44" stays exactly that text. Link cells get the
 * blue underlined look of Excel's Hyperlink style (a style block may override it). The patch
 * must have passed `assertWritablePlan`.
 */
export function writeSheetPatch(worksheet: Worksheet, patch: SheetPatch, cells: CellsWritten = 'now'): void {
  // An ExcelJS whose writer cannot be wrapped gets real cells: the same file, only slower.
  if (cells === 'on save' && useRowsWrittenOnSave(worksheet.workbook)) writeCellsOnSave(worksheet, patch);
  else writeCells(worksheet, patch);
  patch.columnWidths.forEach((width, c) => {
    if (Number.isFinite(width) && width > 0) worksheet.getColumn(c + 1).width = width;
  });
  if (patch.freeze.rows > 0 || patch.freeze.cols > 0) {
    worksheet.views = [{ state: 'frozen', xSplit: patch.freeze.cols, ySplit: patch.freeze.rows }];
  }
  addConditionalFormats(worksheet, patch.conditionalFormats);
  if (patch.autoFilter) worksheet.autoFilter = rangeA1(patch.autoFilter);
}

function writeCells(worksheet: Worksheet, patch: SheetPatch): void {
  forEachPatchRow(patch, (patchRow) => {
    const row = worksheet.getRow(patchRow.index + 1);
    forEachWrittenCell(patchRow, ({ col, link, value, style }) => {
      const cell = row.getCell(col + 1);
      if (link) cell.value = link;
      else if (isWrittenValue(value)) cell.value = value;
      if (style) cell.style = style as Style;
    });
  });
}

function rangeA1(range: CellRange): string {
  const ref = a1Range(range.row, range.col, range.rowCount, range.colCount);
  return ref.includes(':') ? ref : `${ref}:${ref}`;
}
