/**
 * The WorkbookPort over an in-memory ExcelJS workbook: the CLI and the browser page load a
 * file into it, run the use cases, and save it.
 */
import type { Workbook } from 'exceljs';
import type { WorkbookPort, WorkbookSnapshot, WritePlan } from '../../app/ports';
import type { LoadlineState } from '../../workbook/state';
import { applyWritePlan, clearRecordedHighlights } from './apply-write-plan';
import { readSnapshot } from './read-snapshot';

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
}
