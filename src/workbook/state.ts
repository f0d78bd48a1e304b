/**
 * Loadline's own record in the workbook: which sheets it owns and the original fill of every
 * cell it highlighted. It lives on a very-hidden sheet so that every door (Excel, browser, CLI)
 * sees the same record, and a workbook highlighted in Excel can be cleared by the CLI.
 *
 * The sheet is a plain grid: row 1 is a marker, then one record per row:
 *   ["owned", <sheet name>, <SheetKey>]
 *   ["fill",  <sheet name>, <A1 cell>, <FillSnapshot as JSON>]
 */
import type { CellValue } from './grid';
import type { SheetKey } from './patch';

/** Name of the very-hidden sheet that holds the state. */
export const STATE_SHEET = 'Loadline State';

const MARKER = 'Loadline state v1';

/**
 * A cell's fill before Loadline touched it, in a form both adapters can restore.
 * `color` is 6-digit hex RGB or null for no fill; `native` is the adapter's own description
 * (ExcelJS's fill object) kept so the same door restores it exactly.
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

export interface LoadlineState {
  readonly owned: readonly OwnedSheet[];
  readonly fills: readonly RecordedFill[];
}

export const EMPTY_STATE: LoadlineState = { owned: [], fills: [] };

const SHEET_KEYS: readonly string[] = ['capacity', 'conflicts', 'projects', 'finance', 'ledger', 'issues'];

/** The grid to write on the state sheet. */
export function encodeState(state: LoadlineState): string[][] {
  const rows: string[][] = [[MARKER, '', '', '']];
  for (const o of state.owned) rows.push(['owned', o.name, o.key, '']);
  for (const f of state.fills) rows.push(['fill', f.sheet, f.cell, JSON.stringify(f.original)]);
  return rows;
}

/** Reads the state sheet's grid; anything unrecognised is ignored (the state is only a record). */
export function decodeState(values: readonly (readonly CellValue[])[] | undefined): LoadlineState {
  if (!values || values.length === 0 || values[0][0] !== MARKER) return EMPTY_STATE;
  const owned: OwnedSheet[] = [];
  const fills: RecordedFill[] = [];
  for (const row of values.slice(1)) {
    const [kind, a, b, c] = row;
    if (kind === 'owned' && typeof a === 'string' && typeof b === 'string' && SHEET_KEYS.includes(b)) {
      owned.push({ name: a, key: b as SheetKey });
    } else if (kind === 'fill' && typeof a === 'string' && typeof b === 'string' && typeof c === 'string') {
      const original = parseSnapshot(c);
      if (original) fills.push({ sheet: a, cell: b, original });
    }
  }
  return { owned, fills };
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
