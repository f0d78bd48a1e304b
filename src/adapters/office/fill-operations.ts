/**
 * Queues fill changes grouped into rectangles: restoring recorded fills (grouped by colour) and
 * painting highlights (grouped by level), one operation per rectangle. Borders, which only
 * input-issue marks touch, go cell by cell: a rectangle's border items address only its outer
 * edges, and issue cells are few.
 */
import { a1Range } from '../../workbook/address';
import { HIGHLIGHT_FILL } from '../../workbook/patch';
import { asFileBorders, drawEdge, EDGES, ISSUE_LINE, officeLine } from './cell-borders';
import { groupCells } from './cell-groups';
import { excelColor } from './fill-colors';
import type { PlannedHighlight, PlannedRestore } from './fill-plan';
import { OPERATION_BYTES } from './request-budget';
import type { RequestPacker } from './request-packer';

/** Operations of one cell's four edges. */
const BORDER_BYTES = 9 * OPERATION_BYTES;

/**
 * Puts recorded fills back: "no fill" clears the fill, a colour is painted again; a recorded
 * border (cells marked as input issues) is drawn again edge by edge.
 */
export function queueRestores(packer: RequestPacker, restores: readonly PlannedRestore[]): void {
  queueFillRestores(packer, restores);
  queueBorderRestores(packer, restores);
}

/** Draws each recorded border again; restores without a recorded border are skipped. */
export function queueBorderRestores(packer: RequestPacker, restores: readonly PlannedRestore[]): void {
  for (const { sheet, cell, original } of restores) {
    if (original.border === undefined) continue;
    const borders = asFileBorders(original.border);
    if (!borders) continue;
    packer.add(BORDER_BYTES + cell.length, (sheets) => {
      const edges = sheets.get(sheet).getRange(cell).format.borders;
      for (const [index, edge] of EDGES) drawEdge(edges.getItem(index as Excel.BorderIndex), officeLine(borders[edge]));
    });
  }
}

function queueFillRestores(packer: RequestPacker, restores: readonly PlannedRestore[]): void {
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

/** Paints highlights: red for high, amber for medium, light red and a dotted red border for an input issue. */
export function queueHighlights(packer: RequestPacker, highlights: readonly PlannedHighlight[]): void {
  queueFills(packer, highlights);
  for (const { sheet, cell, issue } of highlights) {
    if (!issue) continue;
    packer.add(BORDER_BYTES + cell.length, (sheets) => {
      const edges = sheets.get(sheet).getRange(cell).format.borders;
      for (const [index] of EDGES) drawEdge(edges.getItem(index as Excel.BorderIndex), ISSUE_LINE);
    });
  }
}

function queueFills(packer: RequestPacker, highlights: readonly PlannedHighlight[]): void {
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
