/** The door inside Excel: the Office.js adapter behind the pane's Door. */
import { OfficeSheetWatcher, OfficeWorkbookPort, type ProtectedSheetCells } from '../adapters/office';
import { SETTINGS_SHEET_NAME } from '../workbook/settings-sheet';
import type { Door } from './door';
import { PaneError } from './error-text';
import { settingsChanges, settingsValuesFromWorkbook } from './settings-values';

/** A Door over the workbook open in Excel. */
export function createExcelDoor(): Door {
  let protectedSheets: readonly ProtectedSheetCells[] = [];
  const port = new OfficeWorkbookPort({ onProtectedSheets: (sheets) => { protectedSheets = sheets; } });
  return {
    kind: 'excel',
    canApply: true,
    port: () => port,
    watcher: new OfficeSheetWatcher(),
    takeProtectedSheets() {
      const taken = protectedSheets;
      protectedSheets = [];
      return taken;
    },
    async selectCell(target) {
      if (!(await port.selectCell(target))) {
        throw new PaneError(
          `${target.sheet}!${target.cell} is not in the workbook any more, or its sheet is hidden.`,
          'If you renamed, deleted or hid the sheet since the check, choose Check capacity again.',
        );
      }
    },
    async readSettings() {
      // The Key / Value rows as a one-sheet workbook, so the form reads them as the check does.
      const rows = await port.readSettingsRows();
      const values = [['Key', 'Value'], ...rows.map((row) => [row.key, row.value])];
      return settingsValuesFromWorkbook({
        sheets: [{ name: SETTINGS_SHEET_NAME, values, originRow: 0, originCol: 0 }],
        tables: [],
        date1904: false,
      });
    },
    async writeSettings(values) {
      const result = await port.writeSettings(settingsChanges(values));
      if (!result.ok) throw new PaneError(result.message, 'Put "Key" and "Value" headers above the settings on the Settings sheet, then save again.');
    },
    async insertTemplateSheets() {
      return (await port.insertTemplateSheets()).created;
    },
  };
}
