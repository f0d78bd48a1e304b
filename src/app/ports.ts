/**
 * The ports the use cases talk to. The Office.js adapter (inside Excel) and the .xlsx adapter
 * (CLI and standalone browser page) both implement WorkbookPort, so the use cases in this folder
 * run unchanged behind every door.
 */
import type { RawWorkbook } from '../workbook/grid';
import type { Highlight, SheetPatch } from '../workbook/patch';
import type { CheckFigures } from '../workbook/check-figures';
import type { LoadlineState, RecordedFill } from '../workbook/state';

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
 *     figures = `figures`;
 *  5. activate `activate` when given.
 */
export interface WritePlan {
  readonly sheets: readonly NamedSheetPatch[];
  readonly removeSheets: readonly string[];
  readonly restoreFills: readonly RecordedFill[];
  readonly highlights: readonly Highlight[];
  readonly activate?: string;
  /** The check's figures for the LOADLINE functions, kept in the state record (step 4). */
  readonly figures?: CheckFigures;
}

/** Phases a long action reports, for progress indicators. */
export type Phase = 'reading' | 'checking' | 'writing' | 'done';

/** A workbook Loadline can read and annotate. */
export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  write(plan: WritePlan): Promise<void>;
  /** Restores the recorded fills and empties the fill record; owned sheets stay. */
  clearHighlights(state: LoadlineState): Promise<void>;
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
