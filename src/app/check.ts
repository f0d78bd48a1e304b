/**
 * The check as pure functions: raw grids in, report out. Every door calls `checkWorkbook`; the
 * benchmark times its two halves, `readPlan` (parse) and `analysePlan` (analyse), separately.
 */
import type { RawWorkbook } from '../workbook/grid';
import { readPlan, type ReadPlanOptions } from '../workbook/read-plan';
import { analyseInDetail, type AnalyseOptions } from '../core/analyse';
import type { Diagnostic } from '../core/diagnostics';
import type { Plan } from '../core/model';
import type { Report } from '../core/report';
import { addSuggestions } from '../workbook/suggest/suggest';

export { readPlan, type ReadResult } from '../workbook/read-plan';
export { analyse as analysePlan } from '../core/analyse';

/**
 * Status date and today, as every door passes them, and the door's default locale (see
 * ReadPlanOptions); `suggest: false` skips suggestions (what-if, benchmark phases, the law's re-runs).
 */
export type CheckOptions = Pick<AnalyseOptions, 'asOf' | 'today'> & ReadPlanOptions & { readonly suggest?: boolean };

export type CheckResult =
  | { readonly ok: true; readonly plan: Plan; readonly report: Report }
  /** The workbook cannot be checked at all (e.g. no Staff sheet); `message` says what is missing. */
  | { readonly ok: false; readonly message: string; readonly diagnostics: readonly Diagnostic[] };

/** Reads and analyses a workbook, and proves suggestions for its conflicts. */
export function checkWorkbook(raw: RawWorkbook, options: CheckOptions): CheckResult {
  const read = readPlan(raw, { locale: options.locale });
  if (!read.ok) return read;
  const analyseOptions = { asOf: options.asOf, today: options.today };
  const analysis = analyseInDetail(read.plan, read.diagnostics, analyseOptions);
  const report = options.suggest === false ? analysis.report : addSuggestions(raw, read.plan, analysis, analyseOptions);
  return { ok: true, plan: read.plan, report };
}
