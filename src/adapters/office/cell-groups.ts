/**
 * Groups single cells into as few rectangles as possible, so that filling or restoring many
 * cells costs one request operation per rectangle ("B4:B9"), not one per cell. Pure.
 */
import type { CellRange } from '../../workbook/patch';

/** A zero-based cell. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/**
 * Rectangles covering exactly the given cells (duplicates ignored): vertical runs per column,
 * then runs of equal height in adjacent columns merged side by side.
 *
 * @example
 * groupCells([{ row: 3, col: 1 }, { row: 4, col: 1 }, { row: 3, col: 2 }, { row: 4, col: 2 }])
 * // [{ row: 3, col: 1, rowCount: 2, colCount: 2 }]  → "B4:C5"
 */
export function groupCells(cells: readonly CellPosition[]): CellRange[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byColumn.get(col) ?? [];
    rows.push(row);
    byColumn.set(col, rows);
  }
  // Vertical runs, keyed by their row span, remembering the columns that share it.
  const spans = new Map<string, { row: number; rowCount: number; cols: number[] }>();
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byColumn.get(col))].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const key = `${rows[start]}:${i - start}`;
      const span = spans.get(key) ?? { row: rows[start], rowCount: i - start, cols: [] };
      span.cols.push(col);
      spans.set(key, span);
      start = i;
    }
  }
  const ranges: CellRange[] = [];
  for (const span of spans.values()) {
    let first = 0;
    for (let i = 1; i <= span.cols.length; i++) {
      if (i < span.cols.length && span.cols[i] === span.cols[i - 1] + 1) continue;
      ranges.push({ row: span.row, col: span.cols[first], rowCount: span.rowCount, colCount: i - first });
      first = i;
    }
  }
  return ranges.sort((a, b) => a.row - b.row || a.col - b.col);
}
