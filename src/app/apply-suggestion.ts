/**
 * "Apply" and "Undo" on a suggestion, behind every door: the only time Loadline changes a user's
 * input values, and only on their click. Apply writes the suggestion's edits into the input
 * sheets and records the exact previous values (and where it appended rows) in Loadline's state,
 * in one batch, then checks again; Undo puts every cell back and takes the rows away, even after
 * other checks (a check keeps the records). Both refuse, changing nothing, when a cell changed
 * since it was planned on or a sheet is protected.
 */
import type { Suggestion } from '../core/report';
import { applyEdits, findAppendTarget, holdsWritten, staleEdits } from '../workbook/apply-edits';
import { parseA1 } from '../workbook/address';
import type { RawWorkbook } from '../workbook/grid';
import type { AppendedRow, AppliedCell, AppliedRecord, LoadlineState } from '../workbook/state';
import type { InputWrite, InputWriteResult, WorkbookPort, WorkbookSnapshot } from './ports';
import { runCheck, type RunCheckOptions, type RunCheckOutcome } from './run-check';

/** What Apply or Undo did: the record it made or removed and the check after it, or why it changed nothing. */
export type ApplyOutcome =
  | { readonly ok: true; readonly record: AppliedRecord; readonly check: RunCheckOutcome }
  | { readonly ok: false; readonly message: string };

/** The write that carries out a suggestion on the workbook as it is now, or why it cannot. */
export type PlannedApply =
  | { readonly ok: true; readonly write: InputWrite; readonly record: AppliedRecord }
  | { readonly ok: false; readonly message: string };

/**
 * Plans Apply: the cells to set (each must still hold its `before`), the rows to add under each
 * sheet's or table's last row (one under the other, in the suggestion's order), and the state
 * with the new record. Pure.
 */
export function planApply(snapshot: WorkbookSnapshot, suggestion: Suggestion): PlannedApply {
  if (suggestion.edits.length === 0) return { ok: false, message: 'This suggestion is information only: there is nothing to apply.' };
  const { raw, state } = snapshot;
  const stale = staleEdits(raw, suggestion.edits);
  if (stale.length > 0) {
    return { ok: false, message: `Not applied: ${stale.map((e) => ('cell' in e ? `${e.sheet}!${e.cell}` : e.sheet)).join(', ')} changed since the check. Choose Check capacity for up-to-date suggestions.` };
  }
  const cells: AppliedCell[] = [];
  const rows: AppendedRow[] = [];
  let current: RawWorkbook = raw;
  for (const edit of suggestion.edits) {
    if ('cell' in edit) {
      cells.push({ sheet: edit.sheet, cell: edit.cell, before: edit.before, after: edit.after });
      continue;
    }
    const keys = Object.keys(edit.append);
    const target = findAppendTarget(current, edit.sheet, keys);
    if (!target) return { ok: false, message: `Not applied: the ${edit.sheet} sheet no longer has the columns ${keys.join(', ')}. Choose Check capacity again.` };
    const table = target.kind === 'table' ? current.tables[target.index] : undefined;
    const first = table ? table.originCol : Math.min(...target.columns.values());
    const width = table ? table.values[0]?.length ?? 0 : Math.max(...target.columns.values()) - first + 1;
    const values = new Array(width).fill(null);
    for (const [key, value] of Object.entries(edit.append)) values[(target.columns.get(key) as number) - first] = value;
    rows.push({ sheet: edit.sheet, table: table?.name ?? null, row: target.nextRow, col: first, values });
    current = applyEdits(current, [edit]);
  }
  const applied = state.applied ?? [];
  const id = String(applied.reduce((most, r) => Math.max(most, Number(r.id) || 0), 0) + 1);
  const record: AppliedRecord = { id, text: suggestion.text, cells, rows };
  return {
    ok: true,
    record,
    write: {
      cells: cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.after, expect: c.before, typed: true })),
      addRows: rows,
      removeRows: [],
      state: withApplied(state, [...applied, record]),
      date1904: raw.date1904,
    },
  };
}

/**
 * Plans Undo of an applied record: cells back to `before` (each must still hold what Apply
 * wrote), appended rows taken away (each must still hold its values), the record removed. Pure.
 */
