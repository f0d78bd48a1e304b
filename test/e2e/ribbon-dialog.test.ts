/**
 * The ribbon's Check capacity when it cannot run: the user is told in a dialog (dialog.html),
 * in plain words, and the ribbon event completes exactly once, after the dialog is closed.
 * Headless Chromium with the strict Excel fake as the Office and Excel globals (it records
 * every displayDialogAsync and lets the test act as the user).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { ExcelFake } from '../fakes/excel-fake';
import { describeWithChromium } from '../support/chromium';
import { openPaneBrowser, type PaneBrowser } from './support/browser';
import { ROOT } from './support/ensure-build';
import { excelFakeInitScript } from './support/excel-fake-page';

const TODAY = '2026-03-02';

/** Runs `read` on the page's fake (globalThis.excelFake) and returns its result. */
function inFake<T>(page: Page, read: (fake: ExcelFake) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(globalThis.excelFake)`) as Promise<T>;
}

/** Starts the registered checkCapacity with an event that counts its completed() calls in the page. */
async function startRibbonCheck(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.associatedActions.has('checkCapacity'));
  await page.evaluate(() => {
    const page = globalThis as unknown as { excelFake: ExcelFake; completedCalls: number };
    page.completedCalls = 0;
    page.excelFake.associatedActions.get('checkCapacity')?.({ completed: () => { page.completedCalls += 1; } });
  });
}

function completedCalls(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { completedCalls: number }).completedCalls);
}

/** Waits for the fake's dialog number `index` (0-based) and returns its URL. */
async function dialogUrl(page: Page, index: number): Promise<URL> {
  await page.waitForFunction((i) => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.dialogs.length > i, index);
  return new URL(await page.evaluate((i) => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.dialogs[i].url, index));
}

/** Lets the page's pending callbacks and timers run. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(150);

describeWithChromium('ribbon Check capacity with an error to show (fake host with dialogs)', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY, page: 'taskpane.html', initScript: excelFakeInitScript({ sheets: { Sheet1: [['My notes']] } }) });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens dialog.html on its own origin, saying which sheet is missing, and waits for it to close', async () => {
    const { page, server } = browser;
    await startRibbonCheck(page);
    const url = await dialogUrl(page, 0);
    expect(`${url.origin}/`).toBe(new URL(server.url).origin + '/');
    expect(url.pathname).toBe('/dialog.html');
    expect(url.searchParams.get('summary')).toMatch(/Staff/);
    expect(url.searchParams.get('next')).toMatch(/Insert template sheets/);
    await expect(inFake(page, (fake) => fake.dialogs[0].options)).resolves.toEqual({ height: 40, width: 30, displayInIframe: true });
    await settle(page);
    // The function file stays alive while its dialog is open: the event is not completed yet.
    await expect(completedCalls(page)).resolves.toBe(0);
  });

  it('shows the message as text in the dialog page, whose OK button asks Office to close it', async () => {
    const url = await dialogUrl(browser.page, 0);
    const dialog = await browser.context.newPage();
    try {
      await dialog.setViewportSize({ width: 480, height: 360 });
      await dialog.goto(url.href);
      await dialog.locator('#dialog-summary:not(:empty)').waitFor();
      await expect(dialog.locator('#dialog-summary').textContent()).resolves.toBe(url.searchParams.get('summary'));
      await expect(dialog.locator('#dialog-next').textContent()).resolves.toBe(url.searchParams.get('next'));
      // The summary already says it all; no folded details repeat it.
      await expect(dialog.locator('#dialog-details').isHidden()).resolves.toBe(true);
      await expect(dialog.evaluate(() => document.activeElement?.id)).resolves.toBe('dialog-close');
      fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
      await dialog.screenshot({ path: path.join(ROOT, 'test-artifacts', 'ribbon-error-dialog.png') });
      await dialog.getByRole('button', { name: 'OK' }).click();
      // The dialog page's own Office global (a fake of its own here) got the message for the opener.
      await dialog.waitForFunction(() => (globalThis as unknown as { excelFake: ExcelFake }).excelFake.parentMessages.length === 1);
      await expect(inFake(dialog, (fake) => fake.parentMessages)).resolves.toEqual(['close']);
    } finally {
      await dialog.close();
    }
  });

  it('closes the dialog when its message arrives, then completes the event exactly once', async () => {
    const { page } = browser;
    await inFake(page, (fake) => fake.dialogs[0].sendMessage('close'));
    await page.waitForFunction(() => (globalThis as unknown as { completedCalls: number }).completedCalls > 0);
    await settle(page);
    await expect(completedCalls(page)).resolves.toBe(1);
    await expect(inFake(page, (fake) => fake.dialogs[0].closedBy)).resolves.toBe('opener');
    // The console keeps the message too, for a support request.
    expect(browser.pageErrors.some((text) => text.startsWith('Loadline: ') && text.includes('Staff'))).toBe(true);
  });

  it('explains an Office error the same way, and completes once when the user closes the dialog with its X', async () => {
    const { page } = browser;
    // The next requests to Excel fail, as when the connection drops (the reader retries its
    // first round trip once, so fail that retry too).
    await inFake(page, (fake) => { fake.failAtSync(fake.syncs.length + 1); fake.failAtSync(fake.syncs.length + 2); });
    await startRibbonCheck(page);
    const url = await dialogUrl(page, 1);
    expect(url.searchParams.get('summary')).toBe('The check could not finish. Excel reported an internal error.');
    expect(url.searchParams.get('next')).toMatch(/^Try again\./);
    expect(url.searchParams.get('detail')).toMatch(/Injected failure/);
    await settle(page);
    await expect(completedCalls(page)).resolves.toBe(0);
    await inFake(page, (fake) => fake.dialogs[1].closeByUser());
    await page.waitForFunction(() => (globalThis as unknown as { completedCalls: number }).completedCalls > 0);
    await settle(page);
    await expect(completedCalls(page)).resolves.toBe(1);
  });

  it('writes nothing into the workbook when the check cannot run', async () => {
    await expect(inFake(browser.page, (fake) => fake.sheetNames())).resolves.toEqual(['Sheet1']);
  });
});

describeWithChromium('dialog.html on hostile text', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const query = new URLSearchParams({ summary: `Sheet ${hostile} is missing.`, next: hostile, detail: `detail ${hostile}` });
    browser = await openPaneBrowser({ page: `dialog.html?${query.toString()}` });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows it as text and runs nothing', async () => {
    const { page } = browser;
    await page.locator('#dialog-summary:not(:empty)').waitFor();
    await expect(page.locator('#dialog-summary').textContent()).resolves.toBe('Sheet <img src=x onerror="window.__pwned=1"> is missing.');
    await expect(page.locator('#dialog-next').textContent()).resolves.toBe('<img src=x onerror="window.__pwned=1">');
    await expect(page.locator('#dialog-details').isVisible()).resolves.toBe(true);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  });

  it('closes its own window on Esc when it is not in an Office dialog', async () => {
    const { page, context } = browser;
    // Opened by a script, as only such a window may close itself.
    const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate((url) => void window.open(url), page.url())]);
    await popup.locator('#dialog-summary:not(:empty)').waitFor();
    // The window may close between the key going down and up, which ends press() with an error.
    await Promise.all([popup.waitForEvent('close'), popup.keyboard.press('Escape').catch(() => undefined)]);
    expect(popup.isClosed()).toBe(true);
    expect(browser.pageErrors.filter((text) => !text.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  });
});

describeWithChromium('ribbon Check capacity on a host without dialogs', () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    browser = await openPaneBrowser({ today: TODAY, page: 'taskpane.html', initScript: excelFakeInitScript({ sheets: { Sheet1: [] }, dialogApi: null }) });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('falls back to the console and completes the event exactly once', async () => {
    const { page } = browser;
    await startRibbonCheck(page);
    await page.waitForFunction(() => (globalThis as unknown as { completedCalls: number }).completedCalls > 0);
    await settle(page);
    await expect(completedCalls(page)).resolves.toBe(1);
    await expect(inFake(page, (fake) => fake.dialogs.length)).resolves.toBe(0);
    expect(browser.pageErrors.filter((text) => text.startsWith('Loadline: '))).toEqual([expect.stringMatching(/Staff.*Insert template sheets/)]);
  });
});
