/**
 * The pane in a plain browser (no Office host): headless Chromium on the built dist/, with the
 * Office.js CDN blocked. The figures it shows must equal the report the same check gives in Node.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook, type FillPattern } from 'exceljs';
import { loadWorkbook, XlsxWorkbookPort } from '../../src/adapters/xlsx';
import { checkWorkbook, readPlan } from '../../src/app/check';
import { choicesOf, whatIf } from '../../src/app/what-if';
import { heatmapRows } from '../../src/taskpane/heatmap-model';
import { describeCell } from '../../src/taskpane/render-heatmap';
import { runCheck } from '../../src/app/run-check';
import type { Report } from '../../src/core/report';
import { HIGHLIGHT_FILL } from '../../src/workbook/patch';
import { sortConflicts } from '../../src/workbook/report/conflict-order';
import { FFLATE_CODEC, inflateEntry, readZip } from '../../src/adapters/xlsx/zip';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, readFigures, type PaneBrowser } from './support/browser';
import { expectedFigures, figuresInCents } from './support/expected-figures';
import { ROOT } from './support/ensure-build';

const SAMPLE = path.join(ROOT, 'examples', 'sample.xlsx');
const TODAY = '2026-03-02';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The report for the sample, computed in Node the way the CLI does. */
async function nodeReport(): Promise<Report> {
  const snapshot = await new XlsxWorkbookPort(await loadWorkbook(fs.readFileSync(SAMPLE))).read();
  const result = checkWorkbook(snapshot.raw, { today: TODAY });
  if (!result.ok) throw new Error(`The sample cannot be checked: ${result.message}`);
  return result.report;
}

