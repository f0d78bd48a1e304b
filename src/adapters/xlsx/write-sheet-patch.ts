/**
 * One summary sheet written onto a fresh worksheet.
 */
import type { Cell, Style, Worksheet } from 'exceljs';
import { a1Range, quoteSheetName } from '../../workbook/address';
import type { CellRange, InternalLink, PatchValue, SheetPatch, StyleBlock } from '../../workbook/patch';
import { addConditionalFormats } from './conditional-formats';
import { solidFill } from './fills';

/** The font colour of Excel's built-in "Hyperlink" cell style. */
const LINK_COLOR = 'FF0563C1';

/**
 * Writes every part of a SheetPatch onto an empty worksheet: values, links, number formats,
 * styles, column widths, frozen panes, conditional formats and the autofilter. Strings are
 * written as text values, so "=SUM(A1)" or "+44" stays exactly that text. Link cells get the
 * blue underlined look of Excel's Hyperlink style (a style block may override it). The patch
 * must have passed `assertWritablePlan`.
 */
export function writeSheetPatch(worksheet: Worksheet, patch: SheetPatch): void {
  patch.values.forEach((values, r) => {
    const row = worksheet.getRow(r + 1);
    values.forEach((value, c) => {
      if (value !== null && value !== '') row.getCell(c + 1).value = value;
    });
  });
  for (const link of patch.links) writeLink(worksheet, link, patch.values[link.row]?.[link.col] ?? null);
  for (const block of patch.numberFormats) {
    forEachCell(worksheet, block.range, (cell) => restyle(cell, { numFmt: block.format }));
  }
  for (const block of patch.styles) forEachCell(worksheet, block.range, (cell) => applyStyleBlock(cell, block));
  patch.columnWidths.forEach((width, c) => {
    if (Number.isFinite(width) && width > 0) worksheet.getColumn(c + 1).width = width;
  });
  if (patch.freeze.rows > 0 || patch.freeze.cols > 0) {
    worksheet.views = [{ state: 'frozen', xSplit: patch.freeze.cols, ySplit: patch.freeze.rows }];
  }
  addConditionalFormats(worksheet, patch.conditionalFormats);
  if (patch.autoFilter) worksheet.autoFilter = rangeA1(patch.autoFilter);
}

/** The reference a link cell points to, e.g. `#'Ops Duties'!B4`. */
export function linkAddress(link: InternalLink): string {
  return `#${quoteSheetName(link.target.sheet)}!${link.target.cell}`;
}

function writeLink(worksheet: Worksheet, link: InternalLink, value: PatchValue): void {
  const cell = worksheet.getCell(link.row + 1, link.col + 1);
  // ExcelJS treats a link with empty text as an unknown value, so a blank cell shows its target.
  const text = value === null || value === '' ? `${link.target.sheet}!${link.target.cell}` : String(value);
  cell.value = { text, hyperlink: linkAddress(link) };
  restyle(cell, { font: { ...cell.style?.font, color: { argb: LINK_COLOR }, underline: true } });
}

function applyStyleBlock(cell: Cell, block: StyleBlock): void {
  const style: Partial<Style> = {};
  if (block.bold !== undefined || block.fontColor !== undefined) {
    style.font = { ...cell.style?.font };
    if (block.bold !== undefined) style.font.bold = block.bold;
    if (block.fontColor !== undefined) style.font.color = { argb: `FF${block.fontColor.toUpperCase()}` };
  }
  if (block.fill !== undefined) style.fill = solidFill(block.fill);
  if (block.wrap !== undefined) style.alignment = { ...cell.style?.alignment, wrapText: block.wrap };
  restyle(cell, style);
}

/** Gives a cell a new style object: ExcelJS may share one between cells (see fills.ts). */
function restyle(cell: Cell, changes: Partial<Style>): void {
  cell.style = { ...cell.style, ...changes };
}

function forEachCell(worksheet: Worksheet, range: CellRange, visit: (cell: Cell) => void): void {
  for (let r = range.row; r < range.row + range.rowCount; r++) {
    const row = worksheet.getRow(r + 1);
    for (let c = range.col; c < range.col + range.colCount; c++) visit(row.getCell(c + 1));
  }
}

function rangeA1(range: CellRange): string {
  const ref = a1Range(range.row, range.col, range.rowCount, range.colCount);
  return ref.includes(':') ? ref : `${ref}:${ref}`;
}
