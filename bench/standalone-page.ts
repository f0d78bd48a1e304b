/**
 * The standalone page as a user drives it, in headless Chromium: open an .xlsx, Check capacity,
 * Download annotated workbook. Timed from choosing the file to the download being saved.
 * Chromium is launched by the e2e tests' own helper (test/e2e/support/browser.ts), the one
 * place that knows how.
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPaneBrowser } from '../test/e2e/support/browser';

/** One run's steps, in ms. */
export interface PageRun {
  readonly open: number;
  readonly check: number;
  readonly download: number;
  readonly total: number;
}

/** Median and every run of open + check + download of `file` on the page. */
export async function measureStandalonePage(file: string, today: string, runs: number): Promise<{ medianMs: number; all: PageRun[] }> {
  const bytes = await readFile(file);
  const browser = await openPaneBrowser({ today });
  const folder = await mkdtemp(path.join(tmpdir(), 'loadline-bench-page-'));
  try {
    const { page } = browser;
    await page.getByText('In your browser').waitFor();
    // The page's own elements are found once, before any heatmap exists, and its status is read
    // with getElementById. Playwright's selectors walk every element of the page on each query and
    // each poll (they look inside shadow roots), and after a check the page has 31,200 heatmap
    // cells: measured, about 0.14 s of the page's thread per run went to the harness's queries,
    // which no user's click costs.
    const fileInput = await page.$('#file-input');
    const checkButton = await page.$('#check-button');
    const downloadButton = await page.$('#download-button');
    if (!fileInput || !checkButton || !downloadButton) throw new Error('the standalone page has no file input, Check button or Download button');
    const statusSays = (text: string) => page.waitForFunction(
      (wanted) => document.getElementById('status')?.textContent?.includes(wanted) ?? false,
      text, { polling: 'raf', timeout: 120_000 },
    );
    const all: PageRun[] = [];
    for (let i = 0; i < runs; i++) {
      const name = `plan-${i}.xlsx`;
      const started = performance.now();
      await fileInput.setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
      await statusSays(`Opened ${name}`);
      const opened = performance.now();
      await checkButton.click();
      await statusSays('Check finished');
      const checked = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        downloadButton.click(),
      ]);
      await download.saveAs(path.join(folder, `annotated-${i}.xlsx`));
      const done = performance.now();
      all.push({ open: opened - started, check: checked - opened, download: done - checked, total: done - started });
    }
    const sorted = all.map((run) => run.total).sort((a, b) => a - b);
    return { medianMs: sorted[Math.floor(sorted.length / 2)], all };
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}
