/**
 * The .xlsx door's adapter: Loadline's own package reader and patcher over fflate. Browser-safe;
 * file helpers for Node are in ./node-file.
 */
export { readSnapshot } from './read-snapshot';
export type { InsertTemplatesResult } from '../../workbook/templates';
export type { SettingsWriteResult } from '../../workbook/settings-sheet';
export { UnreadableWorkbookError } from './unreadable';
export { XlsxWorkbookPort } from './workbook-port';
export { loadWorkbook, saveWorkbook } from './workbook-io';
export type { XlsxWorkbook } from './xlsx-workbook';
