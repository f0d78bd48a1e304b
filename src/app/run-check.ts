/**
 * The "Check capacity" use case behind every door: read, check, write, reporting each phase.
 */
import { checkWorkbook, type CheckOptions, type CheckResult } from './check';
import { planWrite } from './plan-write';
import type { Phase, WorkbookPort, WritePlan } from './ports';
import { checkFiguresOf, type CheckFigures } from '../workbook/check-figures';
import { buildWorkbookPatch } from '../workbook/report/build-patch';
import type { RawWorkbook } from '../workbook/grid';
import type { AppliedRecord } from '../workbook/state';

export interface RunCheckOptions extends CheckOptions {
  /** Write the summary sheets and highlights back (default true). */
  readonly write?: boolean;
  readonly onPhase?: (phase: Phase) => void;
}

export type RunCheckOutcome =
  /**
   * `applied`: the suggestions applied and not undone, as Loadline's state records them; `raw`:
   * the grids the check read (the pane's what-if re-analyses them without reading again).
   */
  | {
    readonly ok: true;
    readonly result: Extract<CheckResult, { ok: true }>;
    /** What the LOADLINE functions answer from, for this check. */
    readonly figures: CheckFigures;
    readonly written: WritePlan | null;
    readonly applied: readonly AppliedRecord[];
    readonly raw: RawWorkbook;
  }
  | Extract<CheckResult, { ok: false }>;

/** Reads the workbook behind `port`, checks it and (unless `write` is false) writes the results back. */
export async function runCheck(port: WorkbookPort, options: RunCheckOptions): Promise<RunCheckOutcome> {
  options.onPhase?.('reading');
  const snapshot = await port.read();
  options.onPhase?.('checking');
  const result = checkWorkbook(snapshot.raw, options);
  if (!result.ok) return result;
  const figures = checkFiguresOf(result.report, result.plan.settings, snapshot.raw.date1904);
  let written: WritePlan | null = null;
  if (options.write !== false) {
    options.onPhase?.('writing');
    written = { ...planWrite(buildWorkbookPatch(result.plan, result.report, { date1904: snapshot.raw.date1904 }), snapshot), figures };
    await port.write(written);
  }
  options.onPhase?.('done');
  return { ok: true, result, figures, written, applied: snapshot.state.applied ?? [], raw: snapshot.raw };
}

/** The "Clear highlights" use case: restores every recorded fill. */
export async function clearHighlights(port: WorkbookPort): Promise<number> {
  const snapshot = await port.read();
  await port.clearHighlights(snapshot.state);
  return snapshot.state.fills.length;
}
