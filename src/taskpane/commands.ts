/**
 * The ribbon's function file: Home > Loadline > Check capacity runs the check on the workbook
 * with its own Settings, writes the summary sheets and highlights, and shows Conflicts
 * (the write plan activates it). There is no UI here: problems go to the console, and the pane
 * (Open Loadline) shows them in words.
 */
import { OfficeWorkbookPort } from '../adapters/office';
import { runCheck } from '../app/run-check';
import { todayIso } from './format';
import { registerRibbonAction, type RibbonEvent } from './host';

/** The FunctionName of the manifest's Check capacity button. */
export const CHECK_CAPACITY_FUNCTION = 'checkCapacity';

/** Runs Check capacity for the ribbon; always completes the event, or Excel shows it spinning. */
export async function checkCapacity(event: RibbonEvent): Promise<void> {
  try {
    const outcome = await runCheck(new OfficeWorkbookPort(), { today: todayIso() });
    if (!outcome.ok) console.error(`Loadline: ${outcome.message}`);
  } catch (error) {
    console.error('Loadline: Check capacity failed', error);
  } finally {
    event.completed();
  }
}

registerRibbonAction(CHECK_CAPACITY_FUNCTION, (event) => void checkCapacity(event));
