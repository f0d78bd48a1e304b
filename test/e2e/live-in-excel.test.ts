/**
 * The live check and the LOADLINE functions in the pane "inside Excel": headless Chromium with
 * the strict Excel fake (Office, Excel and, for a shared runtime, CustomFunctions) installed
 * before the page's scripts. The user's edits are made in the fake; what the pane and the
 * functions show must be what the same check computes in Node for the edited workbook.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/app/check';
import type { Report } from '../../src/core/report';
import type { RawWorkbook } from '../../src/workbook/grid';
import type { ExcelFake, StreamedResult } from '../fakes/excel-fake';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, readFigures, type PaneBrowser } from './support/browser';
import { ROOT } from './support/ensure-build';
import { excelFakeInitScript, fakeOptionsFromRaw, readRawWorkbook } from './support/excel-fake-page';
import { expectedFigures, figuresInCents } from './support/expected-figures';

const SAMPLE = path.join(ROOT, 'examples', 'sample.xlsx');
const TODAY = '2026-03-02';
/** Assignments!E2: Jack Doyle's hours per week on Small Scale works F10463 (30 in the sample). */
const HOURS_CELL = { sheet: 'Assignments', cell: 'E2', row: 1, col: 4 };

type PageGlobals = { excelFake: ExcelFake; streamed: Record<string, StreamedResult[]> };

/** The sample with Jack Doyle's hours set to `hours`, checked in Node (the sheet and its table both start at A1). */
function reportWithHours(raw: RawWorkbook, hours: number): Report {
  const edited = <T extends { sheet?: string; name?: string; values: RawWorkbook['sheets'][number]['values'] }>(block: T, sheet: string | undefined): T => (
    sheet !== HOURS_CELL.sheet ? block : {
      ...block,
      values: block.values.map((row, r) => (r === HOURS_CELL.row ? row.map((cell, c) => (c === HOURS_CELL.col ? hours : cell)) : row)),
    });
  const sheets = raw.sheets.map((sheet) => edited(sheet, sheet.name));
  const tables = raw.tables.map((table) => edited(table, table.sheet));
  const result = checkWorkbook({ ...raw, sheets, tables }, { today: TODAY });
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

function edit(page: Page, hours: number): Promise<void> {
  return page.evaluate(([sheet, cell, value]) => {
    (globalThis as unknown as PageGlobals).excelFake.editCells(sheet as string, cell as string, [[value as number]]);
  }, [HOURS_CELL.sheet, HOURS_CELL.cell, hours]);
}

function writeSyncs(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).excelFake.syncs.filter((s) => s.wrote).length);
}

/** Calls a LOADLINE function as a formula would; its streamed results collect under `key`. */
function invoke(page: Page, key: string, id: string, args: unknown[]): Promise<void> {
  return page.evaluate(([k, i, a]) => {
    const globals = globalThis as unknown as PageGlobals;
    const fake = globals.excelFake.customFunctions;
    if (!fake) throw new Error('no custom functions in this fake');
    globals.streamed ??= {};
    globals.streamed[k as string] = fake.invoke(i as string, a as unknown[]).results;
  }, [key, id, args] as const);
}

function streamed(page: Page, key: string): Promise<StreamedResult[]> {
  return page.evaluate((k) => [...(globalThis as unknown as PageGlobals).streamed[k]], key);
}

/** Figures as text with sorted keys, so two sets compare whatever their order. */
function figuresText(figures: Record<string, number>): string {
  return JSON.stringify(Object.keys(figures).sort().map((key) => [key, figures[key]]));
}

async function waitForFigures(page: Page, expected: Record<string, number>): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const shown = figuresInCents(await readFigures(page));
    if (figuresText(shown) === figuresText(expected)) return;
    if (Date.now() > deadline) expect(shown).toEqual(expected);
    await page.waitForTimeout(50);
  }
}

jest.setTimeout(120_000);

