/**
 * The live check against the strict Excel fake, in Node: the fake's events behave as Excel's
 * (a handler hears nothing before the sync that registers it, removal goes through the
 * registering context), the watcher hears edits to the input sheets only, and the live loop
 * (watch → wait → read → check) shows the newest edit's figures and never writes.
 */
import { OfficeSheetWatcher, OfficeWorkbookPort } from '../../../src/adapters/office';
import { utilisation } from '../../../src/app/functions/answers';
import { LatestFigures } from '../../../src/app/functions/latest-figures';
import { liveCheck, type LiveCheckResult } from '../../../src/app/live/live-check';
import { LiveScheduler } from '../../../src/app/live/live-scheduler';
import { ASSIGNMENT_HEADER, PROJECT_HEADER, STAFF_HEADER } from '../../helpers/grids';
import { installFake } from './office-fixtures';

/** Ann (40 h/week) booked 20 h/week on Atlas for March; status date 2 March 2026. */
function seed() {
  return {
    sheets: {
      Staff: [STAFF_HEADER, ['Ann', 'T', 'CC', 40, null, 50]],
      Projects: [PROJECT_HEADER, ['Atlas', '2026-03-02', '2026-03-27', 10000, 80]],
      Assignments: [ASSIGNMENT_HEADER, ['Ann', 'Atlas', null, null, 20]],
      Notes: [['anything']],
      Settings: [['Key', 'Value'], ['Status date', '2026-03-02']],
    },
  };
}

/** Waits for the fake's event tasks and the handlers' promises. */
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('excel fake events (ExcelApi 1.7)', () => {
  it('delivers onChanged only after the registering sync, asynchronously, for that sheet only', async () => {
    const fake = installFake(seed());
    const heard: unknown[] = [];
    await Excel.run(async (context) => {
      const staff = context.workbook.worksheets.getItem('Staff');
      staff.onChanged.add(async (event) => { heard.push(event); });
      fake.editCells('Staff', 'D2', [[30]]);
      await tick();
      expect(heard).toEqual([]);
      await context.sync();
    });
    fake.editCells('Staff', 'D2', [[35]]);
    expect(heard).toEqual([]);
    await tick();
    expect(heard).toEqual([expect.objectContaining({ type: 'WorksheetChanged', address: 'D2', changeType: 'RangeEdited', source: 'Local' })]);
    fake.editCells('Notes', 'A1', [['other']]);
    await tick();
    expect(heard).toHaveLength(1);
  });

  it('removes a handler only through the context that registered it, at its sync', async () => {
    const fake = installFake(seed());
    let result: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await Excel.run(async (context) => {
      result = context.workbook.worksheets.getItem('Staff').onChanged.add(async () => undefined);
      await context.sync();
    });
    expect(fake.eventHandlers).toBe(1);
    const registered = result as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
    // A fresh context does not carry the removal: it stays queued on the registering one.
    await Excel.run(async (context) => {
      registered.remove();
      await context.sync();
    });
    expect(fake.eventHandlers).toBe(1);
    await Excel.run(registered.context, async (context) => {
      await context.sync();
    });
    expect(fake.eventHandlers).toBe(0);
  });

  it('fires onChanged for values written through the API once their batch commits', async () => {
    const fake = installFake(seed());
    const heard: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Staff').onChanged.add(async (event) => { heard.push(event.address); });
      await context.sync();
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Staff').getRange('A3:B3').values = [['Ben', 'T']];
      await context.sync();
    });
    await tick();
    expect(heard).toEqual(['A3:B3']);
    expect(fake.syncs.filter((s) => s.wrote)).toHaveLength(1);
  });
});

describe('OfficeSheetWatcher', () => {
  it('hears edits to the watched sheets and added sheets, and nothing after stop', async () => {
    const fake = installFake(seed());
    const watcher = new OfficeSheetWatcher();
    const heard: string[] = [];
    await watcher.watch(['Staff', 'assignments'], (sheet) => heard.push(sheet));
    expect(fake.eventHandlers).toBe(3);
    fake.editCells('Assignments', 'E2', [[30]]);
    fake.editCells('Notes', 'A1', [['ignored']]);
    await tick();
    expect(heard).toEqual(['Assignments']);
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Time Off');
      await context.sync();
    });
    await tick();
    expect(heard).toEqual(['Assignments', 'Time Off']);
    // A sheet the reader does not read (Loadline's own temporary sheets, say) is not an edit.
    await Excel.run(async (context) => {
      context.workbook.worksheets.add('Loadline scratch');
      await context.sync();
    });
    await tick(10);
    expect(heard).toEqual(['Assignments', 'Time Off']);
    await watcher.stop();
    expect(fake.eventHandlers).toBe(0);
    fake.editCells('Staff', 'D2', [[10]]);
    await tick();
    expect(heard).toHaveLength(2);
    // Watching and stopping change nothing in the workbook.
    expect(fake.syncs.filter((s) => s.wrote).map((s) => s.index)).toHaveLength(2);
  });
});

describe('the live loop against the fake', () => {
  it('shows the newest edit\'s figures, drops edits overtaken mid-check, and never writes', async () => {
    // 20 ms per round trip, so edits can land while a check is reading.
    const fake = installFake({ ...seed(), syncLatencyMs: 20 });
    const port = new OfficeWorkbookPort();
    const store = new LatestFigures();
    const shown: LiveCheckResult[] = [];
    const live = new LiveScheduler<LiveCheckResult>({
      delayMs: 30,
      check: () => liveCheck(port, { today: '2026-03-02' }),
      onResult: (result) => {
        shown.push(result);
        if (result.outcome.ok) store.publish(result.outcome.figures);
      },
      onError: (error) => { throw error; },
    });
    const first = await liveCheck(port, { today: '2026-03-02' });
    expect(first.inputSheets).toEqual(['Settings', 'Staff', 'Projects', 'Assignments']);
    const watcher = new OfficeSheetWatcher();
    await watcher.watch(first.inputSheets, () => live.edited());
    const writesBefore = fake.syncs.filter((s) => s.wrote).length;

    // Ann: 20 booked / 40 = 0.5. Book 30, wait for the check to start reading, then book 40:
    // the 30 h check must never show; the 40 h one must (40 / 40 = 1).
    fake.editCells('Assignments', 'E2', [[30]]);
    await tick(45);
    fake.editCells('Assignments', 'E2', [[40]]);
    await tick(400);
    const ratios = shown.map((r) => (r.outcome.ok ? r.outcome.result.report.people[0].utilization[0] : null));
    expect(ratios).toEqual([1]);
    const index = store.current;
    expect(index && utilisation(index, 'Ann', '2026-W10')).toBe(1);

    // An edit on a sheet the reader does not use starts nothing.
    fake.editCells('Notes', 'A1', [['still nothing']]);
    await tick(200);
    expect(shown).toHaveLength(1);

    // Switched off: edits start nothing.
    live.setEnabled(false);
    fake.editCells('Assignments', 'E2', [[10]]);
    await tick(200);
    expect(shown).toHaveLength(1);

    await watcher.stop();
    expect(fake.syncs.filter((s) => s.wrote).length).toBe(writesBefore);
    expect(fake.syncs.every((s) => !s.wrote)).toBe(true);
  });
});
