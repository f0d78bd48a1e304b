/**
 * The WorkbookPort over an .xlsx workbook in memory: the CLI and the browser page load a file
 * into it, run the use cases, and save it. Also the standalone pane's other workbook
 * actions, with the Office.js port's signatures: read and write Settings, insert template sheets.
 */
import type { InputWrite, InputWriteResult, WorkbookPort, WorkbookSnapshot, WritePlan } from '../../app/ports';
import type { SettingsRow, SettingsWriteResult, SettingValue } from '../../workbook/settings-sheet';
import type { InsertTemplatesResult } from '../../workbook/templates';
import type { LoadlineState } from '../../workbook/state';
import { applyWritePlan, clearRecordedHighlights } from './apply-write-plan';
import { insertTemplateSheets } from './insert-templates';
import { readSnapshot } from './read-snapshot';
import { readSettingsSheetRows, writeSettingsSheet } from './settings-io';
import { writeInputs } from './write-inputs';
import type { XlsxWorkbook } from './xlsx-workbook';

/**
 * A WorkbookPort on an .xlsx workbook. Changes stay in memory until the caller saves
 * `workbook` (saveWorkbook), so a failed check never leaves a half-written file. Change the
 * workbook only through the port: a snapshot read before a change made otherwise is stale.
 *
 * @example
 * const port = new XlsxWorkbookPort(await loadWorkbook(bytes));
 * await runCheck(port, { today: '2026-03-02' });
 * const annotated = await saveWorkbook(port.workbook);
 */
export class XlsxWorkbookPort implements WorkbookPort {
  /**
   * The last snapshot read, until this port changes the workbook: the standalone page reads the
   * workbook for its Settings form and again for the check, and need not scan every sheet twice.
   */
  private snapshot: WorkbookSnapshot | undefined;

  constructor(readonly workbook: XlsxWorkbook) {}

  async read(): Promise<WorkbookSnapshot> {
    return (this.snapshot ??= readSnapshot(this.workbook));
  }

  async write(plan: WritePlan): Promise<void> {
    this.snapshot = undefined;
    applyWritePlan(this.workbook, plan);
  }

  async clearHighlights(state: LoadlineState): Promise<void> {
    this.snapshot = undefined;
    clearRecordedHighlights(this.workbook, state);
  }

  /** Apply and Undo of a suggestion: only the edited cells, rows and tables are patched (see write-inputs.ts). */
  async writeInputs(write: InputWrite): Promise<InputWriteResult> {
    this.snapshot = undefined;
    return writeInputs(this.workbook, write);
  }

  /** The Key / Value rows of the Settings sheet; [] when there is none. */
  async readSettingsRows(): Promise<SettingsRow[]> {
    return readSettingsSheetRows(this.workbook);
  }

  /** Updates or appends Settings keys, creating the sheet when needed; other rows stay as they are. */
  async writeSettings(changes: Readonly<Record<string, SettingValue>>): Promise<SettingsWriteResult> {
    this.snapshot = undefined;
    return writeSettingsSheet(this.workbook, changes);
  }

  /** Adds the contract's input sheets the workbook lacks; never overwrites a sheet. */
  async insertTemplateSheets(): Promise<InsertTemplatesResult> {
    this.snapshot = undefined;
    return insertTemplateSheets(this.workbook);
  }
}
