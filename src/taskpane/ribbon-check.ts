/**
 * The ribbon's Check capacity: Home > Loadline > Check capacity runs the check on the workbook
 * with its own Settings, writes the summary sheets and highlights, and shows Conflicts
 * (the write plan activates it). When the check cannot run (no Staff sheet, an Office error)
 * the user is told in plain words in a small dialog; hosts without dialogs get the console only,
 * and the pane (Open Loadline) shows the same error when Check capacity is chosen there.
 * Registered by the pane's page (taskpane.ts), which is also the ribbon's function file.
 */
import { OfficeWorkbookPort } from '../adapters/office';
import { latestFigures } from '../app/functions/latest-figures';
import { runCheck, type RunCheckOutcome } from '../app/run-check';
import { ERROR_DIALOG_SIZE, errorDialogUrl } from './error-dialog';
import { describeError, PaneError, type ErrorText } from './error-text';
import { todayIso } from './format';
import { showDialog, type RibbonEvent } from './host';

/** The FunctionName of the manifest's Check capacity button. */
export const CHECK_CAPACITY_FUNCTION = 'checkCapacity';

/** What a ribbon check that went through tells the pane sharing its runtime. */
export type RibbonCheckListener = (result: Extract<RunCheckOutcome, { ok: true }>['result']) => void;

const ribbonCheckListeners: RibbonCheckListener[] = [];

/**
 * Tells `listener` of every ribbon Check capacity that went through. In a shared runtime the
 * pane is on the same page and shows its results; elsewhere nobody listens.
 */
export function onRibbonCheck(listener: RibbonCheckListener): void {
  ribbonCheckListeners.push(listener);
}

/**
 * Runs Check capacity for the ribbon. Completes the event exactly once, or Excel shows it
 * spinning; when there is an error to show, only after its dialog is closed, since a completed
 * command's function file may be unloaded and its dialog with it.
 */
export async function checkCapacity(event: RibbonEvent): Promise<void> {
  try {
    const problem = await checkForRibbon();
    if (problem) await tellUser(problem);
  } finally {
    event.completed();
  }
}

/** Runs the check; the error to show in words, or undefined when it went through. */
async function checkForRibbon(): Promise<ErrorText | undefined> {
  try {
    const outcome = await runCheck(new OfficeWorkbookPort(), { today: todayIso() });
    if (outcome.ok) {
      // In a shared runtime the LOADLINE functions and the pane follow this check at once.
      latestFigures.publish(outcome.figures);
      for (const listener of ribbonCheckListeners) listener(outcome.result);
      return undefined;
    }
    const missing = outcome.diagnostics.some((d) => d.code === 'SHEET_MISSING');
    return describeError(new PaneError(
      outcome.message,
      missing
        ? 'Add the missing sheet, or choose Open Loadline on the Home tab and then Insert template sheets to add empty ones with the right headers.'
        : 'Fix the problem named above, then choose Check capacity again.',
    ), 'check');
  } catch (error) {
    console.error('Loadline: Check capacity failed', error);
    return describeError(error, 'check');
  }
}

/** Shows the error in a dialog and waits until it is closed; the console always gets it too. */
async function tellUser(text: ErrorText): Promise<void> {
  console.error(`Loadline: ${text.summary} ${text.next}`);
  const opener = globalThis.location?.href;
  if (opener) await showDialog(errorDialogUrl(opener, text), ERROR_DIALOG_SIZE);
}
