/**
 * Raw grids: what an adapter hands to the reader. Every door (Office.js, the .xlsx adapter in
 * Node or the browser) produces exactly this shape, so a workbook gives the same answer through each.
 */

/** An Excel error value held in a cell, e.g. `{ error: '#N/A' }`. It is data, not an exception. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value as the reader sees it. Dates arrive as Excel serial numbers with a date
 * number format (both adapters convert), formulas arrive as their cached result.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangular block of cells read from a sheet or an Excel table. */
export interface RawBlock {
  /** Values, row-major; rows may be ragged (missing cells are blank). */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats aligned with `values` (e.g. "0%", "yyyy-mm-dd"); absent means General. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Zero-based row and column of `values[0][0]` on the sheet (a used range may not start at A1). */
  readonly originRow: number;
  readonly originCol: number;
}

/** A worksheet's used range. */
export interface RawSheet extends RawBlock {
  readonly name: string;
}

/** An Excel table (ListObject): its header row is `values[0]`. */
export interface RawTable extends RawBlock {
  readonly name: string;
  /** The worksheet the table sits on. */
  readonly sheet: string;
}

/** Everything the reader needs from a workbook. */
export interface RawWorkbook {
  readonly sheets: readonly RawSheet[];
  readonly tables: readonly RawTable[];
  /** True when the workbook uses the 1904 date system (Mac Excel's old default). */
  readonly date1904: boolean;
  /**
   * The locale the host gives the workbook (Excel's culture, e.g. "de-DE"), when it gives one:
   * the default for reading text numbers and dates. Files read by the xlsx adapter have none.
   */
  readonly locale?: string;
}

/** True when a cell value is an Excel error value such as #N/A or #REF!. */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** The Excel error values, as Excel spells them. Adapters use this to recognise error text. */
export const EXCEL_ERRORS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!', '#BUSY!',
];
