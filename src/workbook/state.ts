/**
 * Loadline's own record in the workbook: which sheets it owns and the original fill of every
 * cell it highlighted. It lives on a very-hidden sheet so that every door (Excel, browser, CLI)
 * sees the same record, and a workbook highlighted in Excel can be cleared by the CLI.
 *
 * The sheet is a plain grid: row 1 is a marker, then one record per row:
 *   ["owned", <sheet name>, <SheetKey>]
 *   ["fill",  <sheet name>, <A1 cell>, <FillSnapshot as JSON>]
 *   ["applied", <id>, <the suggestion's line>, <{ cells, rows } as JSON>]
 *   ["figures", <part number from 0>, <part of the CheckFigures JSON, as figuresJson writes it>]
 * The figures of the latest written check (what the LOADLINE functions answer from) are split
 * into parts of at most FIGURES_PART_CHARS characters, because an Excel cell holds at most
 * 32,767; reading joins the parts in part order. Encoding lives here, in the pure layer, so every
 * door writes the same record.
 */
import type { EditValue } from '../core/report';
import { figuresJson, parseCheckFigures, type CheckFigures } from './check-figures';
import type { CellValue } from './grid';
import type { SheetKey } from './patch';

/** Name of the very-hidden sheet that holds the state. */
export const STATE_SHEET = 'Loadline State';

const MARKER = 'Loadline state v1';

/**
 * A cell's fill before Loadline touched it, in a form both adapters can restore.
 * `color` is 6-digit hex RGB or null for no fill; `native` is the adapter's own description
 * kept so the same door restores it exactly (the .xlsx door: the cell's format index and its fill
 * XML; records from the former ExcelJS door hold ExcelJS's fill object).
 */
export interface FillSnapshot {
  readonly color: string | null;
  readonly native?: unknown;
  /**
   * The cell's border before an input-issue mark, recorded only for cells marked 'issue':
   * the adapter's own description, restored by the same door; null = no border.
   */
  readonly border?: unknown;
}

export interface OwnedSheet {
  readonly name: string;
  readonly key: SheetKey;
}

export interface RecordedFill {
  readonly sheet: string;
  readonly cell: string;
  readonly original: FillSnapshot;
}

/** An input cell a suggestion changed: its value before (to restore) and after (to check it is still ours). */
export interface AppliedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly before: EditValue;
  readonly after: EditValue;
}

/**
 * A row a suggestion appended: zero-based sheet row and first column, and the values written
 * from there. `table` names the Excel table that grew by the row (undo deletes the row from it);
 * null for a row under a sheet's last row (undo clears its cells).
 */
export interface AppendedRow {
  readonly sheet: string;
  readonly table: string | null;
  readonly row: number;
  readonly col: number;
  readonly values: readonly EditValue[];
}

/** An applied suggestion, with what Undo needs to put every cell back exactly. */
export interface AppliedRecord {
  /** Unique within the state ("1", "2", …). */
  readonly id: string;
  readonly text: string;
  readonly cells: readonly AppliedCell[];
  readonly rows: readonly AppendedRow[];
}

export interface LoadlineState {
  readonly owned: readonly OwnedSheet[];
  readonly fills: readonly RecordedFill[];
  /** Suggestions applied and not undone, oldest first: every check keeps them (absent: none). */
  readonly applied?: readonly AppliedRecord[];
  /** The figures of the latest check written to the workbook; absent before the first. */
  readonly figures?: CheckFigures;
}

/** The longest part of the figures JSON put in one cell (Excel's limit is 32,767 characters). */
export const FIGURES_PART_CHARS = 32_000;

export const EMPTY_STATE: LoadlineState = { owned: [], fills: [] };

const SHEET_KEYS: readonly string[] = ['capacity', 'conflicts', 'projects', 'finance', 'ledger', 'issues'];

