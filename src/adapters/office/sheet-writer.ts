/**
 * Queues the writes that fill a new, empty worksheet with a sheet's content: 2-D blocks of
 * values and number formats (formats first, so text stays text), styles, column widths,
 * conditional formats, hyperlinks and the auto-filter. Freeze panes are separate
 * (applyFreezePanes) because Loadline sets them once the sheet is visible.
 */
import { a1Range, columnLetters, sheetRef } from '../../workbook/address';
import type { CellRange, ConditionalFormat, SheetPatch, StyleBlock } from '../../workbook/patch';
import { cellToWrite, GENERAL_FORMAT } from './excel-values';
import { excelColor } from './fill-colors';
import { jsonBytes, OPERATION_BYTES } from './request-budget';
import type { RequestPacker } from './request-packer';
import { supportsExcelApi } from './requirements';

/** What a sheet holds, whatever wrote it (a summary sheet, a template, the state sheet). */
export type SheetContent = Pick<SheetPatch, 'values' | 'numberFormats' | 'styles' | 'columnWidths' | 'conditionalFormats' | 'links' | 'autoFilter'>;

/** getRange, numberFormat and values: the operations of one block. */
const BLOCK_BYTES = 3 * OPERATION_BYTES;

/**
 * Queues `content` for the (new, empty) sheet called `sheetName` at the time the requests run.
 * Values go in row blocks sized to fill each request; a block whose formats are all General
 * or whose values are all blank skips that array, since a new sheet already is so.
 */
export function queueSheetContent(packer: RequestPacker, sheetName: string, content: SheetContent): void {
  queueCells(packer, sheetName, content);
  for (const style of content.styles) queueStyle(packer, sheetName, style);
  queueColumnWidths(packer, sheetName, content.columnWidths);
  for (const format of content.conditionalFormats) queueConditionalFormat(packer, sheetName, format);
  for (const link of content.links) {
    const hyperlink = { documentReference: sheetRef(link.target.sheet, link.target.cell) };
    packer.add(2 * OPERATION_BYTES + jsonBytes(hyperlink), (sheets) => {
      sheets.get(sheetName).getCell(link.row, link.col).hyperlink = hyperlink;
    });
  }
  const filter = content.autoFilter;
  if (filter && supportsExcelApi('1.9')) {
    packer.add(2 * OPERATION_BYTES, (sheets) => sheets.get(sheetName).autoFilter.apply(address(filter)));
  }
}

/** Freezes the top rows and left columns of a sheet (0 and 0: nothing). */
export function applyFreezePanes(sheet: Excel.Worksheet, freeze: { readonly rows: number; readonly cols: number }): void {
  if (freeze.rows > 0 && freeze.cols > 0) sheet.freezePanes.freezeAt(sheet.getRange(a1Range(0, 0, freeze.rows, freeze.cols)));
  else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze.cols > 0) sheet.freezePanes.freezeColumns(freeze.cols);
}

