/**
 * The check as pure functions: raw grids in, report out. Every door calls `checkWorkbook`;
 * the benchmark times its two halves, `readPlan` and `analysePlan`, separately.
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

/** The outcome of reading: the plan and every problem found, or why nothing could be read. */
export type ReadResult =
  | { readonly ok: true; readonly plan: Plan; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly message: string; readonly diagnostics: readonly Diagnostic[] };

/** Reads the workbook contract from raw grids (parse phase). */
export function readPlan(raw: RawWorkbook): ReadResult {
  void raw;
  throw new Error('readPlan: not implemented yet');
}

/** Runs the model, conflicts, project checks and finance on a plan (analyse phase). */
export function analysePlan(plan: Plan, diagnostics: readonly Diagnostic[], options: CheckOptions): Report {
  void plan; void diagnostics; void options;
  throw new Error('analysePlan: not implemented yet');
}

/** Reads and analyses a workbook. */
export function checkWorkbook(raw: RawWorkbook, options: CheckOptions): CheckResult {
  const read = readPlan(raw);
  if (!read.ok) return read;
  return { ok: true, plan: read.plan, report: analysePlan(read.plan, read.diagnostics, options) };
}
