/** The cells to fill on the input sheets: those named by high- and medium-severity conflicts. */
import type { Conflict } from '../../core/report';
import type { Highlight, HighlightLevel } from '../patch';
import { compareText } from './compare-text';
import { parseSourceCell, type SourceCell } from './source-cell';

/**
 * One highlight per cell named by a high or medium conflict; a cell named by several gets the
 * worst level. Low conflicts highlight nothing (they would bury the cells that matter). Sorted
 * by sheet, then row, then column, so the same report always gives the same list. References
 * that name no cell are skipped.
 */
export function buildHighlights(conflicts: readonly Conflict[]): Highlight[] {
  const worst = new Map<string, { source: SourceCell; level: HighlightLevel }>();
  for (const conflict of conflicts) {
    if (conflict.severity === 'low') continue;
    const level: HighlightLevel = conflict.severity;
    for (const reference of conflict.cells) {
      const source = parseSourceCell(reference);
      if (!source) continue;
      // "\u0000" cannot appear in a sheet name, so the key cannot collide.
      const key = `${source.sheet}\u0000${source.row}\u0000${source.col}`;
      const seen = worst.get(key);
      if (!seen || (seen.level === 'medium' && level === 'high')) worst.set(key, { source, level });
    }
  }
  return [...worst.values()]
    .sort((left, right) =>
      compareText(left.source.sheet, right.source.sheet) ||
      left.source.row - right.source.row ||
      left.source.col - right.source.col)
    .map(({ source, level }) => ({ sheet: source.sheet, cell: source.cell, level }));
}
