/**
 * The cells to mark on the input sheets: those named by high- and medium-severity conflicts
 * (filled red or amber) and those of error diagnostics (the input-issue mark: light red fill and
 * a red dotted border).
 */
import type { Conflict } from '../../core/report';
import type { Diagnostic } from '../../core/diagnostics';
import { HIGHLIGHT_RANK, type Highlight, type HighlightLevel } from '../patch';
import { compareText } from './compare-text';
import { parseSourceCell, type SourceCell } from './source-cell';

/**
 * At most two highlights per cell: one conflict highlight (the worst level of the high and medium
 * conflicts naming it) and one 'issue' highlight when an error diagnostic names it. A door draws
 * a cell named by both with the conflict's fill (HIGHLIGHT_RANK) and the border. Low
 * conflicts and warnings mark nothing (they would bury the cells that matter). Sorted by sheet,
 * row, column, then rank, so the same report always gives the same list. References that name
 * no cell are skipped.
 *
 * @example
 * // an error at Staff!B4, and a high conflict naming Staff!B4
 * buildHighlights(conflicts, diagnostics)
 * // [{ sheet: 'Staff', cell: 'B4', level: 'issue' }, { sheet: 'Staff', cell: 'B4', level: 'high' }]
 */
export function buildHighlights(conflicts: readonly Conflict[], diagnostics: readonly Diagnostic[] = []): Highlight[] {
  const marks = new Map<string, { source: SourceCell; level: HighlightLevel }>();
  const mark = (source: SourceCell, level: HighlightLevel) => {
    // "\u0000" cannot appear in a sheet name, so the key cannot collide.
    const key = `${source.sheet}\u0000${source.row}\u0000${source.col}\u0000${level === 'issue' ? 'issue' : 'conflict'}`;
    const seen = marks.get(key);
    if (!seen || HIGHLIGHT_RANK[level] > HIGHLIGHT_RANK[seen.level]) marks.set(key, { source, level });
  };
  for (const conflict of conflicts) {
    if (conflict.severity === 'low') continue;
    for (const reference of conflict.cells) {
      const source = parseSourceCell(reference);
      if (source) mark(source, conflict.severity);
    }
  }
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== 'error' || diagnostic.sheet === '' || diagnostic.cell === '') continue;
    const source = parseSourceCell(`${diagnostic.sheet}!${diagnostic.cell}`);
    if (source) mark(source, 'issue');
  }
  return [...marks.values()]
    .sort((left, right) =>
      compareText(left.source.sheet, right.source.sheet) ||
      left.source.row - right.source.row ||
      left.source.col - right.source.col ||
      HIGHLIGHT_RANK[left.level] - HIGHLIGHT_RANK[right.level])
    .map(({ source, level }) => ({ sheet: source.sheet, cell: source.cell, level }));
}
