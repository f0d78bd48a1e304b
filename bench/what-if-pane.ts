/**
 * The what-if measurement: the task pane in headless Chromium (standalone, the built dist/),
 * a generated workbook opened and checked, then what-if toggles timed from the click to the next
 * painted frame, in the page's own clock. The first toggle also reads the plan from the grids of
 * the check (once); the ones after it only re-analyse and redraw.
 */
import { ensureBuild } from '../test/e2e/support/ensure-build';
import { openPaneBrowser } from '../test/e2e/support/browser';

/** Milliseconds from each toggle's click to the frame that shows its result. */
export interface WhatIfTimes {
  readonly toggles: readonly { readonly what: string; readonly ms: number }[];
  readonly conflicts: number;
}

/** Opens `file` in the standalone pane, checks it, and times what-if toggles. */
export async function timeWhatIfInPane(file: string, today: string): Promise<WhatIfTimes> {
  ensureBuild();
  const browser = await openPaneBrowser({ today });
  try {
    const { page } = browser;
    await page.locator('#file-input').setInputFiles(file);
    await page.getByText(/^Open: /).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Check capacity' }).click();
    await page.locator('#results:not([hidden])').waitFor({ timeout: 300_000 });
    await page.locator('#what-if summary').click();
    const toggles: { what: string; ms: number }[] = [];
    const steps: [string, string][] = [
      ['tentative bookings off (first: reads the plan)', 'whatif-tentative'],
      ['tentative bookings on', 'whatif-tentative'],
      ['Proposed projects off', 'whatif-proposed'],
      ['Proposed projects on', 'whatif-proposed'],
    ];
    for (const [what, id] of steps) {
      const ms = await page.evaluate(async (boxId) => {
        const box = document.getElementById(boxId) as HTMLInputElement;
        const start = performance.now();
        box.click();
        // The change handler re-analyses and redraws synchronously; wait for the frame that paints it.
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - start;
      }, id);
      toggles.push({ what, ms });
    }
    const conflicts = await page.locator('#conflicts-list li .issue').count();
    return { toggles, conflicts };
  } finally {
    await browser.close();
  }
}