describeWithChromium('live check inside Excel (fake host with custom functions)', () => {
  let browser: PaneBrowser;
  let raw: RawWorkbook;
  let person: string;
  let week: string;

  beforeAll(async () => {
    raw = await readRawWorkbook(SAMPLE);
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript({ ...fakeOptionsFromRaw(raw), customFunctions: true }) });
    await browser.page.getByText('In Excel').waitFor();
    const report = reportWithHours(raw, 30);
    person = 'Jack Doyle';
    week = report.weeks[0];
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('checks on opening, without writing, and the functions answer from that check', async () => {
    const { page } = browser;
    await page.getByText(/^Live: checked at/).waitFor();
    const report = reportWithHours(raw, 30);
    await waitForFigures(page, expectedFigures(report));
    await expect(page.locator('#sheets-status').textContent()).resolves.toMatch(/not written by Loadline yet/);
    await expect(writeSyncs(page)).resolves.toBe(0);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).excelFake.customFunctions?.associated.size === 5);
    await invoke(page, 'utilisation', 'UTILISATION', [person, week]);
    await invoke(page, 'unknown', 'UTILISATION', ['Nobody Here', week]);
    await invoke(page, 'badWeek', 'UTILISATION', [person, 'soon']);
    const jack = report.people.find((p) => p.name === person);
    await expect(streamed(page, 'utilisation')).resolves.toEqual([jack?.utilization[0]]);
    await expect(streamed(page, 'unknown')).resolves.toEqual([{ error: '#N/A', message: 'No person named "Nobody Here" in the latest check.' }]);
    await expect(streamed(page, 'badWeek')).resolves.toEqual([{ error: '#VALUE!', message: 'Give the week as a date inside it, or as text such as "2026-W10" or "2026-03-02".' }]);
  });

  it('re-checks after an edit: the pane and the streaming functions show the new figures, nothing is written', async () => {
    const { page } = browser;
    const writes = await writeSyncs(page);
    await edit(page, 60);
    const report = reportWithHours(raw, 60);
    await waitForFigures(page, expectedFigures(report));
    await expect(page.locator('#sheets-status').textContent()).resolves.toMatch(/changed since last check/);
    const jack = report.people.find((p) => p.name === person);
    await page.waitForFunction((expected) => {
      const results = (globalThis as unknown as PageGlobals).streamed.utilisation;
      return results[results.length - 1] === expected;
    }, jack?.utilization[0]);
    await expect(writeSyncs(page)).resolves.toBe(writes);
  });

  it('Check capacity writes, clears "changed since last check", and the functions keep its figures', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.getByText(/^Check finished/).waitFor();
    await expect(page.locator('#sheets-status').textContent()).resolves.toMatch(/up to date/);
    const jack = reportWithHours(raw, 60).people.find((p) => p.name === person);
    const results = await streamed(page, 'utilisation');
    expect(results[results.length - 1]).toBe(jack?.utilization[0]);
  });

  it('switched off by keyboard, edits change nothing; the choice is remembered after reopening', async () => {
    const { page } = browser;
    await page.locator('#live-switch').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#live-switch').isChecked()).resolves.toBe(false);
    const before = await readFigures(page);
    await edit(page, 5);
    await page.waitForTimeout(1500);
    await expect(readFigures(page)).resolves.toEqual(before);
    await expect(page.locator('#sheets-status').textContent()).resolves.toMatch(/changed since last check/);
    await expect(page.locator('#live-status').textContent()).resolves.toMatch(/^Live: off/);

    await page.reload();
    await page.getByText('In Excel').waitFor();
    await page.getByText(/^Live: off/).waitFor();
    await expect(page.locator('#live-switch').isChecked()).resolves.toBe(false);
    // Turning it back on checks at once.
    await page.locator('#live-switch').focus();
    await page.keyboard.press('Space');
    await page.getByText(/^Live: checked at/).waitFor();
  });

  it("the ribbon's Check capacity, in the same runtime, brings the pane's summary-sheet status up to date", async () => {
    const { page } = browser;
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).excelFake.eventHandlers >= 4);
    await edit(page, 45);
    await page.getByText(/changed since last check/).waitFor();
    const completed = await page.evaluate(() => new Promise<number>((resolve) => {
      let calls = 0;
      const handler = (globalThis as unknown as PageGlobals).excelFake.associatedActions.get('checkCapacity');
      handler?.({ completed: () => { calls += 1; setTimeout(() => resolve(calls), 50); } });
    }));
    expect(completed).toBe(1);
    await expect(page.locator('#sheets-status').textContent()).resolves.toMatch(/up to date/);
    await waitForFigures(page, expectedFigures(reportWithHours(raw, 45)));
    await expect(page.evaluate(() => (globalThis as unknown as PageGlobals).excelFake.hasSheet('Capacity'))).resolves.toBe(true);
  });
});

