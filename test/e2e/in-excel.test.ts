/**
 * The pane and the ribbon command "inside Excel": headless Chromium with the strict Excel fake
 * installed as the Office and Excel globals before the page's scripts run (the real Office.js
 * download is blocked). The fake holds the sample workbook; what the pane writes into it must be
 * what the same check plans in Node.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { checkWorkbook } from '../../src/app/check';
import type { Plan } from '../../src/core/model';
import type { Report } from '../../src/core/report';
import type { RawWorkbook } from '../../src/workbook/grid';
import { HIGHLIGHT_FILL, type WorkbookPatch } from '../../src/workbook/patch';
import { buildWorkbookPatch } from '../../src/workbook/report/build-patch';
import { sortConflicts } from '../../src/workbook/report/conflict-order';
import { parseSourceCell } from '../../src/workbook/report/source-cell';
import { STATE_SHEET } from '../../src/workbook/state';
import { settingsValuesFromWorkbook } from '../../src/taskpane/settings-values';
import type { ExcelFake } from '../fakes/excel-fake';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, readFigures, type PaneBrowser } from './support/browser';
import { ROOT } from './support/ensure-build';
import { excelFakeInitScript, fakeOptionsFromRaw, readRawWorkbook } from './support/excel-fake-page';
import { expectedFigures, figuresInCents } from './support/expected-figures';

const SAMPLE = path.join(ROOT, 'examples', 'sample.xlsx');
const TODAY = '2026-03-02';
/** A fill the user had on a cell the check highlights: Clear highlights must bring it back. */
const USER_FILL = 'DDEBF7';

