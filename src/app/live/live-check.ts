/**
 * The live check use case: read the workbook and check it, never writing anything. Besides the
 * outcome it says which sheets the reader took its input from (the ones to watch for edits) and
 * the figures saved by the last written check (what the functions answer from on opening).
 */
import { checkWorkbook, type CheckOptions } from '../check';
import type { WorkbookPort } from '../ports';
import type { RunCheckOutcome } from '../run-check';
import { checkFiguresOf, type CheckFigures } from '../../workbook/check-figures';
import { inputSheetNames } from '../../workbook/locate';

/** What a live check found. */
export interface LiveCheckResult {
  /** The outcome, as Check capacity's but never written (`written` is null). */
  readonly outcome: RunCheckOutcome;
  /** The sheets the reader read its input from, to watch for the next edits. */
  readonly inputSheets: readonly string[];
  /** The figures the state record holds (the last written check's), if any. */
  readonly savedFigures: CheckFigures | undefined;
}

/** Reads and checks the workbook behind `port` without writing to it. */
export async function liveCheck(port: WorkbookPort, options: CheckOptions): Promise<LiveCheckResult> {
  const snapshot = await port.read();
  // No suggestions on a live check: it runs after every edit, and a suggestion's edits are
  // planned on the cells as they were; Check capacity proves a fresh set.
  const result = checkWorkbook(snapshot.raw, { ...options, suggest: false });
  const outcome: RunCheckOutcome = result.ok
    ? {
      ok: true, result, figures: checkFiguresOf(result.report, result.plan.settings, snapshot.raw.date1904), written: null,
      applied: snapshot.state.applied ?? [], raw: snapshot.raw,
    }
    : result;
  return { outcome, inputSheets: inputSheetNames(snapshot.raw), savedFigures: snapshot.state.figures };
}
