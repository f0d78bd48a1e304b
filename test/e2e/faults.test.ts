/**
 * Faults in Excel, met in the real task pane: headless Chromium with the strict Excel fake as the
 * Office and Excel globals, holding the sample workbook. For a protected input sheet, a protected
 * Loadline sheet, cell-edit mode and an Office.js failure at each round trip of a check, the pane
 * says in plain words what happened and what to do, and the workbook is left consistent: no
 * half-written Loadline sheet, no leftover temporary sheet, no highlight without its record in
 * the state sheet and no record without its highlight.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { planWrite } from '../../src/app/plan-write';
import { checkWorkbook } from '../../src/app/check';
import { a1 } from '../../src/workbook/address';
import type { RawWorkbook } from '../../src/workbook/grid';
import { buildWorkbookPatch } from '../../src/workbook/report/build-patch';
import { EMPTY_STATE } from '../../src/workbook/state';
import type { ExcelFake, ExcelFakeOptions, FakeSheetSpec } from '../fakes/excel-fake';
import { consistencyProblems, highlightedCells, pictureInPage, type WorkbookPicture } from '../helpers/loadline-consistency';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, type PaneBrowser } from './support/browser';
import { ROOT } from './support/ensure-build';
import { excelFakeInitScript, fakeOptionsFromRaw, readRawWorkbook } from './support/excel-fake-page';

const SAMPLE = path.join(ROOT, 'examples', 'sample.xlsx');
const TODAY = '2026-03-02';
const SUMMARY_SHEETS = ['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Finance Ledger', 'Input Issues'];

/** What the pane showed after an action: the error (when one is shown) and the status line. */
interface PaneOutcome {
  readonly error?: { readonly summary: string; readonly next: string };
  readonly status: string;
}

/** Replaces the page's workbook with a fresh fake (the pane keeps running, as after switching workbooks). */
async function useWorkbook(page: Page, options: ExcelFakeOptions): Promise<void> {
  await page.evaluate((seed) => {
    const page = globalThis as unknown as { createExcelFake(options: unknown): ExcelFake; excelFake: ExcelFake };
    page.excelFake = page.createExcelFake(seed);
    page.excelFake.install(page);
  }, options as unknown as Record<string, unknown>);
}

/** Runs `code` on the page's fake: `fake` is in scope. */
function onFake<T>(page: Page, code: string): Promise<T> {
  return page.evaluate(`(fake => ${code})(globalThis.excelFake)`) as Promise<T>;
}

/** Clicks a button and waits for its action to end; returns what the pane then shows. */
async function act(page: Page, button: 'Check capacity' | 'Clear highlights'): Promise<PaneOutcome> {
  // The click handler marks the pane busy before its first await, so this wait cannot pass early.
  await page.getByRole('button', { name: button }).click();
  await page.locator('main[aria-busy="false"]').waitFor();
  const status = (await page.locator('#status').textContent()) ?? '';
  if (await page.locator('#error').isHidden()) return { status };
  return {
    error: { summary: (await page.locator('#error-summary').textContent()) ?? '', next: (await page.locator('#error-next').textContent()) ?? '' },
    status,
  };
}

/** The number of syncs the page's fake has made so far. */
function syncCount(page: Page): Promise<number> {
  return onFake<number>(page, 'fake.syncs.length');
}

/** Only what a user can reach in Excel's interface: very hidden sheets left out. */
function visiblePart(picture: WorkbookPicture): WorkbookPicture {
  return picture.filter((sheet) => sheet.visibility !== 'VeryHidden');
}

