/**
 * Faults met by the Office.js door, the whole check (read, plan, write) run through
 * OfficeWorkbookPort against the strict fake: protected input and output sheets, cell-edit
 * mode, and a failure at every round trip. Whatever happens, the workbook stays consistent
 * (test/helpers/loadline-consistency.ts) and the caller learns what was left undone.
 */
import { OfficeWorkbookPort, ProtectedSheetsError, type ProtectedSheetCells } from '../../../src/adapters/office';
import { runCheck } from '../../../src/app/run-check';
import { HIGHLIGHT_FILL } from '../../../src/workbook/patch';
import { STATE_SHEET } from '../../../src/workbook/state';
import type { ExcelFake, ExcelFakeOptions } from '../../fakes/excel-fake';
import { consistencyProblems, highlightedCells, pictureOf, type WorkbookPicture } from '../../helpers/loadline-consistency';
import { installFake, recordedState } from './office-fixtures';

const TODAY = '2026-03-02';
const RED = HIGHLIGHT_FILL.high;
const SUMMARY_SHEETS = ['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Finance Ledger', 'Input Issues'];

/**
 * Ann (40 h a week) is booked 60 h a week on Apollo: one OVERALLOCATED conflict, high (150 %),
 * naming her Staff name (Staff!A2) and her booking's hours (Assignments!C2). Bob's 10 h are fine.
 */
function plan(options: { protectedSheets?: readonly string[] } = {}): ExcelFakeOptions {
  const locked = new Set(options.protectedSheets ?? []);
  const sheet = (name: string, values: (string | number)[][]) => ({ values, protected: locked.has(name) });
  return {
    sheets: {
      Staff: sheet('Staff', [['Name', 'Hours per week', 'Hourly rate'], ['Ann', 40, 50], ['Bob', 40, 60]]),
      Projects: sheet('Projects', [['Project', 'Start', 'End', 'Estimate'], ['Apollo', '2026-03-02', '2026-05-29', 200]]),
      Assignments: sheet('Assignments', [['Person', 'Project', 'Hours per week'], ['Ann', 'Apollo', 60], ['Bob', 'Apollo', 10]]),
    },
  };
}

/** Books Bob 50 h a week too, so the next check also highlights Staff!A3 and Assignments!C3. */
async function overbookBob(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Assignments').getRange('C3').values = [[50]];
    await context.sync();
  });
}

/** Runs the whole check through a new port; returns what it said about protected sheets. */
async function check(): Promise<readonly ProtectedSheetCells[]> {
  let told: readonly ProtectedSheetCells[] = [];
  const outcome = await runCheck(new OfficeWorkbookPort({ onProtectedSheets: (sheets) => { told = sheets; } }), { today: TODAY });
  if (!outcome.ok) throw new Error(outcome.message);
  return told;
}

/** The picture without very hidden sheets: what a user can reach in Excel's interface. */
function visiblePart(picture: WorkbookPicture): WorkbookPicture {
  return picture.filter((sheet) => sheet.visibility !== 'VeryHidden');
}

describe('a check on a workbook with a protected input sheet', () => {
  it('writes the summary sheets and the other highlights, leaves the protected sheet untouched and names it', async () => {
    const fake = installFake(plan({ protectedSheets: ['Staff'] }));
    const told = await check();

    for (const name of SUMMARY_SHEETS) expect(fake.hasSheet(name)).toBe(true);
    expect(fake.sheet('Staff').fills()).toEqual({});
    expect(fake.sheet('Assignments').fills()).toEqual({ C2: RED });
    expect(recordedState(fake).fills).toEqual([{ sheet: 'Assignments', cell: 'C2', original: { color: null } }]);
    // Staff!A2 is the one cell of Staff the check names.
    expect(told).toEqual([{ sheet: 'Staff', notHighlighted: 1, stillHighlighted: 0 }]);
    expect(consistencyProblems(pictureOf(fake))).toEqual([]);
  });

  it('keeps the last check\'s highlights and records on a sheet protected since, and clears them once it is unprotected', async () => {
    const fake = installFake(plan());
    await check();
    expect(highlightedCells(pictureOf(fake))).toEqual(['Assignments!C2', 'Staff!A2']);

    fake.setProtected('Staff', true);
    await overbookBob();
    const told = await check();
    // A2 keeps the first check's highlight and record; A3 (Bob) cannot be highlighted.
    expect(told).toEqual([{ sheet: 'Staff', notHighlighted: 1, stillHighlighted: 1 }]);
    expect(highlightedCells(pictureOf(fake))).toEqual(['Assignments!C2', 'Assignments!C3', 'Staff!A2']);
    expect(consistencyProblems(pictureOf(fake))).toEqual([]);

    let toldByClear: readonly ProtectedSheetCells[] = [];
    const port = new OfficeWorkbookPort({ onProtectedSheets: (sheets) => { toldByClear = sheets; } });
    await port.clearHighlights(recordedState(fake));
    expect(toldByClear).toEqual([{ sheet: 'Staff', notHighlighted: 0, stillHighlighted: 1 }]);
    expect(highlightedCells(pictureOf(fake))).toEqual(['Staff!A2']);
    expect(recordedState(fake).fills).toEqual([{ sheet: 'Staff', cell: 'A2', original: { color: null } }]);
    expect(consistencyProblems(pictureOf(fake))).toEqual([]);

    fake.setProtected('Staff', false);
    await port.clearHighlights(recordedState(fake));
    expect(toldByClear).toEqual([]);
    expect(highlightedCells(pictureOf(fake))).toEqual([]);
    expect(recordedState(fake).fills).toEqual([]);
  });
});

