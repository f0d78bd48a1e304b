/**
 * The Settings sheet as a Key / Value grid: reading its rows and updating it for a change set
 * without disturbing anything else on it (other rows, notes, extra columns, formulas in cells
 * Loadline does not change). Pure: grids in, grids and cell edits out.
 */
import type { CellValue } from './grid';
import { HEADER_SEARCH_ROWS } from './locate';
import { normaliseName, SETTINGS } from './schema';

/** The name Loadline gives a Settings sheet it creates. */
export const SETTINGS_SHEET_NAME = 'Settings';

/** A value the task pane writes into Settings. */
export type SettingValue = string | number | boolean;

/** One Key / Value row. `row` is zero-based within the grid. */
export interface SettingsRow {
  readonly key: string;
  readonly value: CellValue;
  readonly row: number;
}

/** One cell to write, zero-based within the grid. */
export interface SettingsEdit {
  readonly row: number;
  readonly col: number;
  readonly value: SettingValue;
}

/** The grid after the change and the cells that changed; or why the sheet cannot be updated. */
export type SettingsUpdate =
  | { readonly ok: true; readonly grid: CellValue[][]; readonly edits: readonly SettingsEdit[] }
  | { readonly ok: false; readonly message: string };

const aliasesOf = (key: string) => (SETTINGS.columns.find((c) => c.key === key)?.aliases ?? []).map(normaliseName);
const KEY_HEADERS = aliasesOf('key');
const VALUE_HEADERS = aliasesOf('value');

/** True when a sheet name is the Settings sheet's, matched as the reader matches it. */
export function isSettingsSheetName(name: string): boolean {
  return SETTINGS.aliases.some((alias) => normaliseName(alias) === normaliseName(name));
}

/**
 * The header row and its Key and Value columns: the first row in the first 10 that names both
 * (the reader's aliases, e.g. "Setting" for Key).
 */
export function findSettingsHeader(grid: readonly (readonly CellValue[])[]): { row: number; keyCol: number; valueCol: number } | undefined {
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, grid.length); row++) {
    const cells = grid[row].map((cell) => (typeof cell === 'string' ? normaliseName(cell) : ''));
    const keyCol = cells.findIndex((cell) => KEY_HEADERS.includes(cell));
    const valueCol = cells.findIndex((cell) => VALUE_HEADERS.includes(cell));
    if (keyCol >= 0 && valueCol >= 0) return { row, keyCol, valueCol };
  }
  return undefined;
}

/**
 * The Key / Value rows below the header, skipping rows whose key is blank or not text.
 *
 * @example
 * readSettingsRows([['Key', 'Value'], ['Currency', 'EUR']]) // [{ key: 'Currency', value: 'EUR', row: 1 }]
 */
export function readSettingsRows(grid: readonly (readonly CellValue[])[]): SettingsRow[] {
  const header = findSettingsHeader(grid);
  if (!header) return [];
  const rows: SettingsRow[] = [];
  for (let row = header.row + 1; row < grid.length; row++) {
    const key = grid[row][header.keyCol];
    if (typeof key !== 'string' || key.trim() === '') continue;
    rows.push({ key: key.trim(), value: grid[row][header.valueCol] ?? null, row });
  }
  return rows;
}

/**
 * Updates a Settings grid for `changes`: a key already present (matched as the reader matches
 * keys: ignoring case, spaces and punctuation; the first such row when there are several) gets its Value cell
 * replaced; a new key is appended below the last row that has a key or a value. With no grid
 * (no sheet, or an empty one) the result is a fresh Key / Value table. A grid with content but
 * no Key / Value header is left alone: writing into it could overwrite the user's notes.
 *
 * @example
 * updateSettingsGrid([['Key', 'Value'], ['Currency', 'EUR']], { currency: 'USD', 'Ops first': 'no' })
 * // grid [['Key', 'Value'], ['Currency', 'USD'], ['Ops first', 'no']]
 */
export function updateSettingsGrid(grid: readonly (readonly CellValue[])[] | undefined, changes: Readonly<Record<string, SettingValue>>): SettingsUpdate {
  const isEmpty = !grid || grid.every((row) => row.every((cell) => cell === null || cell === ''));
  const base: CellValue[][] = isEmpty ? [['Key', 'Value']] : grid.map((row) => [...row]);
  const header = findSettingsHeader(base);
  if (!header) {
    return { ok: false, message: `The ${SETTINGS_SHEET_NAME} sheet has no row with "Key" and "Value" headers in its first ${HEADER_SEARCH_ROWS} rows.` };
  }
  const edits: SettingsEdit[] = isEmpty ? [{ row: 0, col: 0, value: 'Key' }, { row: 0, col: 1, value: 'Value' }] : [];
  const rowOf = new Map<string, number>();
  for (const { key, row } of readSettingsRows(base)) {
    const id = normaliseName(key);
    if (!rowOf.has(id)) rowOf.set(id, row);
  }
  let lastRow = header.row;
  for (let row = header.row + 1; row < base.length; row++) {
    if (!isBlank(base[row][header.keyCol]) || !isBlank(base[row][header.valueCol])) lastRow = row;
  }
  for (const [key, value] of Object.entries(changes)) {
    const id = normaliseName(key);
    const existing = rowOf.get(id);
    if (existing !== undefined) {
      edits.push({ row: existing, col: header.valueCol, value });
      continue;
    }
    lastRow++;
    rowOf.set(id, lastRow);
    edits.push({ row: lastRow, col: header.keyCol, value: key.trim() }, { row: lastRow, col: header.valueCol, value });
  }
  for (const edit of edits) {
    while (base.length <= edit.row) base.push([]);
    const row = base[edit.row];
    while (row.length <= edit.col) row.push(null);
    row[edit.col] = edit.value;
  }
  return { ok: true, grid: base, edits };
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The outcome of writing settings through either door: ok, or why the sheet could not be updated (bad layout). */
export type SettingsWriteResult = { readonly ok: true } | { readonly ok: false; readonly message: string };
