/**
 * WorkbookPort for Excel (Office.js): the workbook the add-in runs in. Also the task pane's
 * other workbook actions: jump to a cell, read and write Settings, insert template sheets.
 */
import type { InputWrite, InputWriteResult, WorkbookPort, WorkbookSnapshot, WritePlan } from '../../app/ports';
import type { CellTarget } from '../../workbook/patch';
import type { SettingsRow, SettingsWriteResult, SettingValue } from '../../workbook/settings-sheet';
import type { InsertTemplatesResult } from '../../workbook/templates';
import type { LoadlineState } from '../../workbook/state';
import { clearRecordedHighlights } from './clear-highlights';
import { insertTemplateSheets } from './insert-templates';
import type { ProtectedSheetCells } from './protected-cells';
import { readWorkbook } from './read-workbook';
import { DEFAULT_BUDGET_BYTES } from './request-budget';
import { selectCell } from './select-cell';
import { readSettingsSheetRows, writeSettingsSheet } from './settings-io';
import { applyWritePlan } from './write-plan';
import { writeInputs } from './write-inputs';

/** Options of OfficeWorkbookPort. */
export interface OfficeWorkbookPortOptions {
  /** Largest request or response to plan for, in bytes (default 4 MB; Excel on the web refuses 5 MB). */
  readonly budgetBytes?: number;
  /**
   * Told after every write and clear that succeeded which protected input sheets it left as they
   * were ([] when none), so the user can be asked to unprotect them.
   */
  readonly onProtectedSheets?: (sheets: readonly ProtectedSheetCells[]) => void;
}

/**
 * The workbook Loadline runs in.
 *
 * Protected sheets: Loadline never unprotects a user's sheet. Highlights on a protected input
 * sheet are not drawn (and earlier ones there are neither restored nor forgotten: their records
 * stay until the sheet is unprotected), the rest of the write goes ahead, and `onProtectedSheets`
 * names the sheets so the pane can tell the user. A protected summary sheet of Loadline's own
 * stops a write before anything changes (ProtectedSheetsError). Highlights on a sheet that is
 * missing at write time are skipped: the user can edit the workbook while a check runs.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly budgetBytes: number;
  private readonly onProtectedSheets: (sheets: readonly ProtectedSheetCells[]) => void;

  constructor(options: OfficeWorkbookPortOptions = {}) {
    this.budgetBytes = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
    this.onProtectedSheets = options.onProtectedSheets ?? (() => undefined);
  }

  /** Every sheet's used range, the tables, the state and the date system (two round trips for a usual workbook). */
  read(): Promise<WorkbookSnapshot> {
    return readWorkbook(this.budgetBytes);
  }

  /** Applies a write plan; a failure at any round trip leaves the old workbook or the new one. */
  async write(plan: WritePlan): Promise<void> {
    this.onProtectedSheets(await applyWritePlan(plan, this.budgetBytes));
  }

  /** Restores the fills recorded in `state` and empties the fill record (two round trips). */
  async clearHighlights(state: LoadlineState): Promise<void> {
    this.onProtectedSheets(await clearRecordedHighlights(state, this.budgetBytes));
  }

  /** Apply and Undo of a suggestion: input cells and rows with Loadline's state, in one batch (see write-inputs.ts). */
  writeInputs(write: InputWrite): Promise<InputWriteResult> {
    return writeInputs(write);
  }

  /** Activates the cell's sheet and selects it; false when the sheet or cell is not there any more. */
  selectCell(target: CellTarget): Promise<boolean> {
    return selectCell(target);
  }

  /** The Key / Value rows of the Settings sheet; [] when there is none. */
  readSettingsRows(): Promise<SettingsRow[]> {
    return readSettingsSheetRows();
  }

  /** Updates or appends Settings keys, creating the sheet when needed; other rows stay as they are. */
  writeSettings(changes: Readonly<Record<string, SettingValue>>): Promise<SettingsWriteResult> {
    return writeSettingsSheet(changes);
  }

  /** Adds the contract's input sheets the workbook lacks; never overwrites a sheet. */
  insertTemplateSheets(): Promise<InsertTemplatesResult> {
    return insertTemplateSheets(this.budgetBytes);
  }
}
