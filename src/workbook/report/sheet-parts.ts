/**
 * Small building blocks every summary sheet uses: ranges, the header style, padded rows and
 * safe numbers. Private to the report builder.
 */
import type { CellRange, PatchValue, Rgb, StyleBlock } from '../patch';

/** Light blue fill of header rows (Excel's "Blue, Accent 1, Lighter 80%"). */
export const HEADER_FILL: Rgb = 'D9E1F2';

/** Light grey fill of totals rows, so they stand apart from the rows they sum. */
export const TOTAL_FILL: Rgb = 'F2F2F2';

/** A zero-based rectangle. */
export function cellRange(row: number, col: number, rowCount: number, colCount: number): CellRange {
  return { row, col, rowCount, colCount };
}

/** True when a range holds at least one cell; formats on empty ranges are left out. */
export function hasCells(range: CellRange): boolean {
  return range.rowCount > 0 && range.colCount > 0;
}

/** The bold, lightly filled header style over the first `rowCount` rows and `colCount` columns. */
export function headerStyle(colCount: number, rowCount = 1): StyleBlock {
  return { range: cellRange(0, 0, rowCount, colCount), bold: true, fill: HEADER_FILL };
}

/**
 * A number safe to write, or null (a blank cell). NaN and Infinity never reach a cell: a report
 * should not contain them, and a blank reads better than #NUM! if one slips through.
 */
export function cellNumber(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Text or null (a blank cell) for an optional field. */
export function cellText(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

/** Rows padded with blanks to the width of the widest, as SheetPatch.values requires. */
export function padRows(rows: readonly PatchValue[][]): PatchValue[][] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  // Rows already that wide are kept as they are: Capacity's are hundreds of thousands of cells.
  return rows.map((row) => (row.length === width ? row : [...row, ...Array<PatchValue>(width - row.length).fill(null)]));
}
