/**
 * Cell values between Excel's API and Loadline's raw grids: what Range.values gives back, and
 * what to send so that Excel stores exactly the value Loadline means.
 */
import { EXCEL_ERRORS, type CellValue } from '../../workbook/grid';
import type { PatchValue } from '../../workbook/patch';

/** Excel's Text number format. */
export const TEXT_FORMAT = '@';

/** Excel's default number format. */
export const GENERAL_FORMAT = 'General';

const ERROR_TEXTS = new Set(EXCEL_ERRORS);

/**
 * A value from Range.values as the reader expects it: "" (Excel's blank) is null; an error
 * value's text ("#N/A") becomes a CellError. Dates are already serial numbers. A text cell
 * holding the literal characters "#N/A" reads as the error too: telling them apart needs
 * Range.valueTypes, one more array per read, and the reader reports both the same way.
 */
export function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_TEXTS.has(value) ? { error: value } : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'boolean') return value;
  return null;
}

/** A number format from Range.numberFormat as the reader expects it: null for General. */
export function toNumberFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' && format !== GENERAL_FORMAT ? format : null;
}

/**
 * What to send for one cell: the value for Range.values and the format for Range.numberFormat
 * (sent first, in the same request).
 *
 * Strings get the Text format "@". Excel parses what Range.values receives as if it were
 * typed: "=x" (and "+x", "-x", "@x") becomes a formula, "1-2" a date, "00123" a number, "TRUE"
 * a boolean. The other defence, a leading apostrophe, covers the same cases but is an input
 * convention of the grid, not a documented property of the API; the Text format is, and it also
 * tells a later reader that the cell is text. Blank is sent as "" because null in Range.values
 * means "leave this cell as it is".
 *
 * @example
 * cellToWrite('=evil', null) // { value: '=evil', format: '@' }
 * cellToWrite(0.5, '0%')     // { value: 0.5, format: '0%' }
 */
export function cellToWrite(value: PatchValue, format: string | null): { value: string | number | boolean; format: string } {
  if (typeof value === 'string') return { value, format: TEXT_FORMAT };
  if (typeof value === 'number' && !Number.isFinite(value)) return { value: '', format: format ?? GENERAL_FORMAT };
  return { value: value ?? '', format: format ?? GENERAL_FORMAT };
}
