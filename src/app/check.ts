/**
 * The check as pure functions: raw grids in, report out. Every door calls `checkWorkbook`;
 * the benchmark times its two halves, `readPlan` and `analysePlan`, separately.
 */
import type { RawWorkbook } from '../workbook/grid';
import { readPlan as readWorkbookPlan } from '../workbook/read-plan';
import { analyse } from '../core/analyse';
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

export type { ReadResult } from '../workbook/read-plan';
import type { ReadResult } from '../workbook/read-plan';

/** Reads the workbook contract from raw grids (parse phase). */
export function readPlan(raw: RawWorkbook): ReadResult {
  return readWorkbookPlan(raw);
}

/** Runs the model, conflicts, project checks and finance on a plan (analyse phase). */
export function analysePlan(plan: Plan, diagnostics: readonly Diagnostic[], options: CheckOptions): Report {
  return analyse(plan, diagnostics, options);
}

/** Reads and analyses a workbook. */
export function checkWorkbook(raw: RawWorkbook, options: CheckOptions): CheckResult {
  const read = readPlan(raw);
  if (!read.ok) return read;
  return { ok: true, plan: read.plan, report: analysePlan(read.plan, read.diagnostics, options) };
}
