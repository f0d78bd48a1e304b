/** The Office.js door's adapter: the only folder that talks to Excel.* and Office.*. */
export { OfficeWorkbookPort, type OfficeWorkbookPortOptions } from './office-workbook-port';
export type { InsertTemplatesResult } from '../../workbook/templates';
export type { ProtectedSheetCells } from './protected-cells';
export { ProtectedSheetsError } from './protected-sheets-error';
export type { SettingsWriteResult } from '../../workbook/settings-sheet';
export { supportsExcelApi } from './requirements';
export { OfficeSheetWatcher } from './sheet-watcher';
export { registerLoadlineFunctions } from './functions/register';
