/**
 * The ExcelJS adapter: the only place that imports `exceljs`. Browser-safe; file helpers for
 * Node are in ./node-file.
 */
export { readSnapshot } from './read-snapshot';
export type { InsertTemplatesResult } from '../../workbook/templates';
export type { SettingsWriteResult } from '../../workbook/settings-sheet';
export { XlsxWorkbookPort } from './workbook-port';
export { loadWorkbook, saveWorkbook } from './workbook-io';