export function planUndo(snapshot: WorkbookSnapshot, id: string): PlannedApply {
  const { raw, state } = snapshot;
  const applied = state.applied ?? [];
  const record = applied.find((r) => r.id === id);
  if (!record) return { ok: false, message: 'There is nothing to undo: that suggestion was undone already, or its record is gone.' };
  const changed = [
    ...record.cells.filter((c) => !holdsWritten(valueAt(raw, c.sheet, c.cell), c.after, raw.date1904)).map((c) => `${c.sheet}!${c.cell}`),
    ...record.rows.filter((r) => !r.values.every((v, k) => v === null || holdsWritten(valueAt(raw, r.sheet, r.row, r.col + k), v, raw.date1904)))
      .map((r) => `${r.sheet} row ${r.row + 1}`),
  ];
  if (changed.length > 0) {
    return { ok: false, message: `Not undone: ${changed.join(', ')} changed after the suggestion was applied. Put ${changed.length === 1 ? 'it' : 'them'} back by hand, or keep the change.` };
  }
  return {
    ok: true,
    record,
    write: {
      cells: record.cells.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.before, expect: c.after, typed: false })),
      addRows: [],
      // Last appended first: a table's rows come out bottom up.
      removeRows: [...record.rows].reverse(),
      state: withApplied(state, applied.filter((r) => r.id !== id)),
      date1904: raw.date1904,
    },
  };
}

/** Applies a suggestion and checks again; changes nothing and says why when it cannot. */
export async function applySuggestion(port: WorkbookPort, suggestion: Suggestion, options: RunCheckOptions): Promise<ApplyOutcome> {
  const planned = planApply(await port.read(), suggestion);
  return carryOut(port, planned, 'apply', options);
}

/** Undoes an applied suggestion (by its record id) and checks again; changes nothing and says why when it cannot. */
export async function undoSuggestion(port: WorkbookPort, id: string, options: RunCheckOptions): Promise<ApplyOutcome> {
  const planned = planUndo(await port.read(), id);
  return carryOut(port, planned, 'undo', options);
}

async function carryOut(port: WorkbookPort, planned: PlannedApply, action: 'apply' | 'undo', options: RunCheckOptions): Promise<ApplyOutcome> {
  if (!planned.ok) return planned;
  const result = await port.writeInputs(planned.write);
  if (!result.ok) return { ok: false, message: refusal(result, action) };
  return { ok: true, record: planned.record, check: await runCheck(port, options) };
}

/** The refusal of a port in words: what stopped it and what to do. */
function refusal(result: Exclude<InputWriteResult, { ok: true }>, action: 'apply' | 'undo'): string {
  const verb = action === 'apply' ? 'Not applied' : 'Not undone';
  switch (result.reason) {
    case 'changed':
      return `${verb}: ${result.cells.join(', ')} changed meanwhile. ${action === 'apply' ? 'Choose Check capacity for up-to-date suggestions.' : 'Put the cells back by hand, or keep the change.'}`;
    case 'protected':
      return `${verb}: ${result.sheets.join(', ')} ${result.sheets.length === 1 ? 'is' : 'are'} protected. Loadline never unprotects a sheet: unprotect it (Review → Unprotect Sheet) and try again.`;
    case 'missing':
      return `${verb}: ${result.sheets.join(', ')} ${result.sheets.length === 1 ? 'is' : 'are'} not in the workbook any more.`;
  }
}

function withApplied(state: LoadlineState, applied: readonly AppliedRecord[]): LoadlineState {
  return { ...state, applied };
}

/** A cell's value in the grids (tables first, as the reader sees it), by A1 or by zero-based row and column. */
function valueAt(raw: RawWorkbook, sheet: string, cellOrRow: string | number, col?: number) {
  const at = typeof cellOrRow === 'string' ? parseA1(cellOrRow) : { row: cellOrRow, col: col as number };
  if (!at) return null;
  const block = raw.tables.find((t) => t.sheet === sheet && at.row >= t.originRow && at.row < t.originRow + t.values.length
    && at.col >= t.originCol && at.col < t.originCol + (t.values[0]?.length ?? 0)) ?? raw.sheets.find((s) => s.name === sheet);
  return block?.values[at.row - block.originRow]?.[at.col - block.originCol] ?? null;
}
