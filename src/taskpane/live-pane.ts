/**
 * The pane's live check (inside Excel): the "Live" switch, the edit watch, and what a live check
 * shows. Edits to the input sheets re-read and re-check the workbook about half a second after
 * the last one (src/app/live), never writing to it: the pane's figures, heatmap, conflicts and
 * project status follow, and so do the LOADLINE functions; the summary sheets show "changed
 * since last check" until Check capacity is chosen again.
 */
import { latestFigures } from '../app/functions/latest-figures';
import { liveCheck, type LiveCheckResult } from '../app/live/live-check';
import { LiveScheduler } from '../app/live/live-scheduler';
import type { Door } from './door';
import { byId } from './dom';
import { describeError } from './error-text';
import { todayIso } from './format';
import type { Pane } from './pane';
import { onRibbonCheck } from './ribbon-check';

/** Where the switch's position is remembered, per browser profile. */
const LIVE_PREFERENCE_KEY = 'loadline.live';

/** Starts the live check for a door that can watch edits; does nothing for one that cannot. */
export async function startLiveCheck(door: Door, pane: Pane): Promise<void> {
  const port = door.port();
  const watcher = door.watcher;
  if (!port || !watcher) {
    latestFigures.settle();
    return;
  }
  const liveSwitch = byId<HTMLInputElement>('live-switch');
  const liveStatus = byId('live-status');
  const sheetsStatus = byId('sheets-status');
  byId('live').hidden = false;
  liveSwitch.checked = readPreference();
  /** How the summary sheets stand against the figures the pane shows. */
  let sheets: 'unknown' | 'written' | 'changed' | 'current' = 'unknown';
  let watched = '';

  const showSheetsStatus = () => {
    sheetsStatus.textContent = {
      unknown: 'Summary sheets: not written by Loadline yet. Choose Check capacity to write them.',
      written: 'Summary sheets: as the last Check capacity wrote them.',
      changed: 'Summary sheets: changed since last check. The figures here are live; choose Check capacity to update the sheets.',
      current: 'Summary sheets: up to date with the figures here.',
    }[sheets];
  };

  const onEdit = () => {
    sheets = 'changed';
    showSheetsStatus();
    scheduler.edited();
  };

  const watch = async (sheets: readonly string[]) => {
    const key = sheets.map((name) => name.toLowerCase()).sort().join('\n');
    if (key === watched) return;
    await watcher.watch(sheets, onEdit);
    watched = key;
  };

  const show = (result: LiveCheckResult) => {
    const { outcome } = result;
    if (outcome.ok) {
      latestFigures.publish(outcome.figures);
      // A clicked action owns the pane while it runs; its own results follow.
      if (!pane.busy) pane.showResults(outcome.result.report, outcome.result.plan, 'live');
      liveStatus.textContent = `Live: checked at ${timeOfDay()}.`;
    } else {
      liveStatus.textContent = `Live: the workbook cannot be checked: ${outcome.message}`;
    }
  };

  const scheduler = new LiveScheduler<LiveCheckResult>({
    check: () => liveCheck(port, { today: todayIso(), locale: door.defaultLocale }),
    onStart: () => { liveStatus.textContent = 'Live: checking…'; },
    onResult: (result) => {
      show(result);
      void watch(result.inputSheets).catch(() => undefined);
    },
    onError: (error) => {
      // Typically a cell being edited (Excel then refuses every read): the next edit retries.
      liveStatus.textContent = `Live: could not read the workbook (${describeError(error, 'check').summary}). It checks again after the next change.`;
    },
  });
  scheduler.setEnabled(liveSwitch.checked);

  liveSwitch.addEventListener('change', () => {
    writePreference(liveSwitch.checked);
    scheduler.setEnabled(liveSwitch.checked);
    if (liveSwitch.checked) scheduler.checkSoon();
    else liveStatus.textContent = 'Live: off. Choose Check capacity to check.';
  });

  // Check capacity from the ribbon, in a shared runtime: its results replace the live ones.
  onRibbonCheck((result) => {
    scheduler.cancel();
    if (!pane.busy) pane.showResults(result.report, result.plan, 'live');
    sheets = 'current';
    showSheetsStatus();
  });

  pane.onClickedCheck((event) => {
    if (event === 'start') {
      scheduler.cancel();
      return;
    }
    sheets = 'current';
    showSheetsStatus();
  });

  // One read at start: the figures saved with the workbook (so the functions answer at once),
  // the sheets to watch and, when live, fresh figures for the pane.
  let first: LiveCheckResult;
  try {
    first = await liveCheck(port, { today: todayIso(), locale: door.defaultLocale });
  } finally {
    // Whatever happens, the functions stop waiting: without figures they say there is no check.
    latestFigures.settle();
  }
  if (first.savedFigures) latestFigures.publish(first.savedFigures);
  // An edit may already have come in while the first read ran.
  if (sheets === 'unknown' && first.savedFigures) sheets = 'written';
  if (liveSwitch.checked) show(first);
  else liveStatus.textContent = 'Live: off. Choose Check capacity to check.';
  showSheetsStatus();
  await watch(first.inputSheets);
}

function timeOfDay(): string {
  return new Date().toTimeString().slice(0, 8);
}

function readPreference(): boolean {
  try {
    return globalThis.localStorage?.getItem(LIVE_PREFERENCE_KEY) !== 'off';
  } catch {
    // Storage can be refused (privacy settings); live is the default.
    return true;
  }
}

function writePreference(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(LIVE_PREFERENCE_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered; the switch still works for this session.
  }
}
