/**
 * The task pane's entry: finds out where it runs, then mounts the pane for Excel or for a
 * plain browser. Only this decision lives here; the pane itself is in pane.ts.
 */
import { byId } from './dom';
import { describeError } from './error-text';
import { createExcelDoor } from './excel-door';
import { detectHost } from './host';
import { mountPane } from './pane';

async function start(): Promise<void> {
  const host = await detectHost();
  const label = byId('host-label');
  if (host.kind === 'excel') {
    label.textContent = 'In Excel';
    const pane = mountPane(createExcelDoor());
    await pane.run('settings-read', () => pane.refreshSettings());
    return;
  }
  label.textContent = 'In your browser';
  label.title = host.reason;
  // ExcelJS is large: it is fetched only here, as its own chunk, never inside Excel.
  const { startStandalone } = await import(/* webpackChunkName: "standalone" */ './standalone');
  startStandalone();
}

start().catch((error: unknown) => {
  // Only a broken build lands here (a missing element or chunk); say so in the page.
  const text = describeError(error, 'open');
  byId('error-summary').textContent = 'Loadline could not start.';
  byId('error-next').textContent = 'Reload the pane. If it happens again, the add-in files may be incomplete: ask whoever installed Loadline.';
  byId('error-detail').textContent = text.detail;
  byId('error').hidden = false;
  console.error(error);
});
