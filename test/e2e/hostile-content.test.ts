/**
 * Hostile workbook text in the pane: markup in a cell value, in a sheet name, in a conflict
 * message and in an error message is shown as text — no element is made from it and no script
 * runs — through both doors: inside Excel (the strict fake) and standalone (an .xlsx file).
 */
import type { Page } from 'playwright-core';
import { Workbook } from 'exceljs';
import type { ExcelFake, ExcelFakeOptions } from '../fakes/excel-fake';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, type PaneBrowser } from './support/browser';
import { excelFakeInitScript } from './support/excel-fake-page';

const TODAY = '2026-03-02';

/** A sheet name that is an image whose error handler runs script (29 characters, valid in Excel). */
const SHEET = '<img src=x onerror=__pwned=2>';
const PERSON = '<script>window.__pwned=1</script>';
const TEAM = '<b onmouseover=__pwned=5>Ops</b>';
const PROJECT = '<svg onload=window.__pwned=3>';
const STRANGER = '<iframe src=javascript:window.__pwned=4>';

/**
 * Staff is an Excel table on the sheet named SHEET: PERSON (A2) works 40 h and is booked 60 h on
 * PROJECT (OVERALLOCATED, a message that begins with PERSON); Bob's hours are "lots"
 * (NOT_A_NUMBER at C3 of SHEET); STRANGER is not on Staff (a message quoting STRANGER).
 */
const SHEETS: Record<string, (string | number)[][]> = {
  [SHEET]: [['Name', 'Team', 'Hours per week', 'Hourly rate'], [PERSON, TEAM, 40, 50], ['Bob', TEAM, 'lots', 50]],
  Projects: [['Project', 'Start', 'End', 'Estimate'], [PROJECT, '2026-03-02', '2026-05-29', 100]],
  Assignments: [['Person', 'Project', 'Hours per week'], [PERSON, PROJECT, 60], [STRANGER, PROJECT, 5]],
};

function fakeOptions(): ExcelFakeOptions {
  return { sheets: SHEETS, tables: [{ name: 'Staff', sheet: SHEET, range: 'A1:D3' }] };
}

async function xlsxBytes(): Promise<Buffer> {
  const workbook = new Workbook();
  for (const [name, rows] of Object.entries(SHEETS)) {
    const sheet = workbook.addWorksheet(name);
    if (name === SHEET) sheet.addTable({ name: 'Staff', ref: 'A1', headerRow: true, columns: rows[0].map((header) => ({ name: String(header) })), rows: rows.slice(1) });
    else sheet.addRows(rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Elements the hostile texts would make if they were ever parsed as HTML, in the part of the page
 * that shows workbook text (the header's logo is the page's own image, outside <main>); and any
 * script element added anywhere.
 */
async function markupElements(page: Page): Promise<number> {
  const inMain = await page.locator('main img, main script, main svg, main iframe, main b').count();
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.filter((node) => !(node as HTMLScriptElement).src).length);
  return inMain + scripts;
}

function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
}

/** What every door must show after the check: each hostile text, verbatim, as text. */
async function expectShownAsText(page: Page): Promise<void> {
  const conflicts = (await page.locator('#conflicts-list').textContent()) ?? '';
  expect(conflicts).toContain(`${PERSON} is booked at up to 150 %`);
  expect(conflicts).toContain(`'${SHEET}'!A2`);
  const issues = (await page.locator('#issues-list').textContent()) ?? '';
  expect(issues).toContain(`'${SHEET}'!C3`);
  expect(issues).toContain(`"${STRANGER}" is not on the Staff sheet`);
  expect(await page.locator('#heatmap').textContent()).toContain(TEAM);
  expect(await markupElements(page)).toBe(0);
  expect(await pwned(page)).toBeNull();
}

describeWithChromium('hostile workbook text in the pane inside Excel (fake host)', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript(fakeOptions()) });
    await browser.page.getByText('In Excel').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows names, sheet names and messages made of markup as text, and runs none of it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    await expectShownAsText(page);
  });

  it('announces the selected cell of a hostile sheet as text', async () => {
    const { page } = browser;
    await page.locator('#conflicts-list button').first().click();
    await page.getByText(/^Selected /).waitFor();
    await expect(page.locator('#status').textContent()).resolves.toBe(`Selected ${SHEET}!A2.`);
    await expect(page.evaluate(() => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.selection)).resolves.toBe(`${SHEET}!A2`);
    expect(await markupElements(page)).toBe(0);
    expect(await pwned(page)).toBeNull();
  });

  it('shows an error message that quotes the hostile sheet name as text', async () => {
    const { page } = browser;
    // The user hides the sheet after the check: selecting its cell now fails, naming the sheet.
    await page.evaluate(async (sheet) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).visibility = 'Hidden';
        await context.sync();
      });
    }, SHEET);
    await page.locator('#conflicts-list button').first().click();
    await page.locator('#error:not([hidden])').waitFor();
    await expect(page.locator('#error-summary').textContent()).resolves.toBe(`${SHEET}!A2 is not in the workbook any more, or its sheet is hidden.`);
    expect(await markupElements(page)).toBe(0);
    expect(await pwned(page)).toBeNull();
  });
});

describeWithChromium('hostile workbook text in the standalone pane (an .xlsx file)', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY });
    await browser.page.getByText('In your browser').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows names, sheet names and messages made of markup as text, and runs none of it', async () => {
    const { page } = browser;
    await page.locator('#file-input').setInputFiles({ name: 'plan.xlsx', mimeType: 'application/octet-stream', buffer: await xlsxBytes() });
    await page.getByText('Open: plan.xlsx').waitFor();
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    await expectShownAsText(page);
  });
});
