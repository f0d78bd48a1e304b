/**
 * A worksheet's used range as a RawSheet, and the cells of any rectangle of it.
 */
import type { CellValue, RawSheet } from '../../workbook/grid';
import { parseA1 } from '../../workbook/address';
import { cellValue } from './cell-value';
import { scanCells, type CellSink, type ScannedCell } from './sheet-cells';
import type { Styles } from './styles';
import { attributes, findElement, findElements } from './xml';

/** What reading a sheet needs from the workbook. */
export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
  readonly styles: Styles;
  readonly date1904: boolean;
}

/** A non-blank cell as read. */
export interface ReadCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly format: string | null;
}

/**
 * The non-blank cells of a sheet, in document order, one array per field: a sheet holds tens of
 * thousands of cells, and an object per cell was a large share of what reading allocated.
 */
export interface ReadCellList {
  readonly rows: number[];
  readonly cols: number[];
  readonly values: CellValue[];
  readonly formats: (string | null)[];
}

/**
 * Every non-blank cell of a sheet, in document order. The cells of a merge other than its
 * top-left one are left out: they are blank to Excel whatever the file holds.
 */
export function readCellList(xml: string, context: SheetReadContext): ReadCellList {
  const list = new CellListSink(context, mergedAreas(xml));
  scanCells(xml, list);
  return list;
}

/** The scan's cells into four arrays, skipping blanks and the hidden cells of merges. */
class CellListSink implements ReadCellList, CellSink {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = [];
  readonly formats: (string | null)[] = [];
  private readonly formatOfStyle = new Map<number, string | null>();

  constructor(private readonly context: SheetReadContext, private readonly merges: readonly Area[]) {}

  cell(cell: ScannedCell): void {
    const value = cellValue(cell, this.context.sharedStrings, this.context.date1904);
    if (value === null) return;
    const { row, col } = cell;
    if (this.merges.length > 0 && this.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left))) return;
    let format = this.formatOfStyle.get(cell.style);
    if (format === undefined) this.formatOfStyle.set(cell.style, (format = this.context.styles.numberFormatOf(cell.style)));
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.formats.push(format);
  }
}

/** The same cells as one object each. */
export function readCells(xml: string, context: SheetReadContext): ReadCell[] {
  const { rows, cols, values, formats } = readCellList(xml, context);
  return rows.map((row, i) => ({ row, col: cols[i], value: values[i], format: formats[i] }));
}

/**
 * The smallest rectangle holding every non-blank value, as a RawSheet with its zero-based
 * origin. Rows are ragged: each stops at its last non-blank cell, and blank rows are empty
 * arrays, so a stray cell far to the right costs one row, not the whole sheet. A sheet with no
 * values gives an empty grid at A1.
 */
export function usedRange(name: string, cells: ReadCellList): RawSheet {
  if (cells.rows.length === 0) return { name, values: [], numberFormats: [], originRow: 0, originCol: 0 };
  // Each loop is a function of its own: V8 optimises a long loop while it runs (on-stack
  // replacement), and optimised code for the first loop knew nothing of the code after it, so it
  // was thrown away as soon as the loop ended, for every sheet read.
  const { firstRow, lastRow, firstCol } = extentOf(cells);
  const values: CellValue[][] = Array.from({ length: lastRow - firstRow + 1 }, () => []);
  const numberFormats: (string | null)[][] = Array.from({ length: lastRow - firstRow + 1 }, () => []);
  placeCells(cells, values, numberFormats, firstRow, firstCol);
  return { name, values, numberFormats, originRow: firstRow, originCol: firstCol };
}

/** The first and last row and the first column holding a cell. */
function extentOf({ rows, cols }: ReadCellList): { firstRow: number; lastRow: number; firstCol: number } {
  let firstRow = Infinity;
  let lastRow = -1;
  let firstCol = Infinity;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < firstRow) firstRow = rows[i];
    if (rows[i] > lastRow) lastRow = rows[i];
    if (cols[i] < firstCol) firstCol = cols[i];
  }
  return { firstRow, lastRow, firstCol };
}

/** Puts each cell's value and format at its place in the grid, padding rows with nulls up to it. */
function placeCells(cells: ReadCellList, values: CellValue[][], numberFormats: (string | null)[][], firstRow: number, firstCol: number): void {
  const { rows, cols } = cells;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] - firstRow;
    const c = cols[i] - firstCol;
    const rowValues = values[r];
    const rowFormats = numberFormats[r];
    while (rowValues.length < c) {
      rowValues.push(null);
      rowFormats.push(null);
    }
    rowValues[c] = cells.values[i];
    rowFormats[c] = cells.formats[i];
  }
}

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The merged areas of a sheet. */
function mergedAreas(xml: string): Area[] {
  const merges = findElement(xml, 'mergeCells');
  if (!merges) return [];
  const areas: Area[] = [];
  for (const { tag } of findElements(merges.inner, 'mergeCell')) {
    const [first, last = first] = (attributes(tag).ref ?? '').split(':');
    const start = parseA1(first);
    const end = parseA1(last);
    if (start && end) areas.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  return areas;
}