/**
 * Excel's column width in points from a width in characters of the default font (Office.js
 * takes points): a character is 7 px wide, a column adds 5 px of padding, and a 96-dpi pixel is
 * 0.75 pt — so Excel's default 8.43 characters is 48 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function queueCells(packer: RequestPacker, sheetName: string, content: SheetContent): void {
  const width = Math.max(0, ...content.values.map((row) => row.length));
  if (width === 0) return;
  const formatAt = formatLookup(content, width);
  const valueRows: (string | number | boolean)[][] = [];
  const formatRows: string[][] = [];
  const rowBytes: number[] = [];
  content.values.forEach((row, r) => {
    const values: (string | number | boolean)[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c++) {
      const write = cellToWrite(row[c] ?? null, formatAt(r, c));
      values.push(write.value);
      formats.push(write.format);
    }
    valueRows.push(values);
    formatRows.push(formats);
    // +1 each for the comma between rows of the 2-D arrays.
    rowBytes.push(jsonBytes(values) + jsonBytes(formats) + 2);
  });

  const flush = (start: number, end: number, bytes: number) => {
    const values = valueRows.slice(start, end);
    const formats = formatRows.slice(start, end);
    const writeFormats = formats.some((row) => row.some((f) => f !== GENERAL_FORMAT));
    const writeValues = values.some((row) => row.some((v) => v !== ''));
    if (!writeFormats && !writeValues) return;
    const target = a1Range(start, 0, end - start, width);
    packer.add(BLOCK_BYTES + bytes, (sheets) => {
      const range = sheets.get(sheetName).getRange(target);
      if (writeFormats) range.numberFormat = formats;
      if (writeValues) range.values = values;
    });
  };

  let start = 0;
  let bytes = 0;
  for (let r = 0; r < valueRows.length; r++) {
    if (BLOCK_BYTES + bytes + rowBytes[r] > packer.room) {
      if (r > start) flush(start, r, bytes);
      start = r;
      bytes = 0;
      packer.next();
    }
    bytes += rowBytes[r];
  }
  flush(start, valueRows.length, bytes);
}

/** The number format of a cell from the content's blocks (the last block covering it wins). */
function formatLookup(content: SheetContent, width: number): (row: number, col: number) => string | null {
  const grid = new Map<number, string>();
  for (const block of content.numberFormats) {
    const { range } = block;
    for (let r = range.row; r < range.row + range.rowCount; r++) {
      for (let c = range.col; c < Math.min(range.col + range.colCount, width); c++) grid.set(r * width + c, block.format);
    }
  }
  return (row, col) => grid.get(row * width + col) ?? null;
}

function queueStyle(packer: RequestPacker, sheetName: string, style: StyleBlock): void {
  const parts = [style.bold !== undefined, style.fill !== undefined, style.fontColor !== undefined, style.wrap !== undefined].filter(Boolean).length;
  if (parts === 0) return;
  packer.add((1 + parts) * OPERATION_BYTES, (sheets) => {
    const format = sheets.get(sheetName).getRange(address(style.range)).format;
    if (style.bold !== undefined) format.font.bold = style.bold;
    if (style.fill !== undefined) format.fill.color = excelColor(style.fill);
    if (style.fontColor !== undefined) format.font.color = excelColor(style.fontColor);
    if (style.wrap !== undefined) format.wrapText = style.wrap;
  });
}

function queueColumnWidths(packer: RequestPacker, sheetName: string, widths: readonly number[]): void {
  let start = 0;
  for (let c = 1; c <= widths.length; c++) {
    if (c < widths.length && widths[c] === widths[start]) continue;
    const characters = widths[start];
    if (characters !== undefined && Number.isFinite(characters) && characters > 0) {
      const columns = `${columnLetters(start)}:${columnLetters(c - 1)}`;
      packer.add(2 * OPERATION_BYTES, (sheets) => {
        sheets.get(sheetName).getRange(columns).format.columnWidth = columnWidthPoints(characters);
      });
    }
    start = c;
  }
}

function queueConditionalFormat(packer: RequestPacker, sheetName: string, format: ConditionalFormat): void {
  const target = address(format.range);
  if (format.type === 'colorScale') {
    const point = (p: { value: number; color: string }) => ({ formula: String(p.value), type: 'Number' as const, color: excelColor(p.color) });
    const criteria = { minimum: point(format.min), midpoint: point(format.mid), maximum: point(format.max) };
    packer.add(3 * OPERATION_BYTES + jsonBytes(criteria), (sheets) => {
      const added = sheets.get(sheetName).getRange(target).conditionalFormats.add('ColorScale');
      added.colorScale.criteria = criteria;
    });
    return;
  }
  // "Text equals" as a formula relative to the range's top-left cell: exact, unlike ContainsText.
  const topLeft = a1Range(format.range.row, format.range.col, 1, 1);
  const formula = `=${topLeft}="${format.text.replace(/"/g, '""')}"`;
  const fill = excelColor(format.fill);
  const fontColor = format.fontColor === undefined ? undefined : excelColor(format.fontColor);
  packer.add(5 * OPERATION_BYTES + formula.length, (sheets) => {
    const added = sheets.get(sheetName).getRange(target).conditionalFormats.add('Custom');
    added.custom.rule.formula = formula;
    added.custom.format.fill.color = fill;
    if (fontColor) added.custom.format.font.color = fontColor;
  });
}

function address(range: CellRange): string {
  return a1Range(range.row, range.col, range.rowCount, range.colCount);
}
