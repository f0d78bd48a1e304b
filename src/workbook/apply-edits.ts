/**
 * Applying a suggestion's edits to raw grids: the pure half of "Apply", and what the law's tests
 * re-check. Cell edits set one cell; appends add a row under the last row of the sheet (or table)
 * whose header row holds every key, so the table grows by one row. The grids given are not touched.
 */
import type { EditValue, SuggestionEdit } from '../core/report';
import { parseIsoDay } from '../core/calendar';
import { parseA1 } from './address';
import { serialFromDay } from './coerce';
import { HEADER_SEARCH_ROWS } from './locate';
import type { CellValue, RawBlock, RawSheet, RawTable, RawWorkbook } from './grid';

/** Where an append lands: the block (sheet or table), its header row and the column of each key. */
export interface AppendTarget {
  /** 'table' with the table's index in raw.tables, or 'sheet' with the sheet's index in raw.sheets. */
  readonly kind: 'table' | 'sheet';
  readonly index: number;
  /** Zero-based sheet row of the header row, and the sheet column of each key. */
  readonly headerRow: number;
  readonly columns: ReadonlyMap<string, number>;
  /** Zero-based sheet row the first appended row takes: the row under the block's last row. */
  readonly nextRow: number;
}

/** A thrown mistake: an edit that names no existing sheet, table or header. The generator never makes one. */
export class EditTargetError extends Error {}

/**
 * The workbook after the edits, in order. Throws EditTargetError when an edit's sheet, cell or
 * headers are not there (a programmer error: edits come from the same grids).
 *
 * @example
 * applyEdits(raw, [{ sheet: 'Assignments', cell: 'E4', before: 20, after: 12 }]) // → a copy with E4 = 12
 */
export function applyEdits(raw: RawWorkbook, edits: readonly SuggestionEdit[]): RawWorkbook {
  const sheets: Editable<RawSheet>[] = raw.sheets.map((sheet) => ({ ...sheet, values: sheet.values.slice() }));
  const tables: Editable<RawTable>[] = raw.tables.map((table) => ({ ...table, values: table.values.slice() }));
  const next: RawWorkbook = { ...raw, sheets, tables };
  for (const edit of edits) {
    if ('cell' in edit) {
      const at = parseA1(edit.cell);
      if (!at) throw new EditTargetError(`Edit cell "${edit.cell}" is not an A1 address.`);
      const blocks: MutableBlock[] = [...tables.filter((t) => t.sheet === edit.sheet), ...sheets.filter((s) => s.name === edit.sheet)];
      if (blocks.length === 0) throw new EditTargetError(`No sheet "${edit.sheet}" to edit.`);
      for (const block of blocks) setCell(block, at.row, at.col, edit.after);
    } else {
      const target = findAppendTarget(next, edit.sheet, Object.keys(edit.append));
      if (!target) throw new EditTargetError(`No block on "${edit.sheet}" has the headers ${Object.keys(edit.append).join(', ')}.`);
      const cells: { col: number; value: EditValue }[] = Object.entries(edit.append).map(([key, value]) => ({ col: target.columns.get(key) as number, value }));
      // The row goes into the block the reader uses and, for a table, into its sheet's grid too.
      const main = target.kind === 'table' ? tables[target.index] : sheets[target.index];
      const mirror = target.kind === 'table' ? sheets.find((s) => s.name === edit.sheet) : undefined;
      for (const block of mirror ? [main, mirror] : [main]) {
        for (const { col, value } of cells) setCell(block, target.nextRow, col, value);
      }
    }
  }
  return next;
}

/** The cell edits whose `before` no longer matches the workbook: the user changed them since the check. */
export function staleEdits(raw: RawWorkbook, edits: readonly SuggestionEdit[]): SuggestionEdit[] {
  return edits.filter((edit) => {
    if (!('cell' in edit)) return false;
    const at = parseA1(edit.cell);
    const block = blocksOn(raw, edit.sheet)[0];
    if (!at || !block) return true;
    return !sameValue(cellAt(block, at.row, at.col) ?? null, edit.before);
  });
}

