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
    const all: PageRun[] = [];
    for (let i = 0; i < runs; i++) {
      const name = `plan-${i}.xlsx`;
      const started = performance.now();
      await page.locator('#file-input').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
      await page.locator('#status', { hasText: `Opened ${name}` }).waitFor({ timeout: 120_000 });
      const opened = performance.now();
      // Buttons by id: a role query computes the accessible name of every element on the page,
      // thousands of heatmap cells after a check, on the page's own thread, which no user's
      // click costs (measured: about 0.2 s of the page's time at 2,000 people).
      await page.locator('#check-button').click();
      await page.locator('#status', { hasText: 'Check finished' }).waitFor({ timeout: 120_000 });
      const checked = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.locator('#download-button').click(),
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
