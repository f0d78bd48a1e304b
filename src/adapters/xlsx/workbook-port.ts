/**
 * The WorkbookPort over an in-memory ExcelJS workbook: the CLI and the browser page load a
 * file into it, run the use cases, and save it. Also the standalone pane's other workbook
 * actions, with the Office.js port's signatures: read and write Settings, insert template sheets.
 */
import type { Workbook } from 'exceljs';
import type { InputWrite, InputWriteResult, WorkbookPort, WorkbookSnapshot, WritePlan } from '../../app/ports';
import type { SettingsRow, SettingsWriteResult, SettingValue } from '../../workbook/settings-sheet';
import type { InsertTemplatesResult } from '../../workbook/templates';
import type { LoadlineState } from '../../workbook/state';
import { applyWritePlan, clearRecordedHighlights } from './apply-write-plan';
import { insertTemplateSheets } from './insert-templates';
import { readSnapshot } from './read-snapshot';
import { readSettingsSheetRows, writeSettingsSheet } from './settings-io';

/**
 * A WorkbookPort on an ExcelJS workbook. Changes stay in memory until the caller saves
 * `workbook` (saveWorkbook), so a failed check never leaves a half-written file.
 *
 * @example
 * const port = new XlsxWorkbookPort(await loadWorkbook(bytes));
 * await runCheck(port, { today: '2026-03-02' });
 * const annotated = await saveWorkbook(port.workbook);
 */
export class XlsxWorkbookPort implements WorkbookPort {
  constructor(readonly workbook: Workbook) {}

  async read(): Promise<WorkbookSnapshot> {
    return readSnapshot(this.workbook);
  }

  async write(plan: WritePlan): Promise<void> {
    applyWritePlan(this.workbook, plan);
  }

  async clearHighlights(state: LoadlineState): Promise<void> {
    clearRecordedHighlights(this.workbook, state);
  }

  /**
   * Not yet: the .xlsx door is being rewritten as a package patcher, and Apply will patch only the
   * edited cells and rows there. Until then the standalone pane offers no Apply.
   */
  async writeInputs(_write: InputWrite): Promise<InputWriteResult> {
    throw new Error('Applying suggestions to an .xlsx file is not available yet: apply them in Excel, or edit the cells the suggestion names.');
  }

  /** The Key / Value rows of the Settings sheet; [] when there is none. */
  async readSettingsRows(): Promise<SettingsRow[]> {
    return readSettingsSheetRows(this.workbook);
  }

  /** Updates or appends Settings keys, creating the sheet when needed; other rows stay as they are. */
  async writeSettings(changes: Readonly<Record<string, SettingValue>>): Promise<SettingsWriteResult> {
    return writeSettingsSheet(this.workbook, changes);
  }

  /** Adds the contract's input sheets the workbook lacks; never overwrites a sheet. */
  async insertTemplateSheets(): Promise<InsertTemplatesResult> {
    return insertTemplateSheets(this.workbook);
  }
}
