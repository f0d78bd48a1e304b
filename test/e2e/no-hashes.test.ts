/**
 * No ### in a printed summary sheet: the annotated sample and an annotated 2,000-person plan
 * are rendered through LibreOffice Calc (with Carlito, Calibri's metric twin, as .ci/run installs
 * it) to PDF, and no page of Capacity, Conflicts, Projects Check, OpEx CapEx, Finance Ledger or
 * Input Issues shows ###, the mark of a number too wide for its column. Skipped without
 * LibreOffice, its Python bridge, poppler or Carlito; fails without them in CI.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateOrganisation, STATUS_DATE } from '../../bench/generate';
import { writeXlsx } from '../../examples/write-xlsx';
import { main } from '../../src/cli/main';
import { describeWithLibreOfficePrinting, renderSheetsToText } from './support/render-pdf';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
const SUMMARY_SHEETS = ['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Finance Ledger', 'Input Issues'];
const quiet = { out: () => undefined, err: () => undefined };

/** The pages showing ###, as "page N: line", so a failure says where. */
function hashes(pages: readonly string[]): string[] {
  return pages.flatMap((page, i) => page.split('\n').filter((line) => line.includes('###')).map((line) => `page ${i + 1}: ${line.trim()}`));
}

describeWithLibreOfficePrinting('summary sheets printed by LibreOffice Calc', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loadline-print-'));

  it('shows no ### on any page of the annotated sample, and shows money with its symbol', async () => {
    const annotated = join(dir, 'sample-annotated.xlsx');
    expect(await main(['check', SAMPLE, '--out', annotated], quiet, '2026-11-23')).toBe(0);
    const pages = renderSheetsToText(annotated, join(dir, 'sample.pdf'), SUMMARY_SHEETS);
    expect(hashes(pages)).toEqual([]);
    const text = pages.join('\n');
    // The sample's currency is GBP: amounts read "£39,368.61", not "GBP 39,368.61".
    expect(text).toMatch(/£\d{1,3}(,\d{3})*\.\d{2}/);
    expect(text).not.toContain('GBP ');
    expect(text).toContain('Cost centre');
  }, 180_000);

  it('shows no ### on any page of an annotated 2,000-person plan', async () => {
    const plan = join(dir, 'organisation-2000.xlsx');
    const annotated = join(dir, 'organisation-2000-annotated.xlsx');
    writeFileSync(plan, await writeXlsx(generateOrganisation(2000, 1)));
    expect(await main(['check', plan, '--out', annotated, '--as-of', STATUS_DATE], quiet)).toBe(0);
    const pages = renderSheetsToText(annotated, join(dir, 'organisation-2000.pdf'), SUMMARY_SHEETS);
    // Every summary sheet printed: 2,000 people and 156 weeks fill many pages.
    expect(pages.length).toBeGreaterThan(100);
    expect(hashes(pages).slice(0, 20)).toEqual([]);
  }, 240_000);
});
