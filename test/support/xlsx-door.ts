/**
 * Whether the package-patching .xlsx door has landed: true once no file of src/adapters/xlsx
 * imports ExcelJS (the same switch test/xlsx-corpus.test.ts reads). Today's ExcelJS door writes
 * the bold font of header and totals rows without a name or size (`<font><b/></font>`), so
 * LibreOffice draws those cells in its own fallback font, wider than Calibri, and prints ###
 * in totals however wide the columns are; the new door writes the workbook's own font with bold.
 * Checks of what LibreOffice prints run only with it, and start running by themselves when it
 * merges. Remove this switch then.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const ADAPTER = join(__dirname, '..', '..', 'src', 'adapters', 'xlsx');

/** True once no file of the .xlsx adapter imports ExcelJS. */
export function hasPackagePatchingDoor(): boolean {
  const files = readdirSync(ADAPTER, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return !files.some((f) => /from\s+'exceljs'|require\('exceljs'\)/.test(readFileSync(join(ADAPTER, f), 'utf8')));
}
