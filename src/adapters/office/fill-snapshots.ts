/**
 * Reads the current fill of cells before Loadline paints them, in as few round trips as the
 * budget allows (one load per cell: a multi-cell range reports null when its cells differ).
 */
import type { FillSnapshot } from '../../workbook/state';
import { fillSnapshot } from './fill-colors';
import { OPERATION_BYTES } from './request-budget';
import { supportsExcelApi } from './requirements';
import type { WorksheetCache } from './worksheet-cache';

/** Request and response bytes of one cell's fill read (getRange, format/fill load, two values). */
const BYTES_PER_CELL = 2 * OPERATION_BYTES + 80;

/** The fill of each cell, in the order given. */
export async function readFillSnapshots(
  sheets: WorksheetCache,
  cells: readonly { readonly sheet: string; readonly cell: string }[],
  budgetBytes: number,
): Promise<FillSnapshot[]> {
  // tintAndShade (ExcelApi 1.9) is the only way to tell "no fill" from a white fill.
  const withTint = supportsExcelApi('1.9');
  const perRequest = Math.max(1, Math.floor(budgetBytes / BYTES_PER_CELL));
  const snapshots: FillSnapshot[] = [];
  for (let start = 0; start < cells.length; start += perRequest) {
    const fills = cells.slice(start, start + perRequest).map(({ sheet, cell }) => (
      sheets.get(sheet).getRange(cell).format.fill.load(withTint ? 'color,tintAndShade' : 'color')
    ));
    await sheets.context.sync();
    for (const fill of fills) snapshots.push(fillSnapshot(fill.color, withTint ? fill.tintAndShade : undefined));
  }
  return snapshots;
}