describe('a check when the user protected one of Loadline\'s own sheets', () => {
  it('refuses with ProtectedSheetsError (AccessDenied) naming the sheet, before changing anything', async () => {
    const fake = installFake(plan());
    await check();
    fake.setProtected('Conflicts', true);
    await overbookBob();
    const before = pictureOf(fake);
    const syncs = fake.syncs.length;

    const failure = check();
    await expect(failure).rejects.toBeInstanceOf(ProtectedSheetsError);
    await expect(failure).rejects.toMatchObject({ code: 'AccessDenied', sheets: ['Conflicts'] });
    expect(pictureOf(fake)).toEqual(before);
    expect(fake.syncs.slice(syncs).every((sync) => sync.failed === undefined)).toBe(true);
    expect(consistencyProblems(pictureOf(fake))).toEqual([]);

    fake.setProtected('Conflicts', false);
    await check();
    expect(highlightedCells(pictureOf(fake))).toEqual(['Assignments!C2', 'Assignments!C3', 'Staff!A2', 'Staff!A3']);
  });

  it('also refuses to remove a protected sheet Loadline no longer writes', async () => {
    const fake = installFake({ sheets: { Staff: [['Name']], 'Old Issues': { values: [['x']], protected: true } } });
    const before = pictureOf(fake);
    const write = new OfficeWorkbookPort().write({ sheets: [], removeSheets: ['Old Issues'], restoreFills: [], highlights: [] });
    await expect(write).rejects.toMatchObject({ code: 'AccessDenied', sheets: ['Old Issues'] });
    expect(pictureOf(fake)).toEqual(before);
  });
});

describe('a check while Excel is in cell-edit mode', () => {
  it('fails with InvalidOperationInCellEditMode and changes nothing', async () => {
    const fake = installFake(plan());
    const before = pictureOf(fake);
    fake.setCellEditMode(true);
    await expect(check()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(pictureOf(fake)).toEqual(before);
  });
});

describe('a second check failing at any round trip', () => {
  /** A workbook checked once, then changed so the next check writes something new. */
  async function checkedOnce(): Promise<{ fake: ExcelFake; before: WorkbookPicture; start: number }> {
    const fake = installFake(plan());
    await check();
    await overbookBob();
    return { fake, before: pictureOf(fake), start: fake.syncs.length };
  }

  /** How many syncs the second check makes (read and write together). */
  async function syncsOfSecondCheck(): Promise<number> {
    const { fake, start } = await checkedOnce();
    await check();
    return fake.syncs.length - start;
  }

  it('leaves the old workbook, consistent and without temporary sheets, whichever sync fails', async () => {
    const syncs = await syncsOfSecondCheck();
    // Two reads (sheets, then used ranges and state), then the write: sheet list, fill
    // snapshots, the temporary sheets, the commit.
    expect(syncs).toBe(6);
    const newHighlights = ['Assignments!C2', 'Assignments!C3', 'Staff!A2', 'Staff!A3'];
    const outcomes: string[] = [];
    for (let failing = 1; failing <= syncs; failing++) {
      const { fake, before, start } = await checkedOnce();
      fake.failAtSync(start + failing);
      const outcome = await check().then(() => 'done', (error: { code?: string }) => error.code ?? String(error));
      outcomes.push(outcome);
      if (outcome === 'done') expect([failing, highlightedCells(pictureOf(fake))]).toEqual([failing, newHighlights]);
      else expect([failing, pictureOf(fake)]).toEqual([failing, before]);
      expect([failing, consistencyProblems(pictureOf(fake))]).toEqual([failing, []]);

      await check();
      expect(highlightedCells(pictureOf(fake))).toEqual(newHighlights);
      expect(consistencyProblems(pictureOf(fake))).toEqual([]);
    }
    // The reader retries its first round trip without the name lookups and its second without
    // the read-ahead windows (each only a lost shortcut), so those failures are absorbed; every
    // other one stops the check.
    expect(outcomes).toEqual(['done', 'done', 'GeneralException', 'GeneralException', 'GeneralException', 'GeneralException']);
  });

  it('shows the user the old workbook when cell-edit mode begins at any sync; the next check sweeps what Excel refused to clean up', async () => {
    const syncs = await syncsOfSecondCheck();
    for (let from = 1; from <= syncs; from++) {
      const { fake, before, start } = await checkedOnce();
      fake.setCellEditMode(true, start + from);
      await expect(check()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
      const after = pictureOf(fake);
      expect([from, visiblePart(after)]).toEqual([from, visiblePart(before)]);
      // Excel refused the clean-up too: only very hidden temporary sheets may be left, empty of
      // anything the user can see; the state and every highlight are still the old ones.
      const leftovers = after.filter((sheet) => !before.some((old) => old.name === sheet.name));
      expect(leftovers.every((sheet) => /^Loadline temp \d+$/.test(sheet.name) && sheet.visibility === 'VeryHidden')).toBe(true);
      expect(after.find((sheet) => sheet.name === STATE_SHEET)).toEqual(before.find((sheet) => sheet.name === STATE_SHEET));

      fake.setCellEditMode(false);
      await check();
      expect(consistencyProblems(pictureOf(fake))).toEqual([]);
      expect(highlightedCells(pictureOf(fake))).toEqual(['Assignments!C2', 'Assignments!C3', 'Staff!A2', 'Staff!A3']);
    }
  });
});
