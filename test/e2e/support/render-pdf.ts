/**
 * Renders chosen sheets of a workbook through LibreOffice Calc to PDF (scripts/render-sheets.py)
 * and reads the PDF's text back with pdftotext, for tests that check what a printout shows.
 */
import { execFileSync, spawnSync } from 'child_process';
import { join } from 'path';
import { describeWhen, type Requirement } from '../../support/requirement';
import { soffice } from '../../support/libreoffice';
import { findOnPath } from '../../support/which';

/** What printing through LibreOffice needs beyond npm, or null when this machine has it all. */
function missingPrintTools(): string | null {
  const missing: string[] = [];
  if (!soffice) missing.push('soffice (apt-get install libreoffice-calc)');
  if (spawnSync('/usr/bin/python3', ['-c', 'import uno'], { encoding: 'utf8' }).status !== 0) missing.push('its Python bridge (apt-get install python3-uno)');
  if (!findOnPath(['pdftotext'])) missing.push('pdftotext (apt-get install poppler-utils)');
  // Without Carlito LibreOffice draws another font, whose widths are not Calibri's.
  if (!/carlito/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '')) missing.push('Carlito (apt-get install fonts-crosextra-carlito)');
  return missing.length === 0 ? null : missing.join(', ');
}

/** LibreOffice printing as a suite requirement: skipped without it, failed without it in CI. */
export const LIBREOFFICE_PRINTING: Requirement = {
  name: 'LibreOffice printing',
  missing: missingPrintTools(),
  requiredBy: 'LOADLINE_REQUIRE_LIBREOFFICE',
};

/** `describe` for a suite that prints through LibreOffice. */
export const describeWithLibreOfficePrinting = describeWhen(LIBREOFFICE_PRINTING);

const RENDER = join(__dirname, '..', '..', '..', 'scripts', 'render-sheets.py');

/** Writes `sheets` of `workbook` to `pdf` as LibreOffice prints them; returns the PDF's text, page by page. */
export function renderSheetsToText(workbook: string, pdf: string, sheets: readonly string[]): string[] {
  execFileSync('/usr/bin/python3', [RENDER, workbook, pdf, ...sheets], { timeout: 150_000, stdio: 'ignore' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return text.split('\f');
}