/** Runs `read` on the page's fake (globalThis.excelFake) and returns its result. */
function inFake<T>(page: Page, read: (fake: ExcelFake) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(globalThis.excelFake)`) as Promise<T>;
}

describeWithChromium('pane inside Excel (fake host)', () => {
  let browser: PaneBrowser;
  let raw: RawWorkbook;
  let plan: Plan;
  let report: Report;
  let patch: WorkbookPatch;

  beforeAll(async () => {
    raw = await readRawWorkbook(SAMPLE);
    const result = checkWorkbook(raw, { today: TODAY });
    if (!result.ok) throw new Error(result.message);
    ({ plan, report } = result);
    patch = buildWorkbookPatch(plan, report);
    const first = patch.highlights[0];
    const options = fakeOptionsFromRaw(raw, { fills: { [first.sheet]: { [first.cell]: USER_FILL } } });
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript(options) });
    await browser.page.getByText('In Excel').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('comes up in Excel mode without fetching the standalone code or ExcelJS', async () => {
    const { page, served } = browser;
    await expect(page.locator('#standalone').isHidden()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Insert template sheets' }).isVisible()).resolves.toBe(true);
    const scripts = served.filter((url) => url.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^taskpane\.[0-9a-f]+\.js$/);
  });

  it("shows the workbook's Settings in the form, as the check reads them", async () => {
    const { page } = browser;
    const expected = settingsValuesFromWorkbook(raw);
    await expect(page.locator('#setting-status-date').inputValue()).resolves.toBe(expected.statusDate ?? '');
    await expect(page.locator('#setting-threshold').inputValue()).resolves.toBe(String(expected.thresholdPercent));
    await expect(page.locator('#setting-include-tentative').isChecked()).resolves.toBe(expected.includeTentative);
    await expect(page.locator('#setting-ops-first').isChecked()).resolves.toBe(expected.opsFirst);
  });

  it('Check capacity shows the report, writes the summary sheets and highlights, and shows Conflicts', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Check capacity' }).click();
    // The live check may already show results on opening: wait for the clicked check itself.
    await page.getByText(/^Check finished/).waitFor();
    expect(figuresInCents(await readFigures(page))).toEqual(expectedFigures(report));

    const names = await inFake(page, (fake) => fake.sheetNames());
    for (const sheet of patch.sheets) expect(names).toContain(sheet.title);
    expect(names).toContain(STATE_SHEET);
    await expect(inFake(page, (fake) => fake.activeSheet)).resolves.toBe('Conflicts');
    const conflictsSheet = patch.sheets.find((s) => s.key === 'conflicts');
    await expect(inFake(page, (fake) => fake.sheet('Conflicts').values().length)).resolves.toBe(conflictsSheet?.values.length);

    const fills = await page.evaluate(
      (cells) => cells.map((c) => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.sheet(c.sheet).cell(c.cell).fill),
      patch.highlights.map((h) => ({ sheet: h.sheet, cell: h.cell })),
    );
    expect(fills).toEqual(patch.highlights.map((h) => HIGHLIGHT_FILL[h.level]));

    fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-artifacts', 'taskpane.png'), fullPage: true });
  });

  it("selects a conflict's source cell when the conflict is clicked", async () => {
    const { page } = browser;
    const worst = parseSourceCell(sortConflicts(report.conflicts)[0].cells[0]);
    await page.locator('#conflicts-list button').first().click();
    await page.getByText(/^Selected /).waitFor();
    await expect(inFake(page, (fake) => fake.selection)).resolves.toBe(`${worst?.sheet}!${worst?.cell}`);
  });

  it("selects an input issue's cell when Enter is pressed on it", async () => {
    const { page } = browser;
    const first = report.diagnostics.find((d) => d.severity === 'error' && d.cell !== '') ?? report.diagnostics[0];
    await page.locator('#issues-list button').first().focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Selected ${first.sheet}!${first.cell}.`).waitFor();
    await expect(inFake(page, (fake) => fake.selection)).resolves.toBe(`${first.sheet}!${first.cell}`);
  });

  it('Clear highlights restores every fill the check changed', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Clear highlights' }).click();
    await page.getByText(/^Cleared highlights: restored \d+ cells?\.$/).waitFor();
    const restored = new Set(patch.highlights.map((h) => `${h.sheet}!${h.cell}`)).size;
    await expect(page.locator('#status').textContent()).resolves.toBe(`Cleared highlights: restored ${restored} ${restored === 1 ? 'cell' : 'cells'}.`);
    const fills = await page.evaluate(
      (cells) => cells.map((c) => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.sheet(c.sheet).cell(c.cell).fill),
      patch.highlights.map((h) => ({ sheet: h.sheet, cell: h.cell })),
    );
    const first = patch.highlights[0];
    expect(fills).toEqual(patch.highlights.map((h) => (h.sheet === first.sheet && h.cell === first.cell ? USER_FILL : null)));
  });

  it('Apply writes a suggestion into the input sheets and checks again; Undo puts every cell back', async () => {
    const { page } = browser;
    const shown = sortConflicts(report.conflicts).slice(0, 200);
    const suggestion = shown.flatMap((c) => c.suggestions).find((s) => s.edits.some((e) => 'cell' in e && typeof e.after === 'number'));
    if (!suggestion) throw new Error('the sample has no suggestion with a number to write');
    const edit = suggestion.edits.find((e) => 'cell' in e && typeof e.after === 'number') as { sheet: string; cell: string; before: number; after: number };
    const valueOf = () => page.evaluate((c) => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.sheet(c.sheet).cell(c.cell).value, edit);
    await expect(valueOf()).resolves.toBe(edit.before);

    await page.getByRole('button', { name: `Apply: ${suggestion.text}` }).first().click();
    await page.getByText(`Applied: ${suggestion.text}. Undo is under Applied suggestions.`).waitFor();
    await expect(valueOf()).resolves.toBe(edit.after);
    await expect(page.locator('#applied-list li').count()).resolves.toBe(1);

    await page.getByRole('button', { name: `Undo: ${suggestion.text}` }).click();
    await page.getByText(`Undone: ${suggestion.text}.`).waitFor();
    await expect(valueOf()).resolves.toBe(edit.before);
    await expect(page.locator('#applied').isHidden()).resolves.toBe(true);
  });

  it('saves the Settings form to the Settings sheet, where the check reads it back', async () => {
    const { page } = browser;
    await page.locator('#setting-status-date').fill('2026-03-09');
    await page.locator('#setting-threshold').fill('110');
    await page.locator('#setting-ops-first').setChecked(false);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Settings saved/).waitFor();
    const values = await inFake(page, (fake) => fake.sheet('Settings').values());
    const saved = settingsValuesFromWorkbook({ sheets: [{ name: 'Settings', values, originRow: 0, originCol: 0 }], tables: [], date1904: false });
    expect(saved).toEqual({ statusDate: '2026-03-09', thresholdPercent: 110, includeTentative: settingsValuesFromWorkbook(raw).includeTentative, opsFirst: false });
  });
});

