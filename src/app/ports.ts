/**
 * The ports the use cases talk to. The Office.js adapter (inside Excel) and the .xlsx adapter
 * (CLI and standalone browser page) both implement WorkbookPort, so the use cases in this folder
 * run unchanged behind every door.
 */
import type { RawWorkbook } from '../workbook/grid';
import type { Highlight, SheetPatch } from '../workbook/patch';
import type { EditValue } from '../core/report';
import type { CheckFigures } from '../workbook/check-figures';
import type { AppendedRow, AppliedRecord, LoadlineState, RecordedFill } from '../workbook/state';

/** What an adapter reads before a check. */
export interface WorkbookSnapshot {
  /** Input sheets and tables as raw grids. Loadline's own sheets and the state sheet may be left out. */
  readonly raw: RawWorkbook;
  /** Loadline's record (owned sheets, original fills); EMPTY_STATE when there is none. */
  readonly state: LoadlineState;
  /** Every worksheet name in the workbook, in tab order, hidden ones included. */
  readonly sheetNames: readonly string[];
}

/** A summary sheet with its final name decided by the app (never a user's sheet). */
export interface NamedSheetPatch {
  readonly name: string;
  readonly patch: SheetPatch;
}

/**
 * What to write, decided by the app from the patch and the state. An adapter applies it in this
 * order, and must leave the workbook consistent if it fails part way:
 *  1. restore `restoreFills` (the highlights of the previous run);
 *  2. snapshot the current fill of every cell in `highlights`, then fill them;
 *  3. delete `removeSheets` (sheets Loadline owned that this run no longer writes), then write each
 *     of `sheets` whole (delete-and-recreate or clear-and-rewrite: no stale cells survive);
 *  4. write the state sheet: owned = `sheets` names and keys, fills = the snapshots of step 2,
 *     figures = `figures`, applied = `applied`;
 *  5. activate `activate` when given.
 */
export interface WritePlan {
  readonly sheets: readonly NamedSheetPatch[];
  /** The applied-suggestion records to keep in the state sheet (step 4), as the snapshot had them (absent: none). */
  readonly applied?: readonly AppliedRecord[];
  readonly removeSheets: readonly string[];
  readonly restoreFills: readonly RecordedFill[];
  readonly highlights: readonly Highlight[];
  readonly activate?: string;
  /** The check's figures for the LOADLINE functions, kept in the state record (step 4). */
  readonly figures?: CheckFigures;
}

/** Phases a long action reports, for progress indicators. */
export type Phase = 'reading' | 'checking' | 'writing' | 'done';

/** One input cell Apply or Undo sets; it must still hold `expect` (the value the change was planned on). */
export interface InputCellWrite {
  readonly sheet: string;
  readonly cell: string;
  readonly value: EditValue;
  readonly expect: EditValue;
  /**
   * True for a suggestion's new value, entered as a person types it (an ISO date becomes a
   * date); false for a value put back as it was read (text stays text).
   */
  readonly typed: boolean;
}

/**
 * What Apply and Undo write into the input sheets, in one batch with Loadline's state: the
 * only time Loadline changes a user's values, and only on the user's click.
 */
export interface InputWrite {
  readonly cells: readonly InputCellWrite[];
  /** Rows to add: a table grows by the row (its rows below move down, as Excel inserts); on a plain sheet the cells under its last row are set. */
  readonly addRows: readonly AppendedRow[];
  /** Rows added earlier to take away (Undo): deleted from their table, cleared on a sheet. Each must still hold its values. */
  readonly removeRows: readonly AppendedRow[];
  /** Loadline's state to record in the same batch. */
  readonly state: LoadlineState;
  /** The workbook's date system, to recognise a date written as ISO text in the serial read back. */
  readonly date1904: boolean;
}

/** Whether an InputWrite was made; when not, nothing was changed and the reason says why. */
export type InputWriteResult =
  | { readonly ok: true }
  /** Cells (as "Sheet!A1") that no longer hold what the change was planned on. */
  | { readonly ok: false; readonly reason: 'changed'; readonly cells: readonly string[] }
  /** Protected sheets the write would touch: Loadline never unprotects a user's sheet. */
  | { readonly ok: false; readonly reason: 'protected'; readonly sheets: readonly string[] }
  /** Sheets or tables that are not in the workbook any more. */
  | { readonly ok: false; readonly reason: 'missing'; readonly sheets: readonly string[] };

/** A workbook Loadline can read and annotate. */
export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  write(plan: WritePlan): Promise<void>;
  /** Restores the recorded fills and empties the fill record; owned sheets stay. */
  clearHighlights(state: LoadlineState): Promise<void>;
  /** Writes input cells and rows for Apply and Undo, all or nothing (one batch in Excel). */
  writeInputs(write: InputWrite): Promise<InputWriteResult>;
}

/**
 * Edits to a workbook's sheets, as they happen (Excel only: a file has no live edits). Used by
 * the live check; watching never changes the workbook.
 */
export interface WorkbookWatcher {
  /**
   * Calls `onEdit` with the sheet's name after every change to a cell of one of `sheetNames`,
   * and after a sheet is added (it may be a new input sheet). Replaces what was watched before.
   */
  watch(sheetNames: readonly string[], onEdit: (sheet: string) => void): Promise<void>;
  /** Stops watching. */
  stop(): Promise<void>;
}