/** True when a cell value read now equals the value an edit recorded (blank = null = ""). */
export function sameValue(value: CellValue, recorded: EditValue): boolean {
  const blank = (v: CellValue | EditValue) => v === null || v === '';
  if (blank(value) && blank(recorded)) return true;
  return value === recorded;
}

/**
 * True when a cell read back holds what Loadline wrote into it: the same value, or — as Excel
 * stores a typed ISO date — the date's serial number for an ISO date text.
 */
export function holdsWritten(value: CellValue, written: EditValue, date1904: boolean): boolean {
  if (sameValue(value, written)) return true;
  if (typeof value !== 'number' || typeof written !== 'string') return false;
  const day = parseIsoDay(written);
  return day !== undefined && value === serialFromDay(day) - (date1904 ? DAYS_1900_TO_1904 : 0);
}

// Serial 0 of the 1904 system is serial 1462 of the 1900 system.
const DAYS_1900_TO_1904 = 1462;

/**
 * The block an append to `sheet` goes into: a table on that sheet whose header row holds every
 * key, else the sheet when one of its first 10 rows does. Keys match header texts trimmed.
 */
export function findAppendTarget(raw: RawWorkbook, sheet: string, keys: readonly string[]): AppendTarget | undefined {
  const tryBlock = (block: RawBlock, rows: number): { headerRow: number; columns: Map<string, number> } | undefined => {
    for (let r = 0; r < Math.min(rows, block.values.length); r++) {
      const columns = new Map<string, number>();
      block.values[r].forEach((cell, c) => {
        if (typeof cell === 'string' && keys.includes(cell.trim()) && !columns.has(cell.trim())) columns.set(cell.trim(), block.originCol + c);
      });
      if (keys.every((k) => columns.has(k))) return { headerRow: block.originRow + r, columns };
    }
    return undefined;
  };
  for (let index = 0; index < raw.tables.length; index++) {
    const table = raw.tables[index];
    if (table.sheet !== sheet) continue;
    const found = tryBlock(table, 1);
    if (found) return { kind: 'table', index, ...found, nextRow: table.originRow + table.values.length };
  }
  const index = raw.sheets.findIndex((s) => s.name === sheet);
  if (index < 0) return undefined;
  const block = raw.sheets[index];
  const found = tryBlock(block, HEADER_SEARCH_ROWS);
  return found ? { kind: 'sheet', index, ...found, nextRow: block.originRow + block.values.length } : undefined;
}

/** The sheet's grid and the tables on it that hold the cell's sheet, tables first (the reader prefers them). */
function blocksOn(raw: RawWorkbook, sheet: string): (RawSheet | RawTable)[] {
  return [...raw.tables.filter((t) => t.sheet === sheet), ...raw.sheets.filter((s) => s.name === sheet)];
}

function cellAt(block: RawBlock, row: number, col: number): CellValue | undefined {
  return block.values[row - block.originRow]?.[col - block.originCol];
}

type Editable<T extends RawBlock> = Omit<T, 'values'> & { values: (readonly CellValue[])[] };

/** A sheet's or table's grid being edited: its rows array is a copy, its rows are copied when set. */
interface MutableBlock {
  readonly values: (readonly CellValue[])[];
  readonly originRow: number;
  readonly originCol: number;
  readonly sheet?: string;
}

/**
 * Sets a cell inside a block's grid (copying the row), growing a sheet's grid as needed. A table
 * holds only the cells inside its columns, down to one row under its last (an append grows it).
 */
function setCell(block: MutableBlock, row: number, col: number, value: CellValue): void {
  const r = row - block.originRow;
  const c = col - block.originCol;
  if (r < 0 || c < 0) return;
  if (block.sheet !== undefined && (r > block.values.length || c >= (block.values[0]?.length ?? 0))) return;
  while (block.values.length <= r) block.values.push([]);
  const copy = block.values[r].slice();
  while (copy.length <= c) copy.push(null);
  copy[c] = value;
  block.values[r] = copy;
}
