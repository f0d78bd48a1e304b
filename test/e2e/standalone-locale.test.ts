/**
 * The sample retyped in German and in French (test/fixtures/locale), opened in the standalone
 * pane in headless Chromium: the same check as the sample's, figure for figure and sheet for
 * sheet, and the pane speaking the workbook's locale (Settings "Locale").
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { LOCALE_SAMPLE_TAGS, localeSamplePath, retypedSample } from '../../examples/build-locale-samples';
import { writeXlsx } from '../../examples/write-xlsx';
import { loadWorkbook, XlsxWorkbookPort } from '../../src/adapters/xlsx';
import { runCheck, type RunCheckOutcome } from '../../src/app/run-check';
import { isoDate } from '../../src/core/calendar';
import { describeRange, rangeRows } from '../../src/taskpane/render-ranges';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, readFigures, type PaneBrowser } from './support/browser';
import { ROOT } from './support/ensure-build';
import { expectedFigures, figuresInCents } from './support/expected-figures';

const SAMPLE = path.join(ROOT, 'examples', 'sample.xlsx');
const TODAY = '2026-03-02';

/** What the cell holds, as the patch wrote it: ExcelJS gives a link cell as { text, hyperlink }. */
function plainValue(value: unknown): unknown {
  if (value === undefined) return null;
  // A number in a date format (the Finance Ledger's Month) reads as a Date: back to its serial.
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (value !== null && typeof value === 'object' && 'text' in value) return (value as { text: unknown }).text;
  return value;
}

describeWithChromium('standalone pane on the sample typed in a locale', () => {
  let browser: PaneBrowser;
  let expected: Extract<RunCheckOutcome, { ok: true }>;

  beforeAll(async () => {
    const outcome = await runCheck(new XlsxWorkbookPort(await loadWorkbook(fs.readFileSync(SAMPLE))), { today: TODAY });
    if (!outcome.ok || !outcome.written) throw new Error('The Node-side check of the sample did not write');
    expected = outcome;
    browser = await openPaneBrowser({ today: TODAY });
    await browser.page.getByText('In your browser').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(LOCALE_SAMPLE_TAGS)('checks the %s text to the sample figures and writes the sample sheets', async (tag) => {
    const { page } = browser;
    const name = path.basename(localeSamplePath(tag));
    await page.locator('#file-input').setInputFiles(localeSamplePath(tag));
    await page.getByText(`Open: ${name}`).waitFor();
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    const shown = await readFigures(page);
    expect(figuresInCents(shown)).toEqual(expectedFigures(expected.result.report));

    // Every written sheet holds the sample's values cell for cell.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download annotated workbook' }).click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-locale-')), 'annotated.xlsx');
    await download.saveAs(file);
    const annotated = new Workbook();
    await annotated.xlsx.readFile(file);
    for (const { name: sheetName, patch } of expected.written?.sheets ?? []) {
      const sheet = annotated.getWorksheet(sheetName);
      const values = patch.values.map((row, r) => row.map((_, c) => plainValue(sheet?.getCell(r + 1, c + 1).value)));
      expect([sheetName, values]).toEqual([sheetName, patch.values.map((row) => row.map((v) => v ?? null))]);
    }
  });

  it("reads German text by the browser's language when Settings has no Locale", async () => {
    // The German sample without its Locale row, in a browser whose language is de-DE.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-locale-')), 'plan-ohne-locale.xlsx');
    fs.writeFileSync(file, await writeXlsx(retypedSample('de-DE', false)));
    const german = await openPaneBrowser({ today: TODAY, locale: 'de-DE' });
    try {
      await german.page.getByText('In your browser').waitFor();
      await german.page.locator('#file-input').setInputFiles(file);
      await german.page.getByText('Open: plan-ohne-locale.xlsx').waitFor();
      await german.page.getByRole('button', { name: 'Check capacity' }).click();
      await german.page.locator('#results:not([hidden])').waitFor();
      const shown = await readFigures(german.page);
      expect(figuresInCents(shown)).toEqual(expectedFigures(expected.result.report));
    } finally {
      await german.close();
    }
  }, 120_000);

  it.each(LOCALE_SAMPLE_TAGS)('speaks %s: range bars, money and dates written the locale\'s way', async (tag) => {
    const { page } = browser;
    await page.locator('#file-input').setInputFiles(localeSamplePath(tag));
    await page.getByText(`Open: ${path.basename(localeSamplePath(tag))}`).waitFor();
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    const ends = new Map(expected.result.plan.projects.map((p) => [p.name, isoDate(p.end)]));
    const rows = rangeRows(expected.result.report.projects, (projectName) => ends.get(projectName));
    expect(rows.length).toBe(2);
    const labels = await page.locator('#ranges-list [role="img"]').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label')));
    expect(labels).toEqual(rows.map((row) => describeRange(row, tag)));
    // The sample is costed in GBP. Money keeps the sheets' "£" in front, as Excel shows their
    // "£"#,##0.00 format in that locale, with the locale's separators: German "£1.234,56",
    // French "£1 234,56" (narrow no-break space groups).
    const total = (await page.locator('[data-figure="finance.total"]').textContent()) ?? '';
    expect(total).toMatch(tag === 'de-DE' ? /^£\d{1,3}(\.\d{3})+,\d{2}$/ : /^£\d{1,3}(\u202f\d{3})+,\d{2}$/);
  });
});
