/**
 * The check as one pure function: raw grids in, report out. Every door calls this.
 */
import type { RawWorkbook } from '../workbook/grid';
import type { Diagnostic } from '../core/diagnostics';
import type { Plan } from '../core/model';
import type { Report } from '../core/report';

export interface CheckOptions {
  /** Status date (ISO) from --as-of or the task pane; wins over Settings "Status date". */
  readonly asOf?: string;
  /** Today's date (ISO), used when neither asOf nor Settings give a status date. */
  readonly today: string;
}

export type CheckResult =
  | { readonly ok: true; readonly plan: Plan; readonly report: Report }
  /** The workbook cannot be checked at all (e.g. no Staff sheet); `message` says what is missing. */
  | { readonly ok: false; readonly message: string; readonly diagnostics: readonly Diagnostic[] };

export function checkWorkbook(raw: RawWorkbook, options: CheckOptions): CheckResult {
  void raw; void options;
  throw new Error('checkWorkbook: not implemented yet');
}
