/**
 * One ExcelJS cell as the reader sees it: a CellValue, and its number format.
 */
import { ValueType, type Cell, type CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '../../workbook/grid';
import { dateToSerial } from './excel-serial';

/** The number format ExcelJS gives a date cell that has none (Excel's built-in format 14). */
const DEFAULT_DATE_FORMAT = 'mm-dd-yy';

/**
 * The value of a cell: dates as serials in the workbook's date system, formulas as their cached
 * result (null when there is none), error values as CellError, rich text and hyperlinks as their
 * text. A merged cell other than the top-left one is null: ExcelJS reports the top-left cell's
 * value on every cell of a merge, and a reader must see the value once.
 *
 * @example
 * // B2 holds =A1*2 with cached result 84
 * toCellValue(worksheet.getCell('B2'), false) // 84
 */
export function toCellValue(cell: Cell, date1904: boolean): CellValue {
  if (cell.type === ValueType.Merge) return null;
  return plainValue(cell.value, date1904);
}

/**
 * The number format of a cell as the reader expects it: null for General; a date cell without
 * a format gets the format ExcelJS would save it with, so it still reads as a date.
 */
export function toNumberFormat(cell: Cell): string | null {
  const format = cell.numFmt;
  if (typeof format === 'string' && format !== '' && format !== 'General') return format;
  return cell.type === ValueType.Date ? DEFAULT_DATE_FORMAT : null;
}

function plainValue(value: ExcelCellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904) ?? { error: '#VALUE!' };
  if ('error' in value) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    // A cached result is never itself a formula; anything else is read like a plain value.
    return result === undefined ? null : plainValue(result, date1904);
  }
  if ('richText' in value) return joinRichText(value.richText) || null;
  if ('hyperlink' in value) return hyperlinkText(value.text, date1904);
  return null;
}

function hyperlinkText(text: unknown, date1904: boolean): CellValue {
  // ExcelJS keeps a linked cell's own value as `text`: usually a string, sometimes rich text or
  // a number when the link sits on a numeric cell.
  if (typeof text === 'object' && text !== null && 'richText' in text) {
    return joinRichText((text as { richText: readonly { text: string }[] }).richText) || null;
  }
  if (typeof text === 'string' || typeof text === 'number' || typeof text === 'boolean') {
    return plainValue(text, date1904);
  }
  return null;
}

function joinRichText(runs: readonly { text: string }[]): string {
  return runs.map((run) => run.text ?? '').join('');
}