describeWithChromium('pane inside Excel on a workbook with hostile text', () => {
  const HOSTILE = '<img src=x onerror=window.__pwned=1>';
  let browser: PaneBrowser;

  beforeAll(async () => {
    // The first assignment's person becomes markup: not on Staff, so an input issue quotes it.
    const raw = await readRawWorkbook(SAMPLE);
    const sheets = raw.sheets.map((sheet) => {
      if (sheet.name !== 'Assignments') return sheet;
      const header = sheet.values.findIndex((row) => row.includes('Person'));
      const col = sheet.values[header].indexOf('Person');
      const values = sheet.values.map((row, index) => (index === header + 1 ? row.map((cell, c) => (c === col ? HOSTILE : cell)) : row));
      return { ...sheet, values };
    });
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript(fakeOptionsFromRaw({ ...raw, sheets })) });
    await browser.page.getByText('In Excel').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows workbook text as text: no element is made from it and no script runs', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    await expect(page.locator('#issues-list').textContent()).resolves.toContain(HOSTILE);
    await expect(page.locator('#results img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  });
});

describeWithChromium('pane inside Excel on an empty workbook', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript({ sheets: { Sheet1: [] } }) });
    await browser.page.getByText('In Excel').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('says which sheet is missing and suggests the template, then inserts the template sheets', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.getByRole('alert').waitFor();
    await expect(page.locator('#error-summary').textContent()).resolves.toMatch(/Staff/);
    await expect(page.locator('#error-next').textContent()).resolves.toMatch(/Insert template sheets/);

    await page.getByRole('button', { name: 'Insert template sheets' }).click();
    await page.getByText(/^Added /).waitFor();
    const names = await inFake(page, (fake) => fake.sheetNames());
    for (const sheet of ['Staff', 'Projects', 'Assignments']) expect(names).toContain(sheet);
  });
});

describeWithChromium('ribbon command inside Excel (fake host)', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    const raw = await readRawWorkbook(SAMPLE);
    browser = await openPaneBrowser({ today: TODAY, page: 'taskpane.html', initScript: excelFakeInitScript(fakeOptionsFromRaw(raw)) });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('registers checkCapacity, which writes the sheets, shows Conflicts and completes the event', async () => {
    const { page } = browser;
    await page.waitForFunction(() => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.associatedActions.has('checkCapacity'));
    const completed = await page.evaluate(() => new Promise<number>((resolve) => {
      let calls = 0;
      const handler = (globalThis as unknown as { excelFake: ExcelFake }).excelFake.associatedActions.get('checkCapacity');
      handler?.({ completed: () => { calls += 1; setTimeout(() => resolve(calls), 50); } });
    }));
    expect(completed).toBe(1);
    await expect(inFake(page, (fake) => fake.activeSheet)).resolves.toBe('Conflicts');
    await expect(inFake(page, (fake) => fake.hasSheet('Capacity'))).resolves.toBe(true);
    expect(browser.pageErrors.filter((text) => !text.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
});