describeWithChromium('standalone pane', () => {
  let browser: PaneBrowser;
  let report: Report;

  beforeAll(async () => {
    report = await nodeReport();
    browser = await openPaneBrowser({ today: TODAY });
    await browser.page.getByText('In your browser').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('comes up standalone when the Office.js CDN cannot be reached', async () => {
    expect(browser.blocked).toContain(OFFICE_JS);
    await expect(browser.page.getByRole('button', { name: 'Try the sample workbook' }).isVisible()).resolves.toBe(true);
    await expect(browser.page.getByRole('button', { name: 'Insert template sheets' }).isVisible()).resolves.toBe(true);
  });

  it('says in words that a workbook is needed when Check capacity is chosen first', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.getByRole('alert').waitFor();
    await expect(page.locator('#error-summary').textContent()).resolves.toBe('No workbook is open yet.');
    await expect(page.locator('#error-next').textContent()).resolves.toContain('Try the sample workbook');
  });

  it('explains a file that is not a workbook, and what to do', async () => {
    const { page } = browser;
    await page.locator('#file-input').setInputFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    await page.locator('#error:not([hidden])').waitFor();
    await expect(page.locator('#error-summary').textContent()).resolves.toBe('"notes.xlsx" could not be opened as an Excel workbook.');
    await expect(page.locator('#error-next').textContent()).resolves.toMatch(/\.xlsx/);
  });

  it('shows a hostile file name as text, never as markup', async () => {
    const { page } = browser;
    const name = '<img src=x onerror="window.__pwned=1">.xlsx';
    await page.locator('#file-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(SAMPLE) });
    await page.getByText(`Open: ${name}`).waitFor();
    await expect(page.locator('#workbook-name img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  });

  it('checks the sample and shows the same counts and totals as the report computed in Node', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Try the sample workbook' }).click();
    await page.getByText('Open: sample.xlsx').waitFor();
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor();
    expect(report.conflicts.length).toBeGreaterThan(0);
    expect(figuresInCents(await readFigures(page))).toEqual(expectedFigures(report));
    await expect(page.locator('#status').textContent()).resolves.toBe(
      `Check finished: ${report.conflicts.length} conflicts, ${report.diagnostics.length} input ${report.diagnostics.length === 1 ? 'issue' : 'issues'}.`,
    );
    fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-artifacts', 'taskpane-standalone.png'), fullPage: true });
  });

  it('draws one heatmap row per team plus everyone, one labelled cell per week', async () => {
    const { page } = browser;
    const teams = new Set(report.people.map((p) => p.team).filter((t) => t !== null && t.trim() !== ''));
    const rows = await page.locator('#heatmap tbody tr').count();
    expect(rows).toBe(teams.size + 1);
    await expect(page.locator('#heatmap tbody td').count()).resolves.toBe(rows * report.weeks.length);
    const label = await page.locator('#heatmap tbody tr').last().locator('td').first().getAttribute('aria-label');
    expect(label).toMatch(new RegExp(`^Everyone, week \\d{4}-W\\d{2} \\(from ${report.weeks[0]}\\): `));
    // Every cell's band, label and tooltip, as the report's figures say.
    const read = readPlan((await new XlsxWorkbookPort(await loadWorkbook(fs.readFileSync(SAMPLE))).read()).raw);
    if (!read.ok) throw new Error(read.message);
    const expected = heatmapRows(report, read.plan.settings.overallocationThreshold)
      .flatMap((row) => row.cells.map((cell) => {
        const text = describeCell(row.label, cell, read.plan.settings.locale);
        return [`band-${cell.band}`, text, text, '-1'];
      }));
    expected[0][3] = '0';
    await expect(page.$$eval('#heatmap tbody td', (cells) => cells.map((td) => [td.className, td.getAttribute('aria-label'), td.getAttribute('title'), td.getAttribute('tabindex')])))
      .resolves.toEqual(expected);
  });

  it('lists every conflict worst first, as text naming its cell (no sheet to select in a browser)', async () => {
    const { page } = browser;
    const items = page.locator('#conflicts-list li .issue');
    await expect(items.count()).resolves.toBe(Math.min(report.conflicts.length, 200));
    await expect(page.locator('#conflicts-list button.issue').count()).resolves.toBe(0);
    const severities = await page.locator('#conflicts-list .issue-severity').allTextContents();
    const rank = (s: string): number => ['High', 'Medium', 'Low'].indexOf(s);
    expect(severities.map(rank)).toEqual([...severities.map(rank)].sort((a, b) => a - b));
  });

  it('shows each conflict\'s suggestions under it, with Apply on those that change cells', async () => {
    const { page } = browser;
    const shown = sortConflicts(report.conflicts).slice(0, 200);
    const texts = shown.flatMap((c) => c.suggestions.map((s) => s.text));
    expect(texts.length).toBeGreaterThan(0);
    await expect(page.locator('#conflicts-list .suggestion-text').allTextContents()).resolves.toEqual(texts);
    const applicable = shown.flatMap((c) => c.suggestions).filter((s) => s.edits.length > 0).length;
    await expect(page.locator('#conflicts-list .suggestion-apply').count()).resolves.toBe(applicable);
  });

  it('what-if: leaving out tentative bookings re-analyses the plan in the pane at once, writing nothing', async () => {
    const { page } = browser;
    const raw = (await new XlsxWorkbookPort(await loadWorkbook(fs.readFileSync(SAMPLE))).read()).raw;
    const read = readPlan(raw);
    if (!read.ok) throw new Error(read.message);
    const expected = whatIf(read.plan, read.diagnostics, { ...choicesOf(read.plan), tentativeBookings: false }, { today: TODAY });
    expect(expected.conflicts.length).not.toBe(report.conflicts.length);
    await page.locator('#what-if summary').click();
    await expect(page.locator('#whatif-tentative').isChecked()).resolves.toBe(true);
    await page.locator('#whatif-tentative').uncheck();
    await page.locator('#whatif-note[data-runs="1"]').waitFor();
    await expect(page.locator('#whatif-note').textContent()).resolves.toMatch(new RegExp(`^What-if view: ${expected.conflicts.length} conflicts\\.`));
    await expect(page.locator('#conflicts-list li .issue').count()).resolves.toBe(Math.min(expected.conflicts.length, 200));
    // The heatmap recoloured and relabelled in place, cell for cell, as the what-if's figures say.
    const heatmapCells = () => page.$$eval('#heatmap tbody td', (cells) => cells.map((td) => [td.className, td.getAttribute('aria-label'), td.getAttribute('title')]));
    const expectedCells = heatmapRows(expected, read.plan.settings.overallocationThreshold)
      .flatMap((row) => row.cells.map((cell) => {
        const text = describeCell(row.label, cell, read.plan.settings.locale);
        return [`band-${cell.band}`, text, text];
      }));
    // It is a change: some cell says something else than after the check.
    const checked = heatmapRows(report, read.plan.settings.overallocationThreshold).flatMap((row) => row.cells.map((cell) => describeCell(row.label, cell, read.plan.settings.locale)));
    expect(expectedCells.some(([, text], i) => text !== checked[i])).toBe(true);
    await expect(heatmapCells()).resolves.toEqual(expectedCells);
    // Back to the workbook's own choice: the check's conflicts again.
    await page.locator('#whatif-tentative').check();
    await page.locator('#whatif-note[data-runs="2"]').waitFor();
    await expect(page.locator('#conflicts-list li .issue').count()).resolves.toBe(Math.min(report.conflicts.length, 200));
  });

  it('downloads the annotated workbook, which ExcelJS reads back with the summary sheets and highlights', async () => {
    const { page } = browser;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download annotated workbook' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sample (Loadline).xlsx');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-download-')), 'annotated.xlsx');
    await download.saveAs(file);
    // Every entry's CRC-32 (the browser's compression stream gives those of Loadline's sheets) is that of what it holds.
    const entries = readZip(new Uint8Array(fs.readFileSync(file)));
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect([entry.name, FFLATE_CODEC.crc32(inflateEntry(entry, FFLATE_CODEC))]).toEqual([entry.name, entry.crc]);

    // What the same check writes when run in Node on a fresh copy.
    const expectedPort = new XlsxWorkbookPort(await loadWorkbook(fs.readFileSync(SAMPLE)));
    const outcome = await runCheck(expectedPort, { today: TODAY });
    if (!outcome.ok || !outcome.written) throw new Error('The Node-side check did not write');

    const annotated = new Workbook();
    await annotated.xlsx.readFile(file);
    const conflictsPatch = outcome.written.sheets.find((s) => s.patch.key === 'conflicts');
    expect(conflictsPatch).toBeDefined();
    for (const sheet of outcome.written.sheets) expect(annotated.getWorksheet(sheet.name)).toBeDefined();
    const conflicts = annotated.getWorksheet(conflictsPatch?.name ?? '');
    expect(conflicts?.actualRowCount).toBe(conflictsPatch?.patch.values.length);
    expect(conflicts?.getRow(2).getCell(1).value).toBe(conflictsPatch?.patch.values[1][0]);

    expect(outcome.written.highlights.length).toBeGreaterThan(0);
    for (const highlight of outcome.written.highlights) {
      const fill = annotated.getWorksheet(highlight.sheet)?.getCell(highlight.cell).fill as FillPattern | undefined;
      expect([highlight.sheet, highlight.cell, fill?.fgColor?.argb?.slice(-6)]).toEqual([highlight.sheet, highlight.cell, HIGHLIGHT_FILL[highlight.level]]);
    }
  });

  it('applies a suggestion to the open file and undoes it', async () => {
    const { page } = browser;
    const suggestion = sortConflicts(report.conflicts).slice(0, 200).flatMap((c) => c.suggestions).find((s) => s.edits.length > 0);
    if (!suggestion) throw new Error('the sample has no suggestion to apply');
    // The what-if view above shows no suggestions: check again for the workbook's own.
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.getByText(/^Check finished: /).waitFor();
    await page.getByRole('button', { name: `Apply: ${suggestion.text}` }).first().click();
    await page.getByText(`Applied: ${suggestion.text}. Undo is under Applied suggestions.`).waitFor();
    await expect(page.locator('#applied-list li').count()).resolves.toBe(1);
    await page.getByRole('button', { name: `Undo: ${suggestion.text}` }).click();
    await page.getByText(`Undone: ${suggestion.text}.`).waitFor();
    await expect(page.locator('#applied').isHidden()).resolves.toBe(true);
  });

  it('breaks no Content-Security-Policy rule and throws nothing', () => {
    // The one expected console error is Chromium reporting the blocked Office.js download.
    expect(browser.pageErrors.filter((text) => !text.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
});
