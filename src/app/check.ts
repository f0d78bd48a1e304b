/**
 * The check as pure functions: raw grids in, report out. Every door calls `checkWorkbook`; the
 * benchmark times its two halves, `readPlan` (parse) and `analysePlan` (analyse), separately.
 */
import type { RawWorkbook } from '../workbook/grid';
import { readPlan, type ReadPlanOptions } from '../workbook/read-plan';
import { analyse, type AnalyseOptions } from '../core/analyse';
import type { Diagnostic } from '../core/diagnostics';
import type { Plan } from '../core/model';
import type { Report } from '../core/report';

export { readPlan, type ReadResult } from '../workbook/read-plan';
export { analyse as analysePlan } from '../core/analyse';

/** Status date and today, as every door passes them, and the door's default locale (see ReadPlanOptions). */
export type CheckOptions = Pick<AnalyseOptions, 'asOf' | 'today'> & ReadPlanOptions;

export type CheckResult =
  | { readonly ok: true; readonly plan: Plan; readonly report: Report }
  /** The workbook cannot be checked at all (e.g. no Staff sheet); `message` says what is missing. */
  | { readonly ok: false; readonly message: string; readonly diagnostics: readonly Diagnostic[] };

/** Reads and analyses a workbook. */
export function checkWorkbook(raw: RawWorkbook, options: CheckOptions): CheckResult {
  const read = readPlan(raw, { locale: options.locale });
  if (!read.ok) return read;
  return { ok: true, plan: read.plan, report: analyse(read.plan, read.diagnostics, options) };
}