/** The grid to write on the state sheet. */
export function encodeState(state: LoadlineState): string[][] {
  const rows: string[][] = [[MARKER, '', '', '']];
  for (const o of state.owned) rows.push(['owned', o.name, o.key, '']);
  for (const f of state.fills) rows.push(['fill', f.sheet, f.cell, JSON.stringify(f.original)]);
  for (const a of state.applied ?? []) rows.push(['applied', a.id, a.text, JSON.stringify({ cells: a.cells, rows: a.rows })]);
  if (state.figures) {
    splitText(figuresJson(state.figures), FIGURES_PART_CHARS).forEach((part, index) => rows.push(['figures', String(index), part, '']));
  }
  return rows;
}

/** `text` in parts of at most `size` code units, never splitting a surrogate pair. */
function splitText(text: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** Reads the state sheet's grid; anything unrecognised is ignored (the state is only a record). */
export function decodeState(values: readonly (readonly CellValue[])[] | undefined): LoadlineState {
  if (!values || values.length === 0 || values[0][0] !== MARKER) return EMPTY_STATE;
  const owned: OwnedSheet[] = [];
  const fills: RecordedFill[] = [];
  const applied: AppliedRecord[] = [];
  const figureParts: { index: number; text: string }[] = [];
  for (const row of values.slice(1)) {
    const [kind, a, b, c] = row;
    if (kind === 'owned' && typeof a === 'string' && typeof b === 'string' && SHEET_KEYS.includes(b)) {
      owned.push({ name: a, key: b as SheetKey });
    } else if (kind === 'fill' && typeof a === 'string' && typeof b === 'string' && typeof c === 'string') {
      const original = parseSnapshot(c);
      if (original) fills.push({ sheet: a, cell: b, original });
    } else if (kind === 'applied' && typeof a === 'string' && typeof b === 'string' && typeof c === 'string') {
      const record = parseApplied(a, b, c);
      if (record) applied.push(record);
    } else if (kind === 'figures' && typeof b === 'string') {
      // The part number is written as text; a host may hand it back as a number.
      const index = typeof a === 'number' ? a : typeof a === 'string' ? Number(a) : NaN;
      if (Number.isInteger(index) && index >= 0) figureParts.push({ index, text: b });
    }
  }
  const figures = decodeFigures(figureParts);
  return { owned, fills, ...(applied.length > 0 ? { applied } : {}), ...(figures ? { figures } : {}) };
}

/** The figures from their parts; undefined when a part is missing or repeated, or the JSON is not figures. */
function decodeFigures(parts: { index: number; text: string }[]): CheckFigures | undefined {
  if (parts.length === 0) return undefined;
  parts.sort((x, y) => x.index - y.index);
  if (parts.some((part, i) => part.index !== i)) return undefined;
  return parseCheckFigures(parts.map((part) => part.text).join(''));
}

/** An applied record from its JSON; undefined when any part is not what encodeState writes. */
function parseApplied(id: string, text: string, json: string): AppliedRecord | undefined {
  try {
    const parsed = JSON.parse(json) as { cells?: unknown; rows?: unknown };
    const isValue = (v: unknown): v is EditValue => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    const isCell = (c: unknown): c is AppliedCell => typeof c === 'object' && c !== null
      && typeof (c as AppliedCell).sheet === 'string' && typeof (c as AppliedCell).cell === 'string'
      && isValue((c as AppliedCell).before) && isValue((c as AppliedCell).after);
    const isRow = (r: unknown): r is AppendedRow => typeof r === 'object' && r !== null
      && typeof (r as AppendedRow).sheet === 'string' && ((r as AppendedRow).table === null || typeof (r as AppendedRow).table === 'string')
      && Number.isInteger((r as AppendedRow).row) && Number.isInteger((r as AppendedRow).col)
      && Array.isArray((r as AppendedRow).values) && (r as AppendedRow).values.every(isValue);
    if (!Array.isArray(parsed.cells) || !Array.isArray(parsed.rows) || !parsed.cells.every(isCell) || !parsed.rows.every(isRow)) return undefined;
    return { id, text, cells: parsed.cells, rows: parsed.rows };
  } catch {
    return undefined;
  }
}

function parseSnapshot(json: string): FillSnapshot | undefined {
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const color = (parsed as { color?: unknown }).color;
    if (color !== null && typeof color !== 'string') return undefined;
    return parsed as FillSnapshot;
  } catch {
    return undefined;
  }
}
