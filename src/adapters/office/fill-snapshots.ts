/**
 * Reads the current fill (and, for input-issue marks, the border) of cells before Loadline
 * paints them, in as few round trips as the budget allows (one load per cell: a multi-cell range
 * reports null when its cells differ).
 */
import type { FillSnapshot } from '../../workbook/state';
import { EDGES, fileBorders, type FileBorders, type OfficeBorderLine } from './cell-borders';
import { fillSnapshot } from './fill-colors';
import { OPERATION_BYTES } from './request-budget';
import { supportsExcelApi } from './requirements';
import type { WorksheetCache } from './worksheet-cache';

/** Request and response bytes of one cell's fill read (getRange, format/fill load, two values). */
const BYTES_PER_FILL = 2 * OPERATION_BYTES + 80;
/** Request and response bytes of one cell's border read (four edges, three values each). */
const BYTES_PER_BORDER = 5 * OPERATION_BYTES + 4 * 80;

/** A cell to read, and what to read of it. */
export interface SnapshotRequest {
  readonly sheet: string;
  readonly cell: string;
  readonly fill: boolean;
  readonly border: boolean;
}

/** What was read: the fill when asked for, the border (file form) when asked for. */
export interface CellSnapshot {
  readonly fill?: FillSnapshot;
  readonly border?: FileBorders;
}

/** The fill and border of each cell, in the order given. */
export async function readFillSnapshots(
  sheets: WorksheetCache,
  cells: readonly SnapshotRequest[],
  budgetBytes: number,
): Promise<CellSnapshot[]> {
  // tintAndShade (ExcelApi 1.9) is the only way to tell "no fill" from a white fill.
  const withTint = supportsExcelApi('1.9');
  const snapshots: CellSnapshot[] = [];
  let start = 0;
  while (start < cells.length) {
    let end = start;
    let bytes = 0;
    while (end < cells.length) {
      const cost = (cells[end].fill ? BYTES_PER_FILL : 0) + (cells[end].border ? BYTES_PER_BORDER : 0);
      if (end > start && bytes + cost > budgetBytes) break;
      bytes += cost;
      end++;
    }
    const reads = cells.slice(start, end).map(({ sheet, cell, fill, border }) => {
      const range = sheets.get(sheet).getRange(cell);
      return {
        fill: fill ? range.format.fill.load(withTint ? 'color,tintAndShade' : 'color') : undefined,
        edges: border ? EDGES.map(([index]) => range.format.borders.getItem(index as Excel.BorderIndex).load('style,color,weight')) : undefined,
      };
    });
    await sheets.context.sync();
    for (const { fill, edges } of reads) {
      snapshots.push({
        ...(fill ? { fill: fillSnapshot(fill.color, withTint ? fill.tintAndShade : undefined) } : {}),
        ...(edges ? { border: fileBorders(edges.map((edge): OfficeBorderLine => ({ style: edge.style, weight: edge.weight, color: edge.color }))) } : {}),
      });
    }
    start = end;
  }
  return snapshots;
}
