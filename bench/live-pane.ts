/**
 * The live check as a user meets it: the built task pane in headless Chromium inside the strict
 * Excel fake with a modelled round-trip latency, a generated workbook, and an edit to a booking's
 * hours timed, in the page's own clock, from the edit to the frame that paints the pane's new
 * figures. Included: the 0.5 s quiet time, the fake's round trips, the check and the redraw.
 */
import type { RawWorkbook } from '../src/workbook/grid';
import { openPaneBrowser } from '../test/e2e/support/browser';
import { excelFakeInitScript, fakeOptionsFromRaw } from '../test/e2e/support/excel-fake-page';

/** Milliseconds from each edit to the painted frame showing its figures. */
export interface LivePaneTimes {
  readonly edits: readonly number[];
}

/** The first data cell of Assignments' "Hours per week" column, in A1 (the generator's layout). */
function bookingHoursCell(raw: RawWorkbook): string {
  const sheet = raw.sheets.find((s) => s.name === 'Assignments');
  const col = sheet?.values[0]?.indexOf('Hours per week') ?? -1;
  if (!sheet || col < 0) throw new Error('the generated workbook has no Assignments "Hours per week" column');
  const row = sheet.values.findIndex((values, r) => r > 0 && typeof values[col] === 'number');
  return `${String.fromCharCode(65 + sheet.originCol + col)}${sheet.originRow + row + 1}`;
}

/** Opens the pane on `raw` in the Excel fake (`syncLatencyMs` per round trip) and times `edits` edits. */
export async function timeLiveCheckInPane(raw: RawWorkbook, today: string, syncLatencyMs: number, edits = 3): Promise<LivePaneTimes> {
  const cell = bookingHoursCell(raw);
  const browser = await openPaneBrowser({ today, initScript: excelFakeInitScript({ ...fakeOptionsFromRaw(raw), syncLatencyMs }) });
  try {
    const { page } = browser;
    await page.getByText(/^Live: checked at/).waitFor({ timeout: 300_000 });
    // The input sheets are watched once the first live check has said which they are.
    await page.waitForFunction(() => (globalThis as unknown as { excelFake: { eventHandlers: number } }).excelFake.eventHandlers >= 4, undefined, { timeout: 60_000 });
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const ms = await page.evaluate(async ([target, hours]) => {
        const status = document.getElementById('live-status') as HTMLElement;
        const fake = (globalThis as unknown as { excelFake: { editCells(sheet: string, cell: string, values: unknown[][]): void } }).excelFake;
        const start = performance.now();
        await new Promise<void>((resolve) => {
          let checking = false;
          const observer = new MutationObserver(() => {
            if (status.textContent === 'Live: checking…') checking = true;
            else if (checking && status.textContent?.startsWith('Live: checked at')) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          fake.editCells('Assignments', target as string, [[hours]]);
        });
        // The figures are drawn before the status line changes; wait for the frame that paints them.
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }, [cell, 20 + i] as const);
      times.push(ms);
    }
    return { edits: times };
  } finally {
    await browser.close();
  }
}
