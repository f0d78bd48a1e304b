/** The Input Issues sheet: every diagnostic, linked to the cell it names. */
import type { Report } from '../../core/report';
import type { InternalLink, PatchValue, SheetPatch } from '../patch';
import { a1, parseA1 } from '../address';
import { fitColumnWidths } from './column-widths';
import { BAD_COLOURS, NEUTRAL_COLOURS, wordFormats } from './rag-formats';
import { cellRange, cellText, headerStyle, padRows } from './sheet-parts';

/** Column names of the Input Issues sheet, in order. */
export const ISSUE_COLUMNS = ['Severity', 'Code', 'Sheet', 'Cell', 'Message'] as const;

const CELL_COL = ISSUE_COLUMNS.indexOf('Cell');
const SEVERITY_COLOURS = { error: BAD_COLOURS, warning: NEUTRAL_COLOURS };

/**
 * Builds the Input Issues sheet in the report's order (the reader's: sheet by sheet, row by
 * row). The Cell column links to the cell when the diagnostic names both a sheet and a cell.
 */
export function buildIssuesSheet(report: Report): SheetPatch {
  const rows: PatchValue[][] = [[...ISSUE_COLUMNS]];
  const links: InternalLink[] = [];
  for (const diagnostic of report.diagnostics) {
    const row = rows.length;
    rows.push([
      diagnostic.severity, diagnostic.code, cellText(diagnostic.sheet), cellText(diagnostic.cell), diagnostic.message,
    ]);
    const position = diagnostic.sheet === '' ? undefined : parseA1(diagnostic.cell);
    if (position && position.row >= 0) {
      links.push({ row, col: CELL_COL, target: { sheet: diagnostic.sheet, cell: a1(position.row, position.col) } });
    }
  }
  const colCount = ISSUE_COLUMNS.length;
  const values = padRows(rows);
  const styles = [headerStyle(colCount)];
  return {
    key: 'issues',
    title: 'Input Issues',
    values,
    numberFormats: [],
    styles,
    columnWidths: fitColumnWidths({ values, styles, filterHeaders: [cellRange(0, 0, 1, colCount)] }),
    freeze: { rows: 1, cols: 0 },
    conditionalFormats: wordFormats(cellRange(1, 0, rows.length - 1, 1), SEVERITY_COLOURS),
    links,
    autoFilter: cellRange(0, 0, rows.length, colCount),
  };
}
