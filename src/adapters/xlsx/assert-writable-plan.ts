/**
 * Checks a WritePlan against the workbook before anything is written, so that a bad plan fails
 * with the workbook untouched instead of half written.
 */
import { parseA1 } from '../../workbook/address';
import type { CellRange, PatchValue, SheetPatch } from '../../workbook/patch';
import { STATE_SHEET } from '../../workbook/state';
import type { WritePlan } from '../../app/ports';
import type { XlsxWorkbook } from './xlsx-workbook';

/** Excel's sheet size and cell text limits. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_TEXT_LENGTH = 32_767;

/**
 * Throws (a programmer error: the app and the report builder make plans) when the plan cannot be
 * written as it stands: an invalid or repeated sheet name, a highlight on a sheet that is missing
 * or about to be rewritten, a cell that is not an A1 address, a value Excel cannot hold (NaN,
 * Infinity, text over 32,767 characters) or a range outside the sheet.
 */
export function assertWritablePlan(workbook: XlsxWorkbook, plan: WritePlan): void {
  const written = plan.sheets.map((sheet) => sheet.name);
  written.forEach((name, i) => {
    assertSheetName(name);
    if (written.findIndex((other) => isSameSheetName(other, name)) !== i) fail(`sheet "${name}" is written twice`);
  });
  const findWorksheet = (name: string) => workbook.findSheet(name);
  const untouchable = new Set([...written, ...plan.removeSheets, STATE_SHEET].map((name) => name.toLowerCase()));
  for (const highlight of plan.highlights) {
    if (findWorksheet(highlight.sheet)?.part === undefined) fail(`highlight on missing sheet "${highlight.sheet}"`);
    if (untouchable.has(highlight.sheet.toLowerCase())) {
      fail(`highlight on sheet "${highlight.sheet}", which Loadline rewrites or removes`);
    }
    if (!parseA1(highlight.cell)) fail(`highlight cell "${highlight.cell}" is not an A1 address`);
  }
  if (plan.removeSheets.some((name) => isSameSheetName(name, STATE_SHEET))) fail('the state sheet cannot be removed');
  if (plan.activate !== undefined && !written.some((name) => isSameSheetName(name, plan.activate ?? ''))) {
    const existing = findWorksheet(plan.activate);
    if (!existing || existing.state !== 'visible' || plan.removeSheets.some((name) => isSameSheetName(name, existing.name))) {
      fail(`cannot activate "${plan.activate}": it is not a visible sheet after the write`);
    }
  }
  for (const { name, patch } of plan.sheets) assertWritableSheet(name, patch);
}

function assertSheetName(name: string): void {
  if (name.length === 0 || name.length > 31) fail(`sheet name "${name}" must have 1 to 31 characters`);
  if (/[:\\/?*[\]]/.test(name)) fail(`sheet name "${name}" contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) fail(`sheet name "${name}" starts or ends with an apostrophe`);
  if (isSameSheetName(name, 'History')) fail('"History" is reserved by Excel');
  if (isSameSheetName(name, STATE_SHEET)) fail(`"${STATE_SHEET}" is Loadline's state sheet`);
}

function assertWritableSheet(name: string, patch: SheetPatch): void {
  if (patch.values.length > MAX_ROWS) fail(`sheet "${name}" has more than ${MAX_ROWS} rows`);
  for (let r = 0; r < patch.values.length; r++) assertWritableRow(name, patch.values[r], r);
  const ranges: CellRange[] = [
    ...patch.numberFormats.map((block) => block.range),
    ...patch.styles.map((block) => block.range),
    ...patch.conditionalFormats.map((format) => format.range),
    ...(patch.autoFilter ? [patch.autoFilter] : []),
    ...patch.links.map((link) => ({ row: link.row, col: link.col, rowCount: 1, colCount: 1 })),
    ...(patch.tables ?? []).map((table) => table.range),
  ];
  for (const range of ranges) assertRange(name, range);
  for (const link of patch.links) {
    if (!parseA1(link.target.cell)) fail(`sheet "${name}" links to "${link.target.cell}", which is not an A1 address`);
  }
  const { rows, cols } = patch.freeze;
  if (!isCount(rows, MAX_ROWS) || !isCount(cols, MAX_COLS)) fail(`sheet "${name}" freezes ${rows} rows and ${cols} columns`);
}

/** One row's values; a plain loop in a function of its own, which V8 optimises within the first rows of Capacity's hundreds of thousands of cells. */
function assertWritableRow(name: string, row: readonly PatchValue[], r: number): void {
  if (row.length > MAX_COLS) fail(`sheet "${name}" row ${r + 1} has more than ${MAX_COLS} columns`);
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value === 'number' ? !Number.isFinite(value) : typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
      fail(typeof value === 'number' ? `sheet "${name}" cell (${r}, ${c}) is ${value}` : `sheet "${name}" cell (${r}, ${c}) has text over ${MAX_TEXT_LENGTH} characters`);
    }
  }
}

function assertRange(name: string, range: CellRange): void {
  const fits = isCount(range.row, MAX_ROWS - 1) && isCount(range.col, MAX_COLS - 1)
    && isCount(range.rowCount, MAX_ROWS - range.row) && isCount(range.colCount, MAX_COLS - range.col)
    && range.rowCount > 0 && range.colCount > 0;
  if (!fits) fail(`sheet "${name}" has a range outside the sheet: ${JSON.stringify(range)}`);
}

function isCount(n: number, max: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= max;
}

function fail(message: string): never {
  throw new Error(`Cannot write the plan: ${message}.`);
}

/** True when two sheet names are the same to Excel, which ignores case. */
function isSameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