describeWithChromium('live check inside Excel with 50 ms round trips', () => {
  let browser: PaneBrowser;
  let raw: RawWorkbook;

  beforeAll(async () => {
    raw = await readRawWorkbook(SAMPLE);
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript({ ...fakeOptionsFromRaw(raw), syncLatencyMs: 50 }) });
    await browser.page.getByText('In Excel').waitFor();
    await browser.page.getByText(/^Live: checked at/).waitFor();
    // The input sheets are watched once the first check has told which they are.
    await browser.page.waitForFunction(() => (globalThis as unknown as PageGlobals).excelFake.eventHandlers >= 4);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows only the last edit when another arrives during a check', async () => {
    const { page } = browser;
    // Record every set of figures the pane shows from now on.
    await page.evaluate(() => {
      const seen: Record<string, string>[] = [];
      (globalThis as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        seen.push(Object.fromEntries([...document.querySelectorAll('[data-figure]')].map((n) => [n.getAttribute('data-figure') ?? '', n.getAttribute('data-value') ?? ''])));
      }).observe(document.getElementById('summary') as HTMLElement, { childList: true, subtree: true });
    });
    // The second edit is made while the first edit's check is under way, after Excel has served
    // its read (2 round trips: the sheet list and probes, then the cells) and before the answer
    // is back: that check read 80 h and must not show.
    await page.evaluate(([sheet, cell]) => {
      const globals = globalThis as unknown as PageGlobals & { editedDuringCheck?: boolean };
      const status = document.getElementById('live-status') as HTMLElement;
      let batchesSinceStart = -1;
      new MutationObserver(() => {
        if (status.textContent === 'Live: checking…' && batchesSinceStart < 0) batchesSinceStart = 0;
      }).observe(status, { childList: true, characterData: true, subtree: true });
      globals.excelFake.onBatch(() => {
        if (batchesSinceStart < 0 || globals.editedDuringCheck) return;
        batchesSinceStart += 1;
        if (batchesSinceStart < 2) return;
        globals.excelFake.editCells(sheet, cell, [[1]]);
        globals.editedDuringCheck = true;
      });
    }, [HOURS_CELL.sheet, HOURS_CELL.cell]);
    await edit(page, 80);
    await page.waitForFunction(() => (globalThis as unknown as { editedDuringCheck?: boolean }).editedDuringCheck === true);
    const final = expectedFigures(reportWithHours(raw, 1));
    await waitForFigures(page, final);
    await page.waitForTimeout(1000);
    const stale = figuresText(expectedFigures(reportWithHours(raw, 80)));
    const seen = await page.evaluate(() => (globalThis as unknown as { seen: Record<string, string>[] }).seen);
    const shownSets = seen.map((figures) => figuresText(figuresInCents(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v)])))));
    expect(shownSets.length).toBeGreaterThan(0);
    expect(shownSets).not.toContain(stale);
    expect(shownSets[shownSets.length - 1]).toBe(figuresText(final));
    await expect(writeSyncs(page)).resolves.toBe(0);
  });
});