describeWithChromium('faults in Excel, in the task pane (fake host)', () => {
  let browser: PaneBrowser;
  let page: Page;
  let raw: RawWorkbook;
  let sample: ExcelFakeOptions;
  /** The sample's first booking's hours cell: raising it changes what the next check writes. */
  let bookingHours: { sheet: string; cell: string };
  /** Distinct cells the first check highlights, by sheet. */
  let highlightsBySheet: Map<string, number>;

  /** The sample with some sheets protected by the user. */
  function sampleWith(protectedSheets: readonly string[]): ExcelFakeOptions {
    const sheets: Record<string, FakeSheetSpec> = {};
    for (const [name, spec] of Object.entries(sample.sheets ?? {})) {
      sheets[name] = { ...(spec as FakeSheetSpec), protected: protectedSheets.includes(name) };
    }
    return { ...sample, sheets };
  }

  /** Raises the first booking to 80 h a week, as a user editing the plan between checks would. */
  async function editPlan(): Promise<void> {
    await page.evaluate(async ({ sheet, cell }) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(cell).values = [[80]];
        await context.sync();
      });
    }, bookingHours);
  }

  beforeAll(async () => {
    raw = await readRawWorkbook(SAMPLE);
    sample = fakeOptionsFromRaw(raw);
    const assignments = raw.sheets.find((s) => s.name === 'Assignments');
    if (!assignments) throw new Error('the sample has no Assignments sheet');
    const header = assignments.values.findIndex((row) => row.includes('Hours per week'));
    const col = assignments.values[header].indexOf('Hours per week');
    bookingHours = { sheet: assignments.name, cell: a1(assignments.originRow + header + 1, assignments.originCol + col) };

    const result = checkWorkbook(raw, { today: TODAY });
    if (!result.ok) throw new Error(result.message);
    const written = planWrite(buildWorkbookPatch(result.plan, result.report), { raw, state: EMPTY_STATE, sheetNames: raw.sheets.map((s) => s.name) });
    highlightsBySheet = new Map();
    for (const h of written.highlights) highlightsBySheet.set(h.sheet, (highlightsBySheet.get(h.sheet) ?? 0) + 1);

    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript(sample) });
    page = browser.page;
    await page.getByText('In Excel').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('checks a workbook with a protected input sheet: writes the rest, says which sheet was not highlighted and what to do', async () => {
    expect(highlightsBySheet.get('Staff')).toBeGreaterThan(0);
    const staffCells = highlightsBySheet.get('Staff') ?? 0;
    const otherCells = [...highlightsBySheet.values()].reduce((sum, n) => sum + n, 0) - staffCells;
    await useWorkbook(page, sampleWith(['Staff']));
    const before = await pictureInPage(page);

    const checked = await act(page, 'Check capacity');
    expect(checked.error).toBeUndefined();
    expect(checked.status).toMatch(/^Check finished: \d+ conflicts, \d+ input issues?\. /);
    expect(checked.status).toContain(
      `Highlights on Staff were not updated: the sheet is protected, so ${staffCells} cells this check names are not highlighted. ` +
      'Unprotect it (Review > Unprotect Sheet), then choose Check capacity again.',
    );
    const after = await pictureInPage(page);
    expect(consistencyProblems(after)).toEqual([]);
    expect(after.find((s) => s.name === 'Staff')).toEqual(before.find((s) => s.name === 'Staff'));
    for (const name of SUMMARY_SHEETS) expect(after.some((s) => s.name === name)).toBe(true);
    expect(highlightedCells(after)).toHaveLength(otherCells);

    const cleared = await act(page, 'Clear highlights');
    expect(cleared).toEqual({ status: `Cleared highlights: restored ${otherCells} cells.` });
    expect(highlightedCells(await pictureInPage(page))).toEqual([]);
  });

  it('tells Clear highlights which sheet, protected since the check, keeps its highlights, and clears them once unprotected', async () => {
    const staffCells = highlightsBySheet.get('Staff') ?? 0;
    const allCells = [...highlightsBySheet.values()].reduce((sum, n) => sum + n, 0);
    await useWorkbook(page, sample);
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    await onFake(page, "fake.setProtected('Staff', true)");

    const cleared = await act(page, 'Clear highlights');
    expect(cleared).toEqual({
      status: `Cleared highlights: restored ${allCells - staffCells} cells. Staff is protected, so ${staffCells} cells keep their highlight. ` +
        'Unprotect it (Review > Unprotect Sheet), then choose Clear highlights again.',
    });
    const after = await pictureInPage(page);
    expect(consistencyProblems(after)).toEqual([]);
    expect(highlightedCells(after).every((cell) => cell.startsWith('Staff!'))).toBe(true);
    expect(highlightedCells(after)).toHaveLength(staffCells);

    await onFake(page, "fake.setProtected('Staff', false)");
    expect(await act(page, 'Clear highlights')).toEqual({ status: `Cleared highlights: restored ${staffCells} cells.` });
    expect(highlightedCells(await pictureInPage(page))).toEqual([]);
  });

  it("refuses to rewrite a Loadline sheet the user protected, says so and how to go on, and changes nothing", async () => {
    await useWorkbook(page, sample);
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    await onFake(page, "fake.setProtected('Conflicts', true)");
    await editPlan();
    const before = await pictureInPage(page);

    const refused = await act(page, 'Check capacity');
    expect(refused.error).toEqual({
      summary: 'The check could not finish: Loadline\'s sheet "Conflicts" is protected, and Loadline rewrites its own sheets on every check. Nothing was changed.',
      next: 'Unprotect it (Review > Unprotect Sheet), then try again. To keep a copy as it is, duplicate the sheet first.',
    });
    const after = await pictureInPage(page);
    expect(after).toEqual(before);
    expect(consistencyProblems(after)).toEqual([]);
    expect(after.find((s) => s.name === 'Conflicts')?.protected).toBe(true);
  });

  it('says Excel is busy in cell-edit mode, for a check and a clear, and changes nothing', async () => {
    await useWorkbook(page, sample);
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    await editPlan();
    const before = await pictureInPage(page);
    await onFake(page, 'fake.setCellEditMode(true)');

    const next = 'Press Enter or Esc in the sheet to finish editing, then try again.';
    expect((await act(page, 'Check capacity')).error).toEqual({ summary: 'The check could not finish. Excel is busy: a cell is being edited.', next });
    expect((await act(page, 'Clear highlights')).error).toEqual({ summary: 'The highlights could not be cleared. Excel is busy: a cell is being edited.', next });
    expect(await pictureInPage(page)).toEqual(before);

    await onFake(page, 'fake.setCellEditMode(false)');
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    const after = await pictureInPage(page);
    expect(consistencyProblems(after)).toEqual([]);
    expect(highlightedCells(after)).not.toEqual(highlightedCells(before));
  });

  it('shows the old workbook when cell-edit mode begins during the write, and the next check sweeps what Excel refused to clean up', async () => {
    await useWorkbook(page, sample);
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    await editPlan();
    const before = await pictureInPage(page);
    const start = await syncCount(page);
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    const syncsOfCheck = (await syncCount(page)) - start;

    for (let from = 3; from <= syncsOfCheck; from++) {
      await useWorkbook(page, sample);
      expect((await act(page, 'Check capacity')).error).toBeUndefined();
      await editPlan();
      await onFake(page, `fake.setCellEditMode(true, fake.syncs.length + ${from})`);
      const busy = await act(page, 'Check capacity');
      expect([from, busy.error?.summary]).toEqual([from, 'The check could not finish. Excel is busy: a cell is being edited.']);
      const after = await pictureInPage(page);
      expect([from, visiblePart(after)]).toEqual([from, visiblePart(before)]);
      expect(after.filter((s) => s.visibility === 'VeryHidden' && !before.some((old) => old.name === s.name)).every((s) => /^Loadline temp \d+$/.test(s.name))).toBe(true);

      await onFake(page, 'fake.setCellEditMode(false)');
      expect((await act(page, 'Check capacity')).error).toBeUndefined();
      expect([from, consistencyProblems(await pictureInPage(page))]).toEqual([from, []]);
    }
  });

  it('leaves the old workbook, consistent, whichever round trip of a check fails, says so in words, and checks fine on retry', async () => {
    await useWorkbook(page, sample);
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    await editPlan();
    const start = await syncCount(page);
    expect((await act(page, 'Check capacity')).error).toBeUndefined();
    const newPicture = await pictureInPage(page);
    const syncsOfCheck = (await syncCount(page)) - start;
    // Two reads, then the write: sheet list, fill snapshots, temporary sheets, commit.
    expect(syncsOfCheck).toBeGreaterThanOrEqual(6);

    const failedAt: number[] = [];
    for (let failing = 1; failing <= syncsOfCheck; failing++) {
      await useWorkbook(page, sample);
      expect((await act(page, 'Check capacity')).error).toBeUndefined();
      await editPlan();
      const before = await pictureInPage(page);
      await onFake(page, `fake.failAtSync(fake.syncs.length + ${failing})`);
      const outcome = await act(page, 'Check capacity');
      const after = await pictureInPage(page);
      expect([failing, consistencyProblems(after)]).toEqual([failing, []]);
      if (outcome.error) {
        failedAt.push(failing);
        expect(outcome.error).toEqual({
          summary: 'The check could not finish. Excel reported an internal error.',
          next: 'Try again. If it keeps happening, save the workbook, reopen it and try once more.',
        });
        expect([failing, after]).toEqual([failing, before]);
      } else {
        // The reader retries a refused read-ahead without it: the check went through.
        expect([failing, after]).toEqual([failing, newPicture]);
      }
      expect((await act(page, 'Check capacity')).error).toBeUndefined();
      expect([failing, await pictureInPage(page)]).toEqual([failing, newPicture]);
    }
    // Every round trip of the write (the third onwards) stops the check.
    for (let failing = 3; failing <= syncsOfCheck; failing++) expect(failedAt).toContain(failing);
  });

  it('logs nothing but the blocked Office.js download and the faults it was handed (kept for a support request)', () => {
    const unexpected = browser.pageErrors.filter((text) => !text.includes('ERR_BLOCKED_BY_CLIENT') && !/^(RichApi\.Error|ProtectedSheetsError): /.test(text));
    expect(unexpected).toEqual([]);
  });
});
