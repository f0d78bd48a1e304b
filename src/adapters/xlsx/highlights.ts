/**
 * Marking cells on input sheets and putting them back: only the `s` attribute of each marked
 * cell changes (a cell that does not exist yet is made, empty, with the mark).
 */
import { a1, parseA1 } from '../../workbook/address';
import { HIGHLIGHT_FILL, HIGHLIGHT_RANK, ISSUE_BORDER, type Highlight, type HighlightLevel } from '../../workbook/patch';
import type { FillSnapshot, RecordedFill } from '../../workbook/state';
import { editCells, type CellEdit } from './cell-edits';
import { solidFillXml } from './cell-styles';
import { recordCell, restoredFormat } from './fill-records';
import { withAttributes } from './styles';
import type { SheetEntry, XlsxWorkbook } from './xlsx-workbook';

const ISSUE_COLOR = `FF${ISSUE_BORDER.color.toUpperCase()}`;
const ISSUE_BORDER_XML = `<border>${['left', 'right', 'top', 'bottom'].map((edge) => `<${edge} style="${ISSUE_BORDER.style}"><color rgb="${ISSUE_COLOR}"/></${edge}>`).join('')}<diagonal/></border>`;

/** Edits grouped by sheet, then row, then column. */
type SheetEdits = Map<SheetEntry, Map<number, Map<number, CellEdit>>>;

/**
 * Records each marked cell (once, before Loadline touched it) and marks it: the fill of the
 * highest-ranked highlight naming it, and the issue border when any of them is an input issue.
 * Returns the records in the order the cells were first named.
 */
export function paintHighlights(workbook: XlsxWorkbook, highlights: readonly Highlight[]): RecordedFill[] {
  const styles = workbook.styles();
  const marks = new Map<string, { sheet: SheetEntry; row: number; col: number; fill: HighlightLevel; border: boolean }>();
  for (const highlight of highlights) {
    const sheet = workbook.findSheet(highlight.sheet);
    const position = parseA1(highlight.cell);
    if (!sheet || sheet.part === undefined || !position) continue; // ruled out by assertWritablePlan
    const key = `${sheet.name}\u0000${position.row}\u0000${position.col}`;
    const mark = marks.get(key);
    if (!mark) marks.set(key, { sheet, ...position, fill: highlight.level, border: highlight.level === 'issue' });
    else {
      if (HIGHLIGHT_RANK[highlight.level] > HIGHLIGHT_RANK[mark.fill]) mark.fill = highlight.level;
      if (highlight.level === 'issue') mark.border = true;
    }
  }
  const records = new Map<string, RecordedFill>();
  const edits: SheetEdits = new Map();
  // Thousands of marked cells share a few formats: each (format, mark) pair is worked out once.
  const markedFormats = new Map<string, number>();
  const markedFormat = (style: number, fill: HighlightLevel, border: boolean): number => {
    const key = `${style} ${fill} ${border}`;
    let marked = markedFormats.get(key);
    if (marked === undefined) {
      let format = withAttributes(styles.cellFormat(style), { fillId: String(styles.add('fills', solidFillXml(HIGHLIGHT_FILL[fill]))), applyFill: '1' });
      if (border) format = withAttributes(format, { borderId: String(styles.add('borders', ISSUE_BORDER_XML)), applyBorder: '1' });
      markedFormats.set(key, (marked = styles.add('cellXfs', format)));
    }
    return marked;
  };
  for (const [key, mark] of marks) {
    addEdit(edits, mark.sheet, mark.row, mark.col, (existing) => {
      records.set(key, { sheet: mark.sheet.name, cell: a1(mark.row, mark.col), original: recordCell(styles, existing, mark.border) });
      return { style: markedFormat(existing?.style ?? 0, mark.fill, mark.border) };
    });
  }
  applyEdits(workbook, edits);
  return [...marks.keys()].map((key) => records.get(key)).filter((record): record is RecordedFill => record !== undefined);
}

/**
 * Puts recorded cells back. Records whose sheet or cell no longer exists are skipped: the state
 * is only a record. When one cell was recorded twice, the earlier (original) record wins.
 */
export function restoreFills(workbook: XlsxWorkbook, fills: readonly RecordedFill[]): void {
  const styles = workbook.styles();
  const earliest = new Map<string, { sheet: SheetEntry; row: number; col: number; original: FillSnapshot }>();
  for (let i = fills.length - 1; i >= 0; i--) {
    const { sheet: name, cell, original } = fills[i];
    const sheet = workbook.findSheet(name);
    const position = parseA1(cell);
    if (!sheet || sheet.part === undefined || !position) continue;
    earliest.set(`${sheet.name}\u0000${position.row}\u0000${position.col}`, { sheet, ...position, original });
  }
  const edits: SheetEdits = new Map();
  for (const { sheet, row, col, original } of earliest.values()) {
    addEdit(edits, sheet, row, col, (existing) => {
      if (existing === undefined && original.color === null && original.native === undefined && !('border' in original)) return undefined;
      const style = restoredFormat(styles, existing, original);
      return style === 'remove' ? 'remove' : { style };
    });
  }
  applyEdits(workbook, edits);
}

function addEdit(edits: SheetEdits, sheet: SheetEntry, row: number, col: number, edit: CellEdit): void {
  let rows = edits.get(sheet);
  if (!rows) edits.set(sheet, (rows = new Map()));
  let cols = rows.get(row);
  if (!cols) rows.set(row, (cols = new Map()));
  cols.set(col, edit);
}

function applyEdits(workbook: XlsxWorkbook, edits: SheetEdits): void {
  for (const [sheet, rows] of edits) workbook.setSheetXml(sheet, editCells(workbook.sheetXml(sheet), rows));
}
