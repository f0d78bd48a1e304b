/**
 * The task pane's entry: finds out where it runs, then mounts the pane for Excel or for a
 * plain browser. Only this decision lives here; the pane itself is in pane.ts.
 *
 * In Excel this page is also the add-in's shared runtime (manifest: SharedRuntime 1.1, where
 * the host has it): it registers the ribbon's Check capacity and the LOADLINE functions, so all
 * three share one store of the latest check's figures.
 */
import { registerLoadlineFunctions } from '../adapters/office';
import { byId } from './dom';
import { describeError } from './error-text';
import { createExcelDoor } from './excel-door';
import { detectHost, registerRibbonAction } from './host';
import { startLiveCheck } from './live-pane';
import { mountPane } from './pane';
import { CHECK_CAPACITY_FUNCTION, checkCapacity } from './ribbon-check';

async function start(): Promise<void> {
  const host = await detectHost();
  const label = byId('host-label');
  if (host.kind === 'excel') {
    label.textContent = 'In Excel';
    const functions = registerLoadlineFunctions().catch((error: unknown) => console.error('Loadline: the LOADLINE functions could not be registered', error));
    const door = createExcelDoor();
    const pane = mountPane(door);
    await pane.run('settings-read', () => pane.refreshSettings());
    // Not a pane action: the first live read must not keep Check capacity waiting.
    await startLiveCheck(door, pane).catch((error: unknown) => {
      byId('live-status').textContent = `Live: could not read the workbook (${describeError(error, 'check').summary}). It checks again after the next change.`;
      console.error(error);
    });
    await functions;
    return;
  }
  label.textContent = 'In your browser';
  label.title = host.reason;
  // The .xlsx door is only for the standalone page: fetched here, as its own chunk, never inside Excel.
  const { startStandalone } = await import(/* webpackChunkName: "standalone" */ './standalone');
  startStandalone();
}

// At load, as a function file must: Excel may call the ribbon's action as soon as the page loads.
registerRibbonAction(CHECK_CAPACITY_FUNCTION, (event) => void checkCapacity(event));

start().catch((error: unknown) => {
  // Only a broken build lands here (a missing element or chunk); say so in the page.
  const text = describeError(error, 'open');
  byId('error-summary').textContent = 'Loadline could not start.';
  byId('error-next').textContent = 'Reload the pane. If it happens again, the add-in files may be incomplete: ask whoever installed Loadline.';
  byId('error-detail').textContent = text.detail;
  byId('error').hidden = false;
  console.error(error);
});
