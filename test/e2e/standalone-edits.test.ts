/**
 * Changing the workbook in a plain browser (no Office host): Save settings and Insert template
 * sheets work on the open .xlsx, and the downloaded copy carries them. Headless Chromium on the
 * built dist/, with the Office.js CDN blocked.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { loadWorkbook, readSnapshot } from '../../src/adapters/xlsx';
import { readPlan } from '../../src/workbook/read-plan';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, readFigures, type PaneBrowser } from './support/browser';

const TODAY = '2026-03-02';

/**
 * The sample with its Settings threshold edited by hand and checked with the CLI
 * (`loadline check <copy> --json -`): at the sample's own 100 % there are 17 conflicts, 2 of
 * them OVERALLOCATED; at 120 % there are 16, 1 of them OVERALLOCATED (the other kinds stay).
 */
const AT_100 = { conflicts: 17, overallocated: 2 };
const AT_120 = { conflicts: 16, overallocated: 1 };

/** Clicks Download and returns the downloaded workbook, read back with plain ExcelJS. */
async function download(page: Page): Promise<{ file: string; workbook: Workbook }> {
  const [downloaded] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download annotated workbook' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-download-')), downloaded.suggestedFilename());
  await downloaded.saveAs(file);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return { file, workbook };
}

async function checkCapacity(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check capacity' }).click();
  await page.getByText(/^Check finished: /).waitFor();
}

describeWithChromium('standalone pane: Save settings', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY });
    await browser.page.getByText('In your browser').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('offers the Settings form for editing once a workbook is open', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Try the sample workbook' }).click();
    await page.getByText('Open: sample.xlsx').waitFor();
    await expect(page.getByRole('button', { name: 'Save settings' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#setting-threshold').isEditable()).resolves.toBe(true);
    await expect(page.locator('#setting-threshold').inputValue()).resolves.toBe('100');
    await expect(page.locator('#setting-status-date').inputValue()).resolves.toBe(TODAY);

    await checkCapacity(page);
    const figures = await readFigures(page);
    expect([figures.conflicts, figures['kind.OVERALLOCATED']]).toEqual([AT_100.conflicts, AT_100.overallocated]);
  });

  it('saves a higher threshold, which the next check uses, and the download carries it', async () => {
    const { page } = browser;
    await page.locator('#setting-threshold').fill('120');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Settings saved/).waitFor();

    await checkCapacity(page);
    const figures = await readFigures(page);
    expect([figures.conflicts, figures['kind.OVERALLOCATED']]).toEqual([AT_120.conflicts, AT_120.overallocated]);

    const { file, workbook } = await download(page);
    const settings = workbook.getWorksheet('Settings');
    // The same row, rewritten as the Office.js door writes it: text "120%" in the Text format.
    expect([settings?.getCell('A6').value, settings?.getCell('B6').value, settings?.getCell('B6').numFmt]).toEqual(['Over-allocation threshold', '120%', '@']);
    expect([settings?.getCell('A3').value, settings?.getCell('B3').value]).toEqual(['Currency', 'GBP']);
    expect(settings?.actualRowCount).toBe(11);
    // The Conflicts sheet the check wrote: a header and one row per conflict.
    expect(workbook.getWorksheet('Conflicts')?.actualRowCount).toBe(AT_120.conflicts + 1);

    // The check reads the downloaded file's threshold as 1.2, whichever door opens it next.
    const read = readPlan(readSnapshot(await loadWorkbook(fs.readFileSync(file))).raw);
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.settings.overallocationThreshold).toBeCloseTo(1.2, 10);
  });

  it('throws nothing and breaks no Content-Security-Policy rule', () => {
    expect(browser.pageErrors.filter((text) => !text.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
});

describeWithChromium('standalone pane: Insert template sheets', () => {
  let browser: PaneBrowser;
  let emptyWorkbook: Buffer;

  beforeAll(async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Sheet1');
    emptyWorkbook = Buffer.from(await workbook.xlsx.writeBuffer());
    browser = await openPaneBrowser({ today: TODAY });
    await browser.page.getByText('In your browser').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the button, and on an empty workbook the check asks for the templates', async () => {
    const { page } = browser;
    await expect(page.getByRole('button', { name: 'Insert template sheets' }).isVisible()).resolves.toBe(true);
    await page.locator('#file-input').setInputFiles({ name: 'empty.xlsx', mimeType: 'application/octet-stream', buffer: emptyWorkbook });
    await page.getByText('Open: empty.xlsx').waitFor();
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.getByRole('alert').waitFor();
    await expect(page.locator('#error-summary').textContent()).resolves.toMatch(/Staff/);
    await expect(page.locator('#error-next').textContent()).resolves.toMatch(/Insert template sheets/);
  });

  it('adds every input sheet; the download holds them and the reader finds no issue in them', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Insert template sheets' }).click();
    await expect(page.getByText(/^Added /).textContent()).resolves.toBe(
      'Added Staff, Ops Duties, Projects, Assignments, Time Off, Holidays, Settings. Fill them in, then choose Check capacity.',
    );
    // The new Settings sheet's values are in the form now (the template books tentative work).
    await expect(page.locator('#setting-include-tentative').isChecked()).resolves.toBe(true);

    const { file, workbook } = await download(page);
    expect(path.basename(file)).toBe('empty (Loadline).xlsx');
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Sheet1', 'Staff', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Holidays', 'Settings']);
    const read = readPlan(readSnapshot(await loadWorkbook(fs.readFileSync(file))).raw);
    expect(read.diagnostics).toEqual([]);
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.people.map((p) => p.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
  });

  it('adds nothing the second time, and says so', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Insert template sheets' }).click();
    await page.getByText('The workbook already has every input sheet.').waitFor();
  });

  it('throws nothing and breaks no Content-Security-Policy rule', () => {
    expect(browser.pageErrors.filter((text) => !text.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
});
