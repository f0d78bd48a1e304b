/**
 * One scanned cell as the reader sees it (see workbook/grid.ts): formulas as their cached
 * result, shared and inline strings as their text (rich text runs joined, phonetic runs left
 * out), error values as CellError, dates as the serial stored in the file.
 */
import type { CellValue } from '../../workbook/grid';
import type { ScannedCell } from './sheet-cells';
import { decodeEntities, decodeExcelEscapes, stringItemText } from './xml';

/** Days from the 1900 system's day zero (1899-12-30) to 1970-01-01, and between the two systems' day zeros. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET_DAYS = 1_462;

/**
 * The value of a cell: null for a blank (no value, or empty text).
 *
 * @example
 * // <c r="B2"><f>A1*2</f><v>84</v></c>
 * cellValue(cell, sharedStrings, false) // 84
 */
export function cellValue(cell: ScannedCell, sharedStrings: readonly string[], date1904: boolean): CellValue {
  switch (cell.type) {
    case 's': {
      if (cell.v === undefined) return null;
      const text = sharedStrings[Number(cell.v)];
      return text === undefined || text === '' ? null : text;
    }
    case 'inlineStr': {
      // A formula cell may carry t="inlineStr" with its result in <v> (rare producers).
      const text = cell.inline !== undefined ? stringItemText(cell.inline) : textOf(cell.v);
      return text === '' ? null : text;
    }
    case 'str': {
      const text = textOf(cell.v);
      return text === '' ? null : text;
    }
    case 'b': return cell.v === undefined ? null : cell.v.trim() === '1' || cell.v.trim() === 'true';
    case 'e': return cell.v === undefined ? null : { error: decodeEntities(cell.v).trim() };
    case 'd': return isoSerial(textOf(cell.v), date1904);
    default: {
      if (cell.v === undefined || cell.v.trim() === '') return null;
      const number = Number(cell.v);
      return Number.isFinite(number) ? number : { error: '#NUM!' };
    }
  }
}

function textOf(v: string | undefined): string {
  return v === undefined ? '' : decodeExcelEscapes(decodeEntities(v));
}

/** A `t="d"` cell (ISO 8601 date-time, written by some tools) as a serial in the workbook's system. */
function isoSerial(text: string, date1904: boolean): CellValue {
  if (text === '') return null;
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  if (!Number.isFinite(ms)) return { error: '#VALUE!' };
  return ms / 86_400_000 + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET_DAYS : 0);
}
