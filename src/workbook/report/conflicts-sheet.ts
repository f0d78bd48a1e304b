/** The Conflicts sheet: one row per conflict, worst first, linked to its first source cell. */
import type { Conflict, Report } from '../../core/report';
import type { InternalLink, PatchValue, SheetPatch } from '../patch';
import { fitColumnWidths } from './column-widths';
import { summaryPrintSetup } from './print-setup';
import { BAD_COLOURS, NEUTRAL_COLOURS, wordFormats } from './rag-formats';
import { sortConflicts } from './conflict-order';
import { cellNumber, cellRange, cellText, hasCells, headerStyle, padRows } from './sheet-parts';
import { parseSourceCell } from './source-cell';

/** Column names of the Conflicts sheet, in order. */
export const CONFLICT_COLUMNS = [
  'Severity', 'Kind', 'Person', 'Project', 'Duty', 'From', 'To', 'Hours', 'Message', 'Cells', 'Suggestion',
] as const;

const HOURS_COL = CONFLICT_COLUMNS.indexOf('Hours');
const CELLS_COL = CONFLICT_COLUMNS.indexOf('Cells');
const SEVERITY_COLOURS = { high: BAD_COLOURS, medium: NEUTRAL_COLOURS };

/**
 * Builds the Conflicts sheet. The Cells column lists every source cell ("Staff!A3, Projects!D4")
 * and links to the first, so one click takes the user to the row to fix. The Suggestion column
 * holds the best suggestion's line (the task pane shows all of them, with Apply).
 */
export function buildConflictsSheet(report: Report): SheetPatch {
  const rows: PatchValue[][] = [[...CONFLICT_COLUMNS]];
  const links: InternalLink[] = [];
  for (const conflict of sortConflicts(report.conflicts)) {
    const row = rows.length;
    rows.push([
      conflict.severity,
      conflict.kind,
      cellText(conflict.person),
      cellText(conflict.project),
      cellText(conflict.duty),
      conflict.from,
      conflict.to,
      cellNumber(conflict.hours),
      conflict.message,
      cellText(conflict.cells.join(', ')),
      cellText(suggestionText(conflict)),
    ]);
    const first = conflict.cells.length > 0 ? parseSourceCell(conflict.cells[0]) : undefined;
    if (first) links.push({ row, col: CELLS_COL, target: { sheet: first.sheet, cell: first.cell } });
  }
  const colCount = CONFLICT_COLUMNS.length;
  const hours = cellRange(1, HOURS_COL, rows.length - 1, 1);
  const values = padRows(rows);
  const numberFormats = hasCells(hours) ? [{ range: hours, format: '#,##0.00' }] : [];
  const styles = [headerStyle(colCount)];
  const autoFilter = cellRange(0, 0, rows.length, colCount);
  return {
    key: 'conflicts',
    title: 'Conflicts',
    values,
    numberFormats,
    styles,
    columnWidths: fitColumnWidths({ values, numberFormats, styles, filterHeaders: [cellRange(0, 0, 1, colCount)] }),
    freeze: { rows: 1, cols: 0 },
    // Severity words in the colours of the highlights they cause on the input sheets.
    conditionalFormats: wordFormats(cellRange(1, 0, rows.length - 1, 1), SEVERITY_COLOURS),
    links,
    autoFilter,
    print: summaryPrintSetup(report.asOf, 1, 0),
  };
}

/** The best suggestion's line, saying how many more there are; "" when there is none. */
function suggestionText(conflict: Conflict): string {
  const [best, ...rest] = conflict.suggestions;
  if (!best) return '';
  return rest.length === 0 ? best.text : `${best.text} (${rest.length} more in the task pane)`;
}
