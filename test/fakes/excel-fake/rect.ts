/**
 * Rectangles on a sheet and the A1 addresses Excel uses for them, including whole columns
 * ("A:C") and whole rows ("2:5"), which Excel accepts in getRange and returns in `address`.
 */
import { columnIndex, columnLetters } from '../../../src/workbook/address';
import { FakeErrorCode, FakeOfficeError } from './errors';

/** Rows in Excel's grid. */
export const MAX_ROWS = 1_048_576;
/** Columns in Excel's grid. */
export const MAX_COLUMNS = 16_384;

/** A zero-based rectangle of cells. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

/** The whole sheet. */
export const WHOLE_SHEET: Rect = { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS };

/** Number of cells in a rectangle. */
export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.colCount;
}

/** True when a rectangle lies inside Excel's grid. */
export function isOnSheet(rect: Rect): boolean {
  return rect.row >= 0 && rect.col >= 0 && rect.rowCount > 0 && rect.colCount > 0
    && rect.row + rect.rowCount <= MAX_ROWS && rect.col + rect.colCount <= MAX_COLUMNS;
}

/** The overlap of two rectangles, or undefined when they do not meet. */
export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (rowEnd <= row || colEnd <= col) return undefined;
  return { row, col, rowCount: rowEnd - row, colCount: colEnd - col };
}

/** Parses "B4", "$B$4", "B4:D9", "A:C" or "2:5" (optionally after "Sheet!"); throws InvalidArgument. */
export function parseAddress(address: string): Rect {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').trim().toUpperCase();
  const parts = local.split(':');
  if (parts.length === 1 || parts.length === 2) {
    const first = parseEnd(parts[0]);
    const last = parseEnd(parts[parts.length - 1]);
    if (first && last && first.kind === last.kind) {
      const rect = toRect(first, last);
      if (isOnSheet(rect)) return rect;
    }
  }
  throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The address '${address}' is not valid.`);
}

type End = { kind: 'cell'; row: number; col: number } | { kind: 'col'; col: number } | { kind: 'row'; row: number };

function parseEnd(text: string): End | undefined {
  let match = /^([A-Z]{1,3})(\d{1,7})$/.exec(text);
  if (match) return { kind: 'cell', row: Number(match[2]) - 1, col: columnIndex(match[1]) };
  match = /^([A-Z]{1,3})$/.exec(text);
  if (match) return { kind: 'col', col: columnIndex(match[1]) };
  match = /^(\d{1,7})$/.exec(text);
  if (match) return { kind: 'row', row: Number(match[1]) - 1 };
  return undefined;
}

function toRect(a: End, b: End): Rect {
  const span = (x: number, y: number) => ({ start: Math.min(x, y), count: Math.abs(x - y) + 1 });
  if (a.kind === 'cell' && b.kind === 'cell') {
    const rows = span(a.row, b.row);
    const cols = span(a.col, b.col);
    return { row: rows.start, col: cols.start, rowCount: rows.count, colCount: cols.count };
  }
  if (a.kind === 'col' && b.kind === 'col') {
    const cols = span(a.col, b.col);
    return { row: 0, col: cols.start, rowCount: MAX_ROWS, colCount: cols.count };
  }
  if (a.kind === 'row' && b.kind === 'row') {
    const rows = span(a.row, b.row);
    return { row: rows.start, col: 0, rowCount: rows.count, colCount: MAX_COLUMNS };
  }
  return { row: -1, col: -1, rowCount: 0, colCount: 0 };
}

/** The local part of an address as Excel writes it: "B4", "B4:D9", "A:C", "2:5". */
export function formatLocalAddress(rect: Rect): string {
  const lastRow = rect.row + rect.rowCount;
  const lastCol = rect.col + rect.colCount - 1;
  if (rect.rowCount === MAX_ROWS) return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  if (rect.colCount === MAX_COLUMNS) return `${rect.row + 1}:${lastRow}`;
  const start = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.colCount === 1) return start;
  return `${start}:${columnLetters(lastCol)}${lastRow}`;
}

/** A sheet-qualified address as Excel's Range.address gives it, e.g. "'Ops Duties'!B4:D9". */
export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteIfNeeded(sheetName)}!${formatLocalAddress(rect)}`;
}

// Excel quotes a sheet name in an address only when it is not a plain identifier.
function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
