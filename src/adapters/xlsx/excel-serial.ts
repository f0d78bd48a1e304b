/**
 * Excel date serials from the JS Dates ExcelJS hands out for date-formatted cells.
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system (days since 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the two systems' day zero (1899-12-30 and 1904-01-01). */
const DATE1904_OFFSET_DAYS = 1_462;

/**
 * The Excel serial a JS Date stands for, in the workbook's date system; undefined for an
 * Invalid Date.
 *
 * ExcelJS turns a stored serial `s` into the UTC instant 1899-12-30 + s days (1904-01-01 + s days
 * in the 1904 system) and back the same way, with no special case for Excel's fictitious
 * 1900-02-29. Inverting that straight line therefore returns exactly the serial stored in the
 * file: 60 (the fictitious 29 February, which ExcelJS shows as 1900-02-28) stays 60, 61 stays
 * 61 (1900-03-01), and serials below 60 keep their numbers too. Reading the serial's meaning,
 * quirk included, is the reader's job. Any time of day is kept as the fraction.
 *
 * @example
 * dateToSerial(new Date(Date.UTC(2026, 2, 2)), false) // 46083
 * dateToSerial(new Date(Date.UTC(2026, 2, 2)), true)  // 44621
 */
export function dateToSerial(date: Date, date1904: boolean): number | undefined {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return undefined;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET_DAYS : 0);
}
