/**
 * Keyboard only and screen readers: every action is reached with Tab (or Shift+Tab) and operated
 * with Enter or Space, the heatmap moves with the arrow keys, and axe-core finds no serious or
 * critical accessibility problem, inside Excel (fake host) and standalone.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { ExcelFake } from '../fakes/excel-fake';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, seriousAccessibilityViolations, type PaneBrowser } from './support/browser';
import { ROOT } from './support/ensure-build';
import { excelFakeInitScript, fakeOptionsFromRaw, readRawWorkbook } from './support/excel-fake-page';

const SAMPLE = path.join(ROOT, 'examples', 'sample.xlsx');
const TODAY = '2026-03-02';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, options: { backwards?: boolean; limit?: number } = {}): Promise<void> {
  for (let presses = 0; presses < (options.limit ?? 120); presses++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return '';
    return active.id || active.getAttribute('aria-label') || active.textContent?.trim() || active.tagName;
  });
}

/** Waits until the pane has finished its current action (it marks <main> busy while one runs). */
async function idle(page: Page): Promise<void> {
  await page.locator('main[aria-busy="false"]').waitFor({ state: 'attached' });
}

function selection(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.selection);
}

describeWithChromium('keyboard and screen readers inside Excel (fake host)', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    const raw = await readRawWorkbook(SAMPLE);
    browser = await openPaneBrowser({ today: TODAY, initScript: excelFakeInitScript(fakeOptionsFromRaw(raw)) });
    await browser.page.getByText('In Excel').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs Check capacity with Enter and announces the outcome', async () => {
    const { page } = browser;
    await tabTo(page, '#check-button');
    await page.keyboard.press('Enter');
    await page.locator('#results:not([hidden])').waitFor();
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^Check finished: \d+ conflicts?, \d+ input issues?\.$/);
    await expect(focused(page)).resolves.toBe('check-button');
  });

  it('moves through the heatmap with the arrow keys, Home and End, from one tab stop', async () => {
    const { page } = browser;
    await tabTo(page, '#heatmap td');
    const first = await focused(page);
    expect(first).toMatch(/, week \d{4}-W\d{2} \(from \d{4}-\d{2}-\d{2}\): /);
    await page.keyboard.press('ArrowRight');
    const second = await focused(page);
    expect(second).not.toBe(first);
    await expect(page.evaluate(() => (document.activeElement as HTMLTableCellElement).cellIndex)).resolves.toBe(2);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => (document.activeElement?.parentElement as HTMLTableRowElement).sectionRowIndex)).resolves.toBe(1);
    await page.keyboard.press('End');
    await expect(page.evaluate(() => {
      const cell = document.activeElement as HTMLTableCellElement;
      return cell.cellIndex === (cell.parentElement as HTMLTableRowElement).cells.length - 1;
    })).resolves.toBe(true);
    await page.keyboard.press('Home');
    await expect(page.evaluate(() => (document.activeElement as HTMLTableCellElement).cellIndex)).resolves.toBe(1);
    // One tab stop: the next Tab leaves the grid.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('#heatmap') === null)).resolves.toBe(true);
  });

  it('selects conflicts and input issues with Enter and Space', async () => {
    const { page } = browser;
    // A conflict is a button; its suggestions' Apply buttons follow it in the tab order.
    await tabTo(page, '#conflicts-list button.issue', { backwards: true });
    await tabTo(page, '#conflicts-list > li:nth-child(1) > button.issue', { backwards: true });
    await page.keyboard.press('Enter');
    const target = await page.locator('#conflicts-list > li:nth-child(1) > button.issue').evaluate((b) => `${b.dataset.sheet}!${b.dataset.cell}`);
    await page.getByText(`Selected ${target}.`).waitFor();
    await expect(selection(page)).resolves.toBe(target);

    await tabTo(page, '#conflicts-list > li:nth-child(2) > button.issue');
    await page.keyboard.press('Space');
    const second = await page.locator('#conflicts-list > li:nth-child(2) > button.issue').evaluate((b) => `${b.dataset.sheet}!${b.dataset.cell}`);
    await page.getByText(`Selected ${second}.`).waitFor();
    await expect(selection(page)).resolves.toBe(second);

    await tabTo(page, '#issues-list button');
    await page.keyboard.press('Enter');
    const issue = await page.locator('#issues-list li:nth-child(1) button').evaluate((b) => `${b.dataset.sheet}!${b.dataset.cell}`);
    await page.getByText(`Selected ${issue}.`).waitFor();
    await expect(selection(page)).resolves.toBe(issue);
  });

  it('changes and saves Settings with Space and Enter', async () => {
    const { page } = browser;
    await tabTo(page, '#setting-include-tentative');
    const before = await page.locator('#setting-include-tentative').isChecked();
    await page.keyboard.press('Space');
    await expect(page.locator('#setting-include-tentative').isChecked()).resolves.toBe(!before);
    await tabTo(page, '#settings-save');
    await page.keyboard.press('Enter');
    await page.getByText(/^Settings saved/).waitFor();
  });

  it('clears highlights with Space and inserts template sheets with Enter', async () => {
    const { page } = browser;
    await tabTo(page, '#clear-button', { backwards: true });
    await page.keyboard.press('Space');
    await page.getByText(/^Cleared highlights/).waitFor();
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe('template-button');
    await page.keyboard.press('Enter');
    await page.getByText(/^(Added |The workbook already has every input sheet)/).waitFor();
  });

  it('skips to the results from the skip link', async () => {
    const { page } = browser;
    await tabTo(page, '.skip-link', { backwards: true });
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toBe('results');
  });

  it('has no serious or critical axe-core violations after a check', async () => {
    await expect(seriousAccessibilityViolations(browser)).resolves.toEqual([]);
  });
});

describeWithChromium('keyboard and screen readers standalone', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY });
    await browser.page.getByText('In your browser').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens a file from the keyboard: Space on "Open an .xlsx" opens the file chooser', async () => {
    const { page } = browser;
    await tabTo(page, '#file-input');
    // ' ' types the space character, which is what activates a file input in Chromium.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(' ')]);
    await chooser.setFiles(SAMPLE);
    await page.getByText('Open: sample.xlsx').waitFor();
    await idle(page);
  });

  it('opens the sample with Enter, checks with Space and downloads with Enter', async () => {
    const { page } = browser;
    await tabTo(page, '#sample-button');
    await page.keyboard.press('Enter');
    await idle(page);
    await page.getByText(/^Opened sample\.xlsx/).waitFor();
    await tabTo(page, '#check-button');
    await page.keyboard.press('Space');
    await page.locator('#results:not([hidden])').waitFor();
    await tabTo(page, '#download-button', { backwards: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('sample (Loadline).xlsx');
  });

  it('has no serious or critical axe-core violations after a check', async () => {
    await expect(seriousAccessibilityViolations(browser)).resolves.toEqual([]);
  });
});
