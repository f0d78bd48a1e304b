/**
 * Diagnostics: bad user data becomes a value with an address, never an exception. Codes are
 * stable (users and tests match on them): add new ones, never rename.
 */

export type Severity = 'error' | 'warning';

/** One problem found in the workbook, e.g. NOT_A_DATE at Projects!D7. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly sheet: string;
  /** A1 address of the cell, or of the header row's first cell for sheet-level problems; "" when the sheet is missing. */
  readonly cell: string;
  readonly message: string;
}

/** The catalogue: every code Loadline can report, with what it means. */
export const DIAGNOSTIC_CODES = {
  SHEET_MISSING: 'A sheet the check needs is not in the workbook.',
  HEADER_NOT_FOUND: 'No row within the first 10 names the required columns.',
  COLUMN_MISSING: 'One of two alternative required columns is missing (e.g. Hours or Hours per week).',
  REQUIRED_BLANK: 'A required cell is blank in a row that has other values.',
  CELL_ERROR_VALUE: 'The cell holds an Excel error value such as #N/A.',
  NOT_A_NUMBER: 'The cell should hold a number.',
  NOT_A_DATE: 'The cell should hold a date.',
  AMBIGUOUS_DATE: 'A text date such as 03/04/2026 could be day-first or month-first.',
  NOT_A_PERCENT: 'The cell should hold a percentage.',
  NEGATIVE_VALUE: 'Hours, rates, budgets and costs cannot be negative.',
  VALUE_OUT_OF_RANGE: 'A percentage above 100 % where at most 100 % makes sense.',
  END_BEFORE_START: 'The end date is before the start date.',
  DUPLICATE_NAME: 'The name was already used by an earlier row.',
  UNKNOWN_PERSON: 'The person is not on the Staff sheet.',
  UNKNOWN_PROJECT: 'The project is not on the Projects sheet.',
  UNKNOWN_VALUE: 'The text is not one of the values the column accepts.',
  UNKNOWN_SETTING: 'The Settings key is not one Loadline knows.',
  MISSING_RATE: 'A person has no hourly rate: their hours cost 0.',
  MISSING_HOURS: 'An assignment has neither Hours per week nor Allocation % (nor Total hours).',
  AMBIGUOUS_EFFORT: 'An assignment gives both Total hours and Hours per week or Allocation %: the row is skipped.',
  HORIZON_CUT: 'The horizon was cut to its 12- or 156-week bound.',
  ESTIMATE_RANGE: 'Estimate low / high are not low ≤ Estimate ≤ high (or one of the three is missing): the range is ignored, the row is kept.',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
