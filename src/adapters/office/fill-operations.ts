/**
 * Queues fill changes grouped into rectangles: restoring recorded fills (grouped by colour) and
 * painting highlights (grouped by level), one operation per rectangle.
 */
import { a1Range } from '../../workbook/address';
import { HIGHLIGHT_FILL } from '../../workbook/patch';
import { groupCells } from './cell-groups';
import { excelColor } from './fill-colors';
import type { PlannedHighlight, PlannedRestore } from './fill-plan';
import { OPERATION_BYTES } from './request-budget';
import type { RequestPacker } from './request-packer';

/** Puts recorded fills back: "no fill" clears the fill, a colour is painted again. */
export function queueRestores(packer: RequestPacker, restores: readonly PlannedRestore[]): void {
  const groups = groupBy(restores, (fill) => [fill.sheet, fill.original.color]);
  for (const { sheet, value: color, cells } of groups) {
    for (const range of groupCells(cells)) {
      const target = a1Range(range.row, range.col, range.rowCount, range.colCount);
      packer.add(2 * OPERATION_BYTES + target.length, (sheets) => {
        const fill = sheets.get(sheet).getRange(target).format.fill;
        if (color === null) fill.clear();
        else fill.color = excelColor(color);
      });
    }
  }
}

/** Paints highlights: red for high, amber for medium. */
export function queueHighlights(packer: RequestPacker, highlights: readonly PlannedHighlight[]): void {
  for (const { sheet, value: level, cells } of groupBy(highlights, (h) => [h.sheet, h.level])) {
    const color = excelColor(HIGHLIGHT_FILL[level]);
    for (const range of groupCells(cells)) {
      const target = a1Range(range.row, range.col, range.rowCount, range.colCount);
      packer.add(2 * OPERATION_BYTES + target.length, (sheets) => {
        sheets.get(sheet).getRange(target).format.fill.color = color;
      });
    }
  }
}

function groupBy<T extends { readonly row: number; readonly col: number }, V>(
  items: readonly T[],
  keyOf: (item: T) => [string, V],
): { sheet: string; value: V; cells: T[] }[] {
  const groups = new Map<string, { sheet: string; value: V; cells: T[] }>();
  for (const item of items) {
    const [sheet, value] = keyOf(item);
    const id = JSON.stringify([sheet.toLowerCase(), value]);
    const group = groups.get(id) ?? { sheet, value, cells: [] };
    group.cells.push(item);
    groups.set(id, group);
  }
  return [...groups.values()];
}
